"""Human output with rich. Takes the library's result objects as they are and computes nothing
new but highlighting. Corpus text is data: it goes into `Text` objects (never parsed as
markup) after terminal control characters are made visible."""
from __future__ import annotations


from rich.console import Console, Group
from rich.text import Text

from .describe import SKIP_MARK, skipped_counts, verdict_mark, verdict_words, why_skipped
from .terminal import printable
from .types import (AskResult, CheckedSentence, CheckResult, DraftReport,
                    DraftSummary, EvalReport, Evidence, Hit, Passage, PassageKind,
                    SkippedSentence, SourceSummary, Stance, Verdict)

ANSWER_STYLE = "bold"
SPAN_STYLE = "bold black on yellow"
TERM_STYLE = "bold yellow"


def highlight(text: str, spans: list[tuple[int, int]], style: str = TERM_STYLE) -> Text:
    """The text, made printable, with `spans` (offsets in the printable text) styled."""
    rendered = Text(printable(text))
    for start, end in spans:
        rendered.stylize(style, start, end)
    return rendered


def render_ask(console: Console, result: AskResult,
               highlights: list[list[tuple[int, int]]] | None = None) -> None:
    """An answer, then each hit; `highlights` are the spans of each hit's text to mark
    (`qa.search.highlight`)."""
    if result.answer:
        from rich.panel import Panel  # only here: the other renderings need no panel (2 ms)

        answer = Text(printable(result.answer.text), style=ANSWER_STYLE)
        if result.answer.span:
            answer.stylize(SPAN_STYLE, *result.answer.span)
        console.print(Panel(Group(answer, Text(printable(result.answer.citation), style="dim")),
                            title=Text("Answer"), title_align="left", border_style="green"))
    if not result.results:
        console.print(Text(f"No passage matches: {printable(result.question)}", style="yellow"))
    for n, hit in enumerate(result.results):
        console.print(hit_header(hit))
        console.print(highlight(hit.passage.text, highlights[n] if highlights else []))
        if hit.explain:
            console.print(explain_line(hit))
        console.print()


def hit_header(hit: Hit) -> Text:
    header = Text(f"{hit.rank}. ", style="bold").append_text(citation_header(hit.passage))
    header.append(f"  score {hit.score:.2f}", style="dim")
    return header


def citation_header(passage: Passage) -> Text:
    """Title, citation, section and kind of a passage, on one line."""
    header = Text(printable(passage.title or passage.source), style="bold cyan")
    header.append(f"  {printable(passage.citation)}", style="cyan")
    if passage.section:
        header.append(f"  § {printable(passage.section)}", style="dim")
    if passage.kind != PassageKind.BODY:
        header.append(f"  [{passage.kind}]", style="magenta")
    return header


def explain_line(hit: Hit) -> Text:
    line = Text("   why: ", style="dim")
    for i, term in enumerate(hit.explain or ()):
        line.append(("" if i == 0 else ", ") + f"{term.term} {term.score:+.2f}",
                    style="dim italic" if term.via else "dim")
        if term.via:
            line.append(f" (from {term.via})", style="dim italic")
    return line


def render_passages(console: Console, passages: list[Passage]) -> None:
    for passage in passages:
        console.print(citation_header(passage))
        console.print(Text(printable(passage.text)))
        console.print()


def render_sources(console: Console, sources: list[SourceSummary]) -> None:
    for source in sources:
        line = Text(printable(source.source), style="bold cyan")
        line.append(f"  {source.passages} passages  ", style="dim")
        line.append(printable(source.title))
        console.print(line)


def render_eval(console: Console, report: EvalReport, verbose: bool) -> None:
    """An evaluation report: the metrics, then (with -v) each question whose answer was not first."""
    line = Text(f"{report.n} questions  ", style="bold")
    for name, value in report.metrics.items():
        line.append(f"{name} {value:.3f}  ")
    line.append(f"median passage {report.median_passage_words} words", style="dim")
    console.print(line)
    for miss in report.misses if verbose else ():
        where = "not in the top 10" if miss.rank is None else f"rank {miss.rank}"
        console.print(Text(f"miss {printable(str(miss.id))} ({where}): {printable(miss.question)}", style="yellow"))
        console.print(Text(f"   want {printable(miss.want)}\n   got  {printable(miss.got)}", style="dim"))


VERDICT_STYLES = {"supported": ("Supported", "bold green"),
                  "contradicted": ("Contradicted", "bold red"),
                  "not_found": ("Not found", "bold yellow")}
STANCE_STYLES = {"supports": "green", "contradicts": "red", "related": "dim"}
MATCH_STYLE = "bold"
CONFLICT_STYLE = "bold white on red"


def attribution_line(attribution) -> str:
    """Whom the claim cites and whether the evidence's document names them: "Cited: Crisis
    Group, named in 002.txt ¶3"."""
    cited = ", ".join(printable(s) for s in attribution.sources) or "an unnamed source"
    if attribution.year:
        cited += f" ({attribution.year})"
    if not attribution.sources:
        found = "no fact to check"  # "as one analysis observes": where it was read
    elif attribution.named is None:
        found = "read as the claim's speaker"  # a party of the story: a fact of the sentence
    elif attribution.named:
        found = f"named in {attribution.named_in}" if attribution.named_in else "named"
    else:
        found = "not named by the evidence's document"
    if attribution.other_speaker:
        found += f"; the evidence gives it to {printable(attribution.other_speaker)}"
    return f"Cited: {cited}, {found}"


def render_check(console: Console, result: CheckResult) -> None:
    """The verdict first, then each piece of evidence: its aligned sentence with the claim's
    words in bold and the conflicting facts marked, its citation, and what conflicts."""
    label, style = VERDICT_STYLES[result.verdict]
    verdict = Text()
    verdict.append(label, style=style)
    verdict.append(f"  confidence {result.confidence:.2f}", style="dim")
    console.print(verdict)
    console.print(Text(f"Claim: {printable(result.claim)}", style="italic"))
    if result.disagreement:
        console.print(Text("The sources disagree: they give different facts for this claim.",
                           style="bold magenta"))
    if not result.evidence:
        console.print(Text("No passage states or contradicts this claim.", style="yellow"))
    if result.attribution is not None:
        console.print(Text(attribution_line(result.attribution), style="cyan"))
    if result.unverified:
        console.print(Text("Not stated by the evidence: " +
                           ", ".join(printable(f) for f in result.unverified), style="yellow"))
    console.print()
    for item in result.evidence:
        console.print(evidence_header(item))
        console.print(marked_sentence(item))
        if item.states:
            console.print(Text("   states: " + ", ".join(printable(f) for f in item.states),
                               style="dim"))
        for line in conflict_lines(item, "the claim", indent="   "):
            console.print(line)
        console.print()


def evidence_header(item: Evidence) -> Text:
    header = Text(f"{item.hit.rank}. ", style="bold")
    header.append(item.stance, style=STANCE_STYLES[item.stance])
    header.append("  ")
    return header.append_text(citation_header(item.hit.passage))


def marked_sentence(item: Evidence, indent: str = "   ") -> Text:
    """The sentence in pieces, each cleaned on its own so the marks stay on their words."""
    styles = [(s, e, MATCH_STYLE) for s, e in item.matches]
    styles += [(c.span[0], c.span[1], CONFLICT_STYLE) for c in item.conflicts]
    bounds = sorted({0, len(item.sentence), *(p for s, e, _ in styles for p in (s, e))})
    text = Text(indent)
    for start, end in zip(bounds, bounds[1:]):
        covering = [st for s, e, st in styles if s <= start and end <= e]
        # a conflict mark wins over a match mark on the same words
        style = CONFLICT_STYLE if CONFLICT_STYLE in covering else (covering[0] if covering else "")
        text.append(printable(item.sentence[start:end]), style=style)
    return text



# ---- a draft, sentence by sentence --------------------------------------------------------------

VERDICT_STYLES_DRAFT = {"supported": "green", "contradicted": "red", "not_found": "yellow"}
DECIDING = {Verdict.SUPPORTED: Stance.SUPPORTS, Verdict.CONTRADICTED: Stance.CONTRADICTS}


def render_draft(console: Console, report: DraftReport) -> None:
    """Each sentence of the draft in order with its mark and line, the deciding evidence (for
    a contradiction the draft's sentence and the source's side by side), then the counts."""
    from rich.table import Table

    rows = Table.grid(padding=(0, 1))
    rows.add_column(no_wrap=True)
    rows.add_column(no_wrap=True, justify="right", style="dim")
    rows.add_column(ratio=1)
    for item in report.sentences:
        mark, style = marks_of(item)
        rows.add_row(Text(mark, style=f"bold {style}"), str(item.at.line),
                     sentence_cell(item, style))
    console.print(rows)
    console.print()
    console.print(summary_line(report.summary))


def marks_of(item: CheckedSentence | SkippedSentence) -> tuple[str, str]:
    if isinstance(item, SkippedSentence):
        return SKIP_MARK, "dim"
    verdict = item.result.verdict
    return verdict_mark(verdict), VERDICT_STYLES_DRAFT.get(verdict, "yellow")


def sentence_cell(item: CheckedSentence | SkippedSentence, style: str):
    sentence = printable(item.at.sentence)
    if not isinstance(item, SkippedSentence):
        return Group(Text(sentence), *verdict_details(item.result, style))
    if item.skipped == "heading":
        return Text(sentence, style="bold")
    return Group(Text(sentence, style="dim"),
                 Text(f"skipped: {why_skipped(item.skipped)}", style="dim italic"))


def verdict_details(result: CheckResult, style: str) -> list:
    if result.error:
        return [Text(f"not checked: {printable(result.error)}", style="yellow")]
    deciding = next((e for e in result.evidence if e.stance == DECIDING.get(result.verdict)), None)
    if deciding is None:
        return [Text("not found in the sources", style="dim italic")]
    said = Text(f"{verdict_words(result.verdict)} by ", style=style)
    said.append(printable(deciding.hit.passage.citation), style="cyan")
    said.append(f"  {printable(deciding.hit.passage.title)}", style="dim")
    if result.disagreement:
        said.append("  (the sources disagree)", style="magenta")
    if deciding.stance == Stance.SUPPORTS:
        return [said, Text(f"“{printable(deciding.sentence)}”", style="dim")]
    return [said, side_by_side(result, deciding), *conflict_lines(deciding, "the draft")]


def side_by_side(result: CheckResult, item: Evidence):
    """The draft's sentence beside the source's, the facts that differ marked in both."""
    from rich.table import Table

    table = Table(show_edge=False, box=None, padding=(0, 2, 0, 0), expand=True)
    table.add_column("the draft says", ratio=1, header_style="dim")
    table.add_column("the source says", ratio=1, header_style="dim")
    claim = Text(printable(result.claim))
    for conflict in item.conflicts:
        at = result.claim.find(conflict.claim)
        if at >= 0:
            claim.stylize(CONFLICT_STYLE, at, at + len(conflict.claim))
    table.add_row(claim, marked_sentence(item, indent=""))
    return table


def conflict_lines(item: Evidence, who: str, indent: str = "") -> list[Text]:
    """`date: the claim says 2014, the source says 2013` for each conflict of the evidence."""
    lines = []
    for conflict in item.conflicts:
        line = Text(f"{indent}{conflict.kind}: {who} says ", style="dim")
        line.append(printable(conflict.claim), style="bold")
        line.append(", the source says ", style="dim")
        line.append(printable(conflict.source), style="bold red")
        lines.append(line)
    return lines


def summary_line(summary: DraftSummary) -> Text:
    line = Text(f"{printable(summary.draft)}: {summary.sentences} sentences, "
                f"{summary.checked} checked: ", style="bold")
    for n, (verdict, count) in enumerate(summary.verdicts.items()):
        line.append(", " if n else "")
        line.append(f"{verdict_mark(verdict)} {count} {verdict_words(verdict)}",
                    style=VERDICT_STYLES_DRAFT.get(verdict, "yellow"))
    line.append(f"; {SKIP_MARK} {summary.skipped} skipped", style="dim")
    if summary.skipped:
        line.append(f" ({skipped_counts(summary.skipped_by)})", style="dim")
    return line


class BuildProgress:
    """A progress bar on stderr while an index is built (files, passages, rate); drawn only
    when stderr is a terminal, and only once a build actually starts."""

    def __init__(self, console: Console):
        self.console, self.bar, self.task = console, None, None

    def __call__(self, done: int, total: int, passages: int) -> None:
        if not self.console.is_terminal:
            return
        if self.bar is None:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn)

            self.bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("files, {task.fields[passages]} passages, "
                                           "{task.fields[rate]} files/s"),
                                TimeElapsedColumn(), console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("index", total=total, passages=0, rate="-")
        elapsed = self.bar.tasks[0].elapsed or 0.0
        rate = f"{done / elapsed:.0f}" if elapsed > 0 else "-"
        self.bar.update(self.task, completed=done, total=total, passages=passages, rate=rate)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


class DraftProgress:
    """A progress bar on stderr while the sentences of a long draft are checked; drawn only
    when stderr is a terminal and the draft has LONG sentences to check or more."""

    LONG = 20

    def __init__(self, console: Console):
        self.console, self.bar, self.task = console, None, None

    def __call__(self, done: int, total: int) -> None:
        if not self.console.is_terminal or total < self.LONG:
            return
        if self.bar is None:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeRemainingColumn)

            self.bar = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("sentences"), TimeRemainingColumn(),
                                console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("check", total=total)
        self.bar.update(self.task, completed=done, total=total)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
