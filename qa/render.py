"""Human output with rich. Takes the library's result objects as they are and computes nothing
new but highlighting. Corpus text is data: it goes into `Text` objects (never parsed as
markup) after terminal control characters are made visible."""
from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from .analyze import Analyzer, TOKEN_RE, fold_accents
from .passage import Passage
from .results import AskResult, Hit

CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")
ANSWER_STYLE = "bold"
SPAN_STYLE = "bold black on yellow"
TERM_STYLE = "bold yellow"


def clean(text: str) -> str:
    """Neutralise terminal control sequences: ESC and friends become visible placeholders."""
    return CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def highlight(text: str, terms: set[str], analyzer: Analyzer, style: str = TERM_STYLE) -> Text:
    rendered = Text(clean(text))
    if not terms:
        return rendered
    folded = fold_accents(rendered.plain)
    for match in TOKEN_RE.finditer(folded):
        if analyzer.terms(match.group()) and set(analyzer.terms(match.group())) & terms:
            rendered.stylize(style, match.start(), match.end())
    return rendered


def render_ask(console: Console, result: AskResult, analyzer: Analyzer) -> None:
    terms = set(result.terms)
    if result.answer:
        answer = Text(clean(result.answer.text), style=ANSWER_STYLE)
        if result.answer.span:
            answer.stylize(SPAN_STYLE, *result.answer.span)
        console.print(Panel(Group(answer, Text(result.answer.citation, style="dim")),
                            title="Answer", title_align="left", border_style="green"))
    if not result.results:
        console.print(Text(f"No passage matches: {clean(result.question)}", style="yellow"))
    for hit in result.results:
        console.print(hit_header(hit))
        console.print(highlight(hit.text, terms, analyzer))
        if hit.explain:
            console.print(explain_line(hit))
        console.print()


def hit_header(hit: Hit) -> Text:
    header = Text(f"{hit.rank}. ", style="bold")
    header.append(clean(hit.title) or hit.source, style="bold cyan")
    header.append(f"  {hit.citation}", style="cyan")
    if hit.section:
        header.append(f"  § {clean(hit.section)}", style="dim")
    if hit.kind != "body":
        header.append(f"  [{hit.kind}]", style="magenta")
    header.append(f"  score {hit.score:.2f}", style="dim")
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
        header = Text(passage.citation, style="bold cyan")
        if passage.section:
            header.append(f"  § {clean(passage.section)}", style="dim")
        if passage.kind != "body":
            header.append(f"  [{passage.kind}]", style="magenta")
        console.print(header)
        console.print(Text(clean(passage.text)))
        console.print()


def render_sources(console: Console, sources: list[dict]) -> None:
    for source in sources:
        line = Text(source["source"], style="bold cyan")
        line.append(f"  {source['passages']} passages  ", style="dim")
        line.append(clean(source["title"]))
        console.print(line)


def render_eval(console: Console, report, verbose: bool) -> None:
    """An evaluation report: the metrics, then (with -v) each question whose answer was not first."""
    line = Text(f"{report.n} questions  ", style="bold")
    for name, value in report.metrics.items():
        line.append(f"{name} {value:.3f}  ")
    line.append(f"median passage {report.median_passage_words} words", style="dim")
    console.print(line)
    for miss in report.misses if verbose else ():
        where = "not in the top 10" if miss.rank is None else f"rank {miss.rank}"
        console.print(Text(f"miss {miss.id} ({where}): {clean(miss.question)}", style="yellow"))
        console.print(Text(f"   want {clean(miss.want)}\n   got  {clean(miss.got)}", style="dim"))
