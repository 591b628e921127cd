"""A checked draft as one self-contained HTML page (`qa check --document D --html R.html`).

The page needs nothing but itself: styles and script are inline, no font, image or script is
fetched (its Content-Security-Policy forbids every fetch and every script but its own, by hash),
and the cited passages are in the page. The draft is shown sentence by sentence, each marked
with its verdict; hovering over a sentence shows its evidence in the side panel, clicking pins
it (without JavaScript, clicking still shows it: the panel follows the link's target). Each piece
of evidence links to its whole passage, at the foot of the page.

All text of the draft and of the corpus is data: escaped, never markup. Standard library only.
"""
from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from html import escape
from pathlib import Path, PurePath

from .describe import SKIP_MARK, skipped_counts, verdict_mark, verdict_words, why_skipped
from .errors import UsageError
from .terminal import printable
from .types import (BlockKind, CheckedSentence, CheckResult, DraftReport, Evidence, Passage,
                    SkippedSentence, Stance, Verdict)

MARKER = "<!-- qa check --document report -->"
DECIDING = {Verdict.SUPPORTED: Stance.SUPPORTS, Verdict.CONTRADICTED: Stance.CONTRADICTS}


def text(value: str) -> str:
    """Corpus or draft text as HTML text: control characters made visible, then escaped."""
    return escape(printable(value), quote=True)


def html_report(report: DraftReport) -> str:
    passages = cited_passages(report)
    body = "\n".join([header(report), "<main>", draft_html(report, passages),
                      panel_html(report, passages), "</main>", passages_html(report, passages)])
    return PAGE.format(marker=MARKER, title=text(PurePath(report.draft).name), style=STYLE,
                       script_hash=script_hash(), script=SCRIPT, body=body)


def script_hash() -> str:
    digest = hashlib.sha256(SCRIPT.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


# ---- the parts of the page ----------------------------------------------------------------------

def header(report: DraftReport) -> str:
    summary = report.summary
    chips = [f'<span class="chip v-{v}">{verdict_mark(v)} {n} {verdict_words(v)}</span>'
             for v, n in summary.verdicts.items()]
    reasons = skipped_counts(summary.skipped_by)
    chips.append(f'<span class="chip skipped">{SKIP_MARK} {summary.skipped} skipped'
                 f'{f" ({reasons})" if reasons else ""}</span>')
    return (f'<header><h1>Checked against the sources: <span class="name">{text(report.draft)}'
            f'</span></h1><p class="summary">{summary.sentences} sentences, {summary.checked} '
            f'checked: {" ".join(chips)}</p><p class="hint">Hover over a sentence to see its '
            f'evidence; click to keep it in view.</p></header>')


def draft_html(report: DraftReport, passages: dict) -> str:
    """The draft's blocks, each with its sentences marked and what lies between them as is."""
    parts = ['<article class="draft" id="draft">']
    items = list(enumerate(report.sentences))
    for block in report.blocks:
        inside = [(n, s) for n, s in items if block.start <= s.at.start < block.end]
        tag = {BlockKind.TITLE: "h2", BlockKind.HEADING: "h3"}.get(block.kind, "p")
        classes = " ".join(c for c in (block.kind.value, "quoted" if block.quoted else "") if c)
        parts.append(f'<{tag} class="{classes}">{block_html(report, block, inside, passages)}'
                     f'</{tag}>')
    parts.append("</article>")
    return "\n".join(parts)


def block_html(report: DraftReport, block, inside, passages) -> str:
    pieces, at = [], block.start
    for n, item in inside:
        pieces.append(text(report.text[at:item.at.start]))
        pieces.append(sentence_html(n, item, passages))
        at = item.at.end
    pieces.append(text(report.text[at:block.end]))
    return "".join(pieces)


def sentence_html(n: int, item, passages: dict) -> str:
    verdict, mark, tip = sentence_label(item, passages)
    return (f'<a class="s {verdict}" id="s{n}" href="#d{n}" data-d="d{n}" title="{text(tip)}">'
            f'<span class="m" aria-hidden="true">{mark}</span>{text(item.at.sentence)}</a>')


def sentence_label(item, passages: dict) -> tuple[str, str, str]:
    """The class, the mark and the tooltip of a sentence."""
    if isinstance(item, SkippedSentence):
        return "skipped", SKIP_MARK, f"not checked: {why_skipped(item.skipped)}"
    verdict = item.result.verdict
    deciding = deciding_evidence(item.result)
    tip = verdict_words(verdict)
    if deciding is not None:
        tip += f" by {deciding.hit.passage.citation}"
    return f"v-{verdict}", verdict_mark(verdict), tip


def deciding_evidence(result: CheckResult) -> Evidence | None:
    return next((e for e in result.evidence if e.stance == DECIDING.get(result.verdict)), None)


def panel_html(report: DraftReport, passages: dict) -> str:
    details = [detail_html(n, item, passages) for n, item in enumerate(report.sentences)]
    return ('<aside class="panel" id="panel"><p class="placeholder">The evidence for a '
            'sentence shows here.</p>\n' + "\n".join(details) + "</aside>")


def detail_html(n: int, item, passages: dict) -> str:
    """What the side panel shows for sentence `n`: its verdict, the sentence, its line, and
    for a checked one the conflicting facts and every piece of evidence."""
    verdict, mark, _ = sentence_label(item, passages)
    if isinstance(item, SkippedSentence):
        title = text(f"Not checked: {why_skipped(item.skipped)}")
    else:
        title = (f'{text(verdict_words(item.result.verdict).capitalize())} <span class='
                 f'"confidence">confidence {item.result.confidence:.2f}</span>')
    parts = [f'<section class="detail" id="d{n}">',
             f'<p class="verdict {verdict}">{mark} {title}</p>',
             f'<blockquote class="claim">{text(item.at.sentence)}</blockquote>',
             f'<p class="where">line {item.at.line} · <a href="#s{n}">in the draft</a></p>']
    if isinstance(item, CheckedSentence):
        parts += result_html(item.result, passages)
    return "".join(parts) + "</section>"


def result_html(result: CheckResult, passages: dict) -> list[str]:
    parts = []
    if result.error:
        parts.append(f'<p class="error">Not checked: {text(result.error)}</p>')
    if result.disagreement:
        parts.append('<p class="disagree">The sources disagree: they give different facts '
                     'for this sentence.</p>')
    deciding = deciding_evidence(result)
    if deciding is not None and deciding.conflicts:
        parts.append(conflicts_html(deciding))
    if not result.evidence:
        parts.append('<p class="none">No passage states or contradicts this sentence.</p>')
    parts.append('<ol class="evidence">' + "".join(evidence_html(e, passages)
                                                   for e in result.evidence) + "</ol>")
    return parts


def conflicts_html(item: Evidence) -> str:
    rows = "".join(f"<tr><td>{text(c.kind.value)}</td><td>{text(c.claim)}</td>"
                   f"<td>{text(c.source)}</td></tr>" for c in item.conflicts)
    return ('<table class="conflicts"><tr><th>fact</th><th>the draft says</th>'
            f'<th>the source says</th></tr>{rows}</table>')


def evidence_html(item: Evidence, passages: dict) -> str:
    passage = item.hit.passage
    pid = passages[(passage.source, passage.paragraph)][0]
    about = text(passage.title or passage.source) + (f" § {text(passage.section)}"
                                                     if passage.section else "")
    return (f'<li class="st-{item.stance.value}"><span class="stance">{item.stance.value}'
            f'</span> <a class="cite" href="#{pid}">{text(passage.citation)}</a>'
            f'<div class="about">{about}</div><p class="sent">{marked(item)}</p></li>')


def marked(item: Evidence) -> str:
    """The evidence sentence, the claim's words in bold and the conflicting facts marked."""
    marks = [(s, e, "b") for s, e in item.matches]
    marks += [(c.span[0], c.span[1], "mark") for c in item.conflicts if c.span != (0, 0)]
    bounds = sorted({0, len(item.sentence), *(p for s, e, _ in marks for p in (s, e))})
    out = []
    for start, end in zip(bounds, bounds[1:]):
        tags = {tag for s, e, tag in marks if s <= start and end <= e}
        tag = "mark" if "mark" in tags else ("b" if tags else "")
        piece = text(item.sentence[start:end])
        out.append(f"<{tag}>{piece}</{tag}>" if tag else piece)
    return "".join(out)


def cited_passages(report: DraftReport) -> dict:
    """(source, paragraph) -> (anchor id, passage, cited sentences, citing sentence numbers),
    in order of first citation."""
    found: dict = {}
    for n, item in enumerate(report.sentences):
        if not isinstance(item, CheckedSentence):
            continue
        for evidence in item.result.evidence:
            passage = evidence.hit.passage
            key = (passage.source, passage.paragraph)
            entry = found.setdefault(key, (f"p{len(found) + 1}", passage, set(), []))
            entry[2].add(evidence.sentence)
            if n not in entry[3]:
                entry[3].append(n)
    return found


def passages_html(report: DraftReport, passages: dict) -> str:
    parts = ['<section class="passages" id="passages"><h2>Cited passages</h2>']
    for pid, passage, sentences, citing in passages.values():
        back = " · ".join(f'<a href="#s{n}">{text(opening(report.sentences[n].at))}</a>'
                          for n in citing)
        parts.append(f'<article class="passage" id="{pid}"><h3>{text(passage.citation)}</h3>'
                     f'<div class="about">{text(passage.title)}'
                     f'{f" § {text(passage.section)}" if passage.section else ""}</div>'
                     f'<p>{passage_text(passage, sentences)}</p>'
                     f'<p class="back">cited for: {back}</p></article>')
    parts.append("</section>")
    return "\n".join(parts)


def opening(sentence) -> str:
    """`line 5: The Security Council created MINUSMA…`: which sentence a back link goes to."""
    words = sentence.sentence.split()
    return f"line {sentence.line}: " + " ".join(words[:6]) + ("…" if len(words) > 6 else "")


def passage_text(passage: Passage, sentences: set[str]) -> str:
    """The passage with its cited sentences marked."""
    spans = sorted((at, at + len(s)) for s in sentences if (at := passage.text.find(s)) >= 0)
    out, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        out.append(text(passage.text[at:start]))
        out.append(f'<span class="cited">{text(passage.text[start:end])}</span>')
        at = end
    out.append(text(passage.text[at:]))
    return "".join(out)


# ---- writing it -------------------------------------------------------------------------------

def check_target(path: Path, draft: str) -> None:
    """Refuse, before any work, a report path that would overwrite the draft or a file qa did
    not write, or that cannot be written."""
    if path.is_dir():
        raise UsageError(f"--html takes a file name, and {path} is a folder")
    if draft != "-" and path.exists() and Path(draft).exists() and path.samefile(draft):
        raise UsageError(f"--html {path} is the draft itself: not overwritten")
    if path.exists() and not written_by_qa(path):
        raise UsageError(f"{path} exists and is not a qa report: not overwritten")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write the report: {folder} is not a writable folder")


def written_by_qa(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return MARKER.encode() in file.read(200)
    except OSError:
        return False


def save_report(path: Path, page: str) -> None:
    """Write the page next to its place, then move it there: never half a report."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".qa-report-", suffix=".html", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(page)
        os.chmod(temporary, 0o666 & ~current_umask())  # as any new file, not mkstemp's 0600
        os.replace(temporary, path)
    except OSError as exc:
        raise UsageError(f"cannot write the report {path}: {exc.strerror or exc}")


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


PAGE = """<!DOCTYPE html>
{marker}
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>qa check: {title}</title>
<style>{style}</style>
</head>
<body>
{body}
<script>{script}</script>
</body>
</html>
"""

STYLE = """
:root { --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9;
        --unk: #9a6700; --unk-bg: #fff8c5; --dim: #6e7781; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 Georgia, "Times New Roman", serif; color: #1f2328;
       background: #f6f8fa; }
header, main, .passages { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header h1 { font: 600 20px/1.3 system-ui, sans-serif; margin: 24px 0 4px; }
header .name { font-family: ui-monospace, monospace; }
.summary, .hint, .where, .about, .confidence, .back, .stance, .chip, .panel .verdict,
.conflicts, .placeholder { font-family: system-ui, sans-serif; }
.summary { margin: 4px 0; font-size: 14px; }
.hint, .placeholder { color: var(--dim); font-size: 13px; margin: 2px 0 16px; }
.chip { display: inline-block; border-radius: 10px; padding: 0 8px; margin: 2px 2px;
        font-size: 13px; border: 1px solid var(--line); background: #fff; }
.chip.v-supported { color: var(--ok); border-color: var(--ok); }
.chip.v-contradicted { color: var(--bad); border-color: var(--bad); }
.chip.v-not_found { color: var(--unk); border-color: var(--unk); }
.chip.skipped { color: var(--dim); }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px;
       align-items: start; }
.draft { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 28px; }
.draft h2 { font-size: 26px; line-height: 1.25; }
.draft h3 { font-size: 19px; margin-top: 28px; }
.draft .quoted { border-left: 4px solid var(--line); padding-left: 12px; }
a.s { color: inherit; text-decoration: none; border-radius: 3px; padding: 1px 0;
      cursor: pointer; }
a.s .m { font: 700 13px/1 system-ui, sans-serif; vertical-align: .3em; margin: 0 2px 0 1px; }
a.s.v-supported { background: var(--ok-bg); box-shadow: inset 0 -2px var(--ok); }
a.s.v-supported .m { color: var(--ok); }
a.s.v-contradicted { background: var(--bad-bg); box-shadow: inset 0 -2px var(--bad); }
a.s.v-contradicted .m { color: var(--bad); }
a.s.v-not_found { border-bottom: 2px dotted var(--unk); }
a.s.v-not_found .m { color: var(--unk); }
a.s.skipped { color: var(--dim); }
h2 a.s.skipped, h3 a.s.skipped { color: inherit; }
h2 a.s .m, h3 a.s .m { display: none; }
a.s:hover, a.s.current, a.s:focus { outline: 2px solid #0969da; }
.panel { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto;
         background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; }
.detail { display: none; }
.detail:target, .detail.shown { display: block; }
.panel:has(.detail:target) .placeholder, .panel.active .placeholder { display: none; }
.js .detail:target:not(.shown) { display: none; }
.verdict { font-weight: 700; font-size: 17px; margin: 4px 0; }
.verdict.v-supported { color: var(--ok); } .verdict.v-contradicted { color: var(--bad); }
.verdict.v-not_found { color: var(--unk); } .verdict.skipped { color: var(--dim); }
.confidence { font-weight: 400; font-size: 13px; color: var(--dim); margin-left: 8px; }
blockquote.claim { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--line);
                   font-style: italic; }
.where, .about, .back { font-size: 13px; color: var(--dim); margin: 2px 0; }
.disagree { color: #8250df; font: 14px system-ui, sans-serif; }
.conflicts { border-collapse: collapse; margin: 8px 0; font-size: 14px; width: 100%; }
.conflicts th, .conflicts td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; }
.conflicts td:nth-child(2) { background: var(--unk-bg); }
.conflicts td:nth-child(3) { background: var(--bad-bg); font-weight: 600; }
ol.evidence { padding-left: 20px; }
ol.evidence li { margin: 10px 0; }
.stance { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; font-weight: 700; }
.st-supports .stance { color: var(--ok); } .st-contradicts .stance { color: var(--bad); }
.st-related .stance { color: var(--dim); }
a.cite { font: 13px ui-monospace, monospace; }
p.sent { margin: 4px 0; }
mark { background: var(--bad-bg); color: var(--bad); font-weight: 700; }
.passages { margin-top: 32px; padding-bottom: 48px; }
.passages h2 { font: 600 18px system-ui, sans-serif; }
.passage { background: #fff; border: 1px solid var(--line); border-radius: 6px;
           padding: 4px 16px; margin: 10px 0; }
.passage:target { border-color: #0969da; box-shadow: 0 0 0 3px #0969da33; }
.passage h3 { font: 13px ui-monospace, monospace; margin: 8px 0 0; }
.cited { background: #ddf4ff; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } .panel { position: static; } }
"""

SCRIPT = """
(function () {
  document.body.classList.add("js");
  var panel = document.getElementById("panel"), pinned = null;
  function show(id) {
    var i, shown = panel.querySelectorAll(".detail.shown");
    for (i = 0; i < shown.length; i++) shown[i].classList.remove("shown");
    var current = document.querySelectorAll("a.s.current");
    for (i = 0; i < current.length; i++) current[i].classList.remove("current");
    var detail = id && document.getElementById(id);
    panel.classList.toggle("active", !!detail);
    if (!detail) return;
    detail.classList.add("shown");
    var sentence = document.querySelector('a.s[data-d="' + id + '"]');
    if (sentence) sentence.classList.add("current");
  }
  var sentences = document.querySelectorAll("a.s");
  for (var i = 0; i < sentences.length; i++) {
    sentences[i].addEventListener("click", function (event) {
      event.preventDefault();
      pinned = this.getAttribute("data-d");
      show(pinned);
      history.replaceState(null, "", "#" + this.id);
    });
    sentences[i].addEventListener("mouseenter", function () { show(this.getAttribute("data-d")); });
    sentences[i].addEventListener("mouseleave", function () { show(pinned); });
  }
  // report.html#s3 (the sentence) or #d3 (its evidence) opens with that sentence shown
  var target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && (target.classList.contains("s") || target.classList.contains("detail"))) {
    pinned = target.getAttribute("data-d") || target.id;
    show(pinned);
  }
})();
"""
