"""Results as plain text for a reader that is a program, such as an AI assistant reading an MCP
tool result: what the rich rendering (`qa.render`) shows, without colour or layout, each
passage quoted whole under its citation so that it can be quoted and cited in turn. Like the
renderer, it takes the result types as they are and computes nothing new."""
from __future__ import annotations

from .types import AskResult, CheckResult, Passage, PassageKind, SourceSummary


def ask_text(result: AskResult) -> str:
    """The answer sentence, then each passage, best first."""
    if not result.results:
        return f"No passage matches: {result.question}"
    parts = []
    if result.answer:
        parts.append(f"Answer: {result.answer.text}\n[{result.answer.citation}]")
    parts += [passage_text(hit.passage, f"{hit.rank}. ") for hit in result.results]
    return "\n\n".join(parts)


def check_text(result: CheckResult) -> str:
    """The verdict, then each piece of evidence: its stance, citation, sentence, conflicts."""
    lines = [f"Verdict: {result.verdict} (confidence {result.confidence:.2f})"
             + ("; the sources disagree" if result.disagreement else "")]
    for evidence in result.evidence:
        lines.append(f"- {evidence.stance}: [{evidence.hit.passage.citation}] "
                     f"{evidence.sentence}")
        lines += [f"  the claim says {c.claim}, the source says {c.source} ({c.kind})"
                  for c in evidence.conflicts]
    return "\n".join(lines)


def passages_text(passages: list[Passage]) -> str:
    return "\n\n".join(passage_text(p) for p in passages)


def passage_text(passage: Passage, prefix: str = "") -> str:
    """`[citation] title § section`, then the passage's text."""
    header = f"{prefix}[{passage.citation}] {passage.title or passage.source}"
    if passage.section:
        header += f" § {passage.section}"
    if passage.kind != PassageKind.BODY:
        header += f" ({passage.kind})"
    return f"{header}\n{passage.text}"


def sources_text(documents: list[SourceSummary]) -> str:
    return "\n".join(f"{d.source}: {d.title} ({d.passages} passages)" for d in documents)
