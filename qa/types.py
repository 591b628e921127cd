"""The values qa's library returns: frozen dataclasses of plain Python types that the rich
renderer (`qa.render`) and the JSON encoder (`qa.encode`) both take as they are, and the
named labels (passage kinds, verdicts, stances, conflict kinds) as str enums whose values are
what the JSON carries.

How a field reaches the JSON is said here, on the field, never decided in an encoder:
`FLATTEN` puts a nested object's fields beside the outer ones (a hit's passage), `OMIT_NONE`
leaves out a field that is None, `NOT_IN_JSON` marks what only the renderer or the checker
uses (spans to highlight, how a conflict was placed), and a class's `JSON_PROPERTIES` adds
computed values (a passage's citation).
Every result has `to_dict()`, its JSON as plain Python values.
"""
from __future__ import annotations

from dataclasses import field
from enum import Enum

from .frozen import frozen

FLATTEN = {"json": "flatten"}
OMIT_NONE = {"json": "omit_none"}
NOT_IN_JSON = {"json": "skip"}


class Encodable:
    """A result that gives its JSON: `to_dict()` is exactly what the command line prints with
    `--json` for it (`qa.encode`, imported only when asked, so these types stay cheap)."""

    __slots__ = ()

    def to_dict(self) -> dict:
        from .encode import to_json

        return to_json(self)


class Label(str, Enum):
    """A name from a closed set that prints and encodes as its value."""

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


class PassageKind(Label):
    BODY = "body"
    NOTE = "note"  # a footnote


class Verdict(Label):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_FOUND = "not_found"


class Stance(Label):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    RELATED = "related"


class ConflictKind(Label):
    NUMBER = "number"
    PERCENT = "percent"
    AMOUNT = "amount"
    DATE = "date"
    TIME = "time"  # of day ("09:30"): never compared with a count or a date
    ACTOR = "actor"
    PLACE = "place"
    RELATION = "relation"
    POLARITY = "polarity"


# the kinds of conflict that are figures: a count, a share, a sum
FIGURE_KINDS = frozenset({ConflictKind.NUMBER, ConflictKind.PERCENT, ConflictKind.AMOUNT})
# the kinds that are values, the figures and dates: two of them for one fact are two accounts
# of it, where a name or a relation otherwise tells of another event
VALUE_KINDS = FIGURE_KINDS | {ConflictKind.DATE, ConflictKind.TIME}


class Placement(Label):
    """How the finder of a conflict placed it in the claim word's own place: the claim's
    event named by its own words, one of them reversed (`check.rest_needed` asks less of the
    rest of such a sentence). Set where the conflict is found, by the test that found it."""
    BESIDE = "beside"  # an opposite with the same word right before or after it
    RESTRICTED = "restricted"  # "only" before the verb the claim's adverb of routine modifies
    WITHOUT = "without"  # the claim's phrase, its words in order, after the sentence's "without"
    CROSSED = "crossed"  # said in the sentence's clause that holds the claim's other clause
    SAME_HEAD = "same head"  # the opposite said of the same subject, or done to the same object
    MULTIPLE = "multiple"  # another multiple of the same measure of the same thing
    DENIED = "denied"  # the verb the sentence denies between the claim's own parties


@frozen
class Passage(Encodable):
    """One paragraph of a document, clean enough to quote.

    `paragraph` is 1-based in reading order within `source`; `line_start`/`line_end` are the
    first and last 1-based lines of the original file the text came from (for a PDF, lines of
    its extracted text: see `qa.documents.pdf`). `page` is the 1-based PDF page of the first
    line, None for other formats. `kind` is a PassageKind value.
    """

    source: str
    paragraph: int
    line_start: int
    line_end: int
    title: str
    section: str
    kind: str
    text: str
    page: int | None = None

    JSON_PROPERTIES = ("citation",)

    @property
    def citation(self) -> str:
        page = f" p.{self.page}" if self.page is not None else ""
        return f"{self.source}{page} ¶{self.paragraph} (lines {self.line_start}-{self.line_end})"


@frozen
class Document(Encodable):
    """A source file turned into passages."""

    source: str
    title: str
    passages: tuple[Passage, ...]


@frozen
class TermScore(Encodable):
    """What one query term (or one piece of re-scoring evidence) added to a passage's score."""

    term: str
    score: float
    via: str = ""  # the query word it was expanded from, "" for a word of the question


@frozen
class Hit(Encodable):
    """A ranked passage: JSON flattens the passage's fields next to rank and score."""

    rank: int
    score: float
    passage: Passage = field(metadata=FLATTEN)
    explain: tuple[TermScore, ...] | None = field(default=None, metadata=OMIT_NONE)

    @classmethod
    def of(cls, passage: Passage, rank: int, score: float,
           explain: tuple[TermScore, ...] | None = None) -> "Hit":
        return cls(rank, round(float(score), 6), passage, explain)


@frozen
class Answer(Encodable):
    """The sentence that answers, where it comes from, and the answer span inside it."""

    text: str
    source: str
    paragraph: int
    citation: str
    span: tuple[int, int] | None = None  # character offsets of the asked-for item in `text`


@frozen
class AskResult(Encodable):
    """The passages that answer a question, best first, and the sentence that answers it."""

    question: str
    error: str | None = field(default=None, kw_only=True, metadata=OMIT_NONE)
    answer: Answer | None
    results: tuple[Hit, ...]
    # the analyzed words of the question, in order: what the renderer highlights
    terms: tuple[str, ...] = field(default=(), compare=False, kw_only=True,
                                   metadata=NOT_IN_JSON)


@frozen
class Conflict(Encodable):
    """A fact the claim states differently from the evidence sentence."""

    claim: str  # as the claim puts it: "2014"
    source: str  # as the source puts it: "2013"
    kind: ConflictKind
    # where `source` stands in the sentence, for the renderer to mark
    span: tuple[int, int] = field(default=(0, 0), compare=False, metadata=NOT_IN_JSON)
    # how its finder placed it in the claim word's place, None if it did not: for the
    # checker alone (one difference found twice is one conflict, however each was placed)
    placed: Placement | None = field(default=None, compare=False, metadata=NOT_IN_JSON)


@frozen
class Evidence(Encodable):
    """A passage bearing on a claim: the passage as ask returns it, the aligned sentence and
    its stance (JSON flattens the passage fields into the evidence object)."""

    hit: Hit = field(metadata=FLATTEN)
    stance: Stance
    sentence: str
    conflicts: tuple[Conflict, ...] = ()
    # where the claim's words stand in the sentence, for the renderer to mark
    matches: tuple[tuple[int, int], ...] = field(default=(), compare=False,
                                                 metadata=NOT_IN_JSON)
    # the claim's facts (figures, dates, names, then its other words) this sentence states
    states: tuple[str, ...] = ()
    # the facts of `states` the sentence leaves to its context, each with where it comes from
    # ("2022 (from \"Earlier in 2022\")"): the year a date without one takes from its paragraph
    from_context: tuple[str, ...] | None = field(default=None, metadata=OMIT_NONE)


@frozen
class Attribution(Encodable):
    """Where a claim says it was read ("According to Crisis Group,", "(Crisis Group, 2022)")
    and what its first evidence's document says of it (`qa.claims.cited`)."""

    frame: str  # the attributing words, as written
    sources: tuple[str, ...]  # the sources named; none for an unnamed one ("one analysis")
    year: str | None  # the citation's year: the document's date, not the event's
    # how the source was checked: "document" (a fact of the evidence's document, its
    # content checked without the frame) or "sentence" (the claim read whole, as written)
    reading: str
    named: bool | None = field(default=None, metadata=OMIT_NONE)  # the document names it
    named_in: str | None = field(default=None, metadata=OMIT_NONE)  # where ("002.txt ¶3")
    year_named: bool | None = field(default=None, metadata=OMIT_NONE)  # the document names the year
    # a named speaker the evidence sentence gives the content to, not the claim's source
    other_speaker: str | None = field(default=None, metadata=OMIT_NONE)


@frozen
class CheckResult(Encodable):
    """Whether the sources support a claim, contradict it or say nothing, with the evidence."""

    claim: str
    error: str | None = field(default=None, kw_only=True, metadata=OMIT_NONE)
    verdict: Verdict
    confidence: float
    # the sources give different facts for the claim's facts
    disagreement: bool = field(default=False, kw_only=True)
    # the claim's facts that the first evidence sentence does not state (for a not_found
    # verdict, the best aligned sentence): partial support is not shown as full support
    unverified: tuple[str, ...] = field(default=(), kw_only=True)
    evidence: tuple[Evidence, ...] = ()
    # where the claim says it was read, and whether its evidence's document names it
    attribution: Attribution | None = field(default=None, kw_only=True, metadata=OMIT_NONE)


@frozen
class SourceSummary(Encodable):
    """A document of the corpus as `qa sources` lists it."""

    source: str
    title: str
    passages: int


@frozen
class BuildReport(Encodable):
    """What building or refreshing an index did."""

    documents: int
    passages: int
    seconds: float
    skipped: tuple[str, ...]
    rebuilt: bool  # a new generation was written (False: the index was up to date)
    index: str = ""  # where it is stored
    read: int = 0  # files read and analyzed by this build (0 when nothing was rebuilt)
    reused: int = 0  # files unchanged since the previous build, carried over without reading


@frozen
class Miss(Encodable):
    """A gold question whose answer was not ranked first."""

    id: str
    question: str
    rank: int | None  # rank of the first relevant passage, None if not in the top 10
    want: str
    got: str


@frozen
class EvalReport(Encodable):
    """Answer quality on a gold file (`qa eval`): the metrics over `n` questions, and the
    questions whose answer was not ranked first."""

    n: int
    metrics: dict[str, float]
    median_passage_words: int
    misses: tuple[Miss, ...] = ()


# ---- a whole draft checked sentence by sentence (`qa check --document`) ----------------------

class SkipReason(Label):
    """Why a sentence of a draft was not checked."""

    HEADING = "heading"
    QUESTION = "question"
    QUOTATION = "quotation"  # a block quote, or a sentence mostly inside quotation marks
    NO_FACT = "no_fact"  # no number, date or name, and too few informative words


class BlockKind(Label):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    NOTE = "note"  # a footnote


@frozen
class DraftBlock(Encodable):
    """A block of a draft's extracted text (`qa.claims.draft`), by its character offsets."""

    kind: BlockKind
    start: int
    end: int
    quoted: bool = False  # a block quote (markdown `>`, HTML `<blockquote>`)


@frozen
class DraftSentence(Encodable):
    """A sentence of a draft: its offsets in the draft's extracted text and the 1-based line
    of the file where it starts."""

    sentence: str
    start: int
    end: int
    line: int


@frozen
class CheckedSentence(Encodable):
    """A sentence of a draft with its verdict: JSON puts the fields of `qa check --json` next
    to the sentence's own."""

    at: DraftSentence = field(metadata=FLATTEN)
    result: CheckResult = field(metadata=FLATTEN)


@frozen
class SkippedSentence(Encodable):
    """A sentence of a draft that was not checked, and why: JSON puts the reason next to the
    sentence's own fields."""

    at: DraftSentence = field(metadata=FLATTEN)
    skipped: SkipReason


@frozen
class DraftSummary(Encodable):
    """How many sentences of a draft got which verdict (every verdict is counted, 0 or not)
    and how many were skipped, by reason."""

    draft: str
    sentences: int
    checked: int
    verdicts: dict[str, int] = field(metadata=FLATTEN)
    skipped: int
    skipped_by: dict[str, int]


@frozen
class DraftReport(Encodable):
    """A draft checked sentence by sentence, in the draft's order. JSON Lines carry each
    sentence, then the summary; the text and blocks are for the renderers."""

    draft: str
    sentences: tuple[CheckedSentence | SkippedSentence, ...]
    summary: DraftSummary
    text: str = field(default="", metadata=NOT_IN_JSON)
    blocks: tuple[DraftBlock, ...] = field(default=(), metadata=NOT_IN_JSON)

    @property
    def contradicted(self) -> bool:
        return any(isinstance(s, CheckedSentence) and s.result.verdict == Verdict.CONTRADICTED
                   for s in self.sentences)
