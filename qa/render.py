"""Human output with rich. Takes the library's result objects as they are and computes nothing
new but highlighting. Corpus text is data: it goes into `Text` objects (never parsed as
markup) after terminal control characters are made visible."""
from __future__ import annotations


from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from .terminal import printable
from .types import (AskResult, CheckResult, EvalReport, Evidence, Hit, Passage, PassageKind,
                    SourceSummary)

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
        answer = Text(printable(result.answer.text), style=ANSWER_STYLE)
        if result.answer.span:
            answer.stylize(SPAN_STYLE, *result.answer.span)
        console.print(Panel(Group(answer, Text(printable(result.answer.citation), style="dim")),
                            title="Answer", title_align="left", border_style="green"))
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
    console.print()
    for item in result.evidence:
        console.print(evidence_header(item))
        console.print(marked_sentence(item))
        for conflict in item.conflicts:
            line = Text(f"   {conflict.kind}: the claim says ", style="dim")
            line.append(printable(conflict.claim), style="bold")
            line.append(", the source says ", style="dim")
            line.append(printable(conflict.source), style="bold red")
            console.print(line)
        console.print()


def evidence_header(item: Evidence) -> Text:
    header = Text(f"{item.hit.rank}. ", style="bold")
    header.append(item.stance, style=STANCE_STYLES[item.stance])
    header.append("  ")
    return header.append_text(citation_header(item.hit.passage))


def marked_sentence(item: Evidence) -> Text:
    """The sentence in pieces, each cleaned on its own so the marks stay on their words."""
    styles = [(s, e, MATCH_STYLE) for s, e in item.matches]
    styles += [(c.span[0], c.span[1], CONFLICT_STYLE) for c in item.conflicts]
    bounds = sorted({0, len(item.sentence), *(p for s, e, _ in styles for p in (s, e))})
    text = Text("   ")
    for start, end in zip(bounds, bounds[1:]):
        covering = [st for s, e, st in styles if s <= start and end <= e]
        # a conflict mark wins over a match mark on the same words
        style = CONFLICT_STYLE if CONFLICT_STYLE in covering else (covering[0] if covering else "")
        text.append(printable(item.sentence[start:end]), style=style)
    return text



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
