"""The results the library returns: plain frozen dataclasses that both the rich renderer and
the JSON encoder take as they are (numpy values are converted where a result is made)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .passage import Passage


@dataclass(frozen=True)
class TermScore:
    """What one query term added to a passage's score (for `--explain`)."""

    term: str
    score: float
    via: str = ""  # the query word it was expanded from, "" for a word of the question


@dataclass(frozen=True)
class Hit:
    """A ranked passage: JSON flattens the passage's fields next to rank and score."""

    rank: int
    score: float
    passage: Passage
    explain: tuple[TermScore, ...] | None = None

    @classmethod
    def of(cls, passage: Passage, rank: int, score: float,
           explain: tuple[TermScore, ...] | None = None) -> "Hit":
        return cls(rank, round(float(score), 6), passage, explain)


@dataclass(frozen=True)
class Answer:
    """The sentence that answers, where it comes from, and the answer span inside it."""

    text: str
    source: str
    paragraph: int
    citation: str
    span: tuple[int, int] | None = None  # character offsets of the asked-for item in `text`


@dataclass(frozen=True)
class AskResult:
    question: str
    answer: Answer | None
    results: tuple[Hit, ...]
    error: str | None = None
    terms: tuple[str, ...] = field(default=(), compare=False)  # analyzed query, to highlight


def passage_dict(passage: Passage) -> dict:
    """A passage as `qa show` prints it: the same fields as an ask result, without rank/score."""
    return dict(asdict(passage), citation=passage.citation)


def ask_dict(result: AskResult) -> dict:
    """The JSON contract of one answered question (see README)."""
    out = {"question": result.question}
    if result.error is not None:
        out["error"] = result.error
    out["answer"] = asdict(result.answer) if result.answer else None
    out["results"] = [hit_dict(h) for h in result.results]
    return out


def hit_dict(hit: Hit) -> dict:
    out = {"rank": hit.rank, "score": hit.score, **passage_dict(hit.passage)}
    if hit.explain is not None:
        out["explain"] = [asdict(term) for term in hit.explain]
    return out


@dataclass(frozen=True)
class Conflict:
    """A fact the claim states differently from the evidence sentence."""

    claim: str  # as the claim puts it: "2014"
    source: str  # as the source puts it: "2013"
    kind: str  # number, percent, amount, date, actor, place, relation or polarity
    span: tuple[int, int] = field(default=(0, 0), compare=False)  # `source` in the sentence


@dataclass(frozen=True)
class Evidence:
    """A passage bearing on a claim: the passage as ask returns it, the aligned sentence and
    its stance (JSON flattens the passage fields into the evidence object)."""

    hit: Hit
    stance: str  # supports, contradicts or related
    sentence: str
    conflicts: tuple[Conflict, ...] = ()
    matches: tuple[tuple[int, int], ...] = field(default=(), compare=False)  # claim words in it


@dataclass(frozen=True)
class CheckResult:
    claim: str
    verdict: str  # supported, contradicted or not_found
    confidence: float
    evidence: tuple[Evidence, ...]
    disagreement: bool = False  # the sources give different facts for the claim's facts
    error: str | None = None


def check_dict(result: CheckResult) -> dict:
    """The JSON contract of one checked claim (see README); spans are for the renderer."""
    out = {"claim": result.claim}
    if result.error is not None:
        out["error"] = result.error
    out.update(verdict=result.verdict, confidence=result.confidence,
               disagreement=result.disagreement, evidence=[])
    for item in result.evidence:
        out["evidence"].append(dict(
            hit_dict(item.hit), stance=item.stance, sentence=item.sentence,
            conflicts=[{"claim": c.claim, "source": c.source, "kind": c.kind}
                       for c in item.conflicts]))
    return out
