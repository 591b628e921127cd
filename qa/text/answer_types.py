"""The type of answer a question asks for (a number for "how many", a share for "what
percentage", a date for "when", a name for "who", a cause for "why") and where such things
stand in a text. Used to pick the answer sentence (`qa.search.answer`) and, for the rarer
types, as ranking evidence (`qa.search.rank`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..frozen import frozen
from ..types import Label
from .analyze import split_words
from .lexicon import words


class AnswerType(Label):
    COUNTRY = "country"
    PERCENTAGE = "percentage"
    NUMBER = "number"
    DATE = "date"
    REASON = "reason"
    NAME = "name"


# Number words as an answer: the cardinals and scales of words.json, and "half"; not "zero",
# which names a condition ("zero incidence") far more often than it answers "how many".
def number_words() -> str:
    return "|".join([*(w for w in words()["number_words"] if w != "zero"),
                     *words()["number_scales"], "half"])


# The patterns below are compiled on first use, each alone: a question asks for one type, and
# compiling them all at import was 9 ms of every cold `qa ask`.
# kind -> (pattern, flags); "{numbers}" and "{months}" are filled in from words.json (so a
# literal brace is doubled)
ITEM_PATTERNS = {
    "percentage": (r"\b\d[\d,.]*\s*(?:percent\b|per cent\b|%)"
                   r"|\b(?:half|(?:a|one|two) (?:third|quarter)s?|three quarters)\b", re.I),
    "number": (r"\b(?:\d[\d,.]*(?:\s*(?:percent|per cent|%))?|(?:{numbers})"
               r"(?:[\s-](?:{numbers}))*)\b", re.I),
    "date": (r"\b(?:(?:\d{{1,2}}\s+)?(?:{months})(?:\s+\d{{1,2}})?,?\s+)?(?:19|20)\d\d\b"
             r"|\b(?:{months})\b", re.I),
    # a cause and the rest of its clause: "because of its inability to deal with casualties"
    "reason": (r"\b(?:because|due to|owing to|as a result of|result(?:s|ed)? from|"
               r"caused by|stem(?:s|med)? from|driven by|in order to|so as to|"
               r"for fear of|thanks to|in response to|(?:the|a) reason|lack of|"
               r"inability|unable to|citing|on the grounds)\b[^.;]*", re.I),
    "name": (r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+|de\s+)?[A-Z][\w’'-]*)*", 0),
}
# "When did..." asks for a date; "...when it arrived" is a clause of the question, not what
# it asks. A question word asks when it opens the question or is followed by an auxiliary.
AUXILIARY = (r"(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|"
             r"might|must|may)\b")
QUESTION_TYPES = (  # (pattern, kind), tried in order; all ignore case
    (r"\b(?:which|what) (?:\w+ ){0,2}(?:country|countries|nation|nations)\b", "country"),
    (r"\b(?:what|which) (?:percentage|share|proportion|fraction|portion|part|percent)"
     r"\b|\bhow much of\b|\bwhat per ?cent\b", "percentage"),
    (r"\bhow (?:many|much|long|large|big|often)\b|\bwhat (?:number|amount|size)\b"
     r"|\bhow high\b", "number"),
    (rf"^\W*when\b|\bwhen {AUXILIARY}|\b(?:what|which) (?:year|month|date|day)\b"
     r"|\b(?:since|by|until) when\b", "date"),
    (rf"^\W*why\b|\bwhy {AUXILIARY}|\bfor what reason\b"
     r"|\bwhat (?:made|makes|led|leads|caused|causes|prompted|drove)\b", "reason"),
    (r"\bwho\b|\bwhom\b|\bwhose\b|\bwhich (?:\w+ ){0,2}(?:country|countries|nation|"
     r"organi[sz]ation|group|official|body|state|city|town|region|force|actor|"
     rf"institution|minister|person)\b|^\W*where\b|\bwhere {AUXILIARY}", "name"),
)


def item_source(kind: AnswerType) -> tuple[str, int]:
    """The pattern of `kind` (not COUNTRY) as written, its word lists filled in, and its flags."""
    pattern, flags = ITEM_PATTERNS[kind]
    return pattern.format(numbers=number_words(), months="|".join(words()["months"])), flags


@lru_cache(maxsize=None)
def item_pattern(kind: AnswerType) -> re.Pattern:
    if kind == AnswerType.COUNTRY:
        return country_pattern()
    return re.compile(*item_source(kind))


@lru_cache(maxsize=None)
def folded_pattern(kind: AnswerType) -> re.Pattern | None:
    """`item_pattern(kind)` without IGNORECASE, for text lowered first where that is the same
    (`lowers_alike`; None where the pattern is not). With IGNORECASE each alternative of the
    number words and months is entered at every position (the regex engine skips one without
    entering it only by a literal first character, which IGNORECASE makes a case-folding
    compare), 85-95 us a sentence at 200k against 30-40 us; on lowered text a pattern whose
    letters are all lower case (no \\S, \\W, \\D, \\B either) matches exactly where
    IGNORECASE matches the text. Compiled from the source, not from `item_pattern`: a cold
    start on lowered text then compiles one pattern, not both (0.6-1.2 ms of CPU for the
    number pattern with IGNORECASE, 0.5-0.7 ms without)."""
    if kind == AnswerType.COUNTRY:  # no IGNORECASE (`country_pattern`): nothing to fold
        return None
    source, flags = item_source(kind)
    if not flags & re.I or source != source.lower() or not source.isascii():
        return None
    return re.compile(source, flags & ~re.I)


@lru_cache(maxsize=1)
def ascii_runs() -> re.Pattern:
    """Runs of ASCII characters, removed to leave what `lowers_alike` checks (compiled on
    first use, like the item patterns; twice as fast as str.translate)."""
    return re.compile(r"[\x00-\x7f]+")


def lowers_alike(text: str) -> bool:
    """Whether `text.lower()` matches a lower-case ASCII pattern exactly where IGNORECASE
    matches `text`, at the same offsets: true of ASCII, and of text whose other characters
    have no case at all (’ – “ ” •, which lower() and upper() leave alone). A cased one can
    change length (`İ`) or match an ASCII letter under IGNORECASE (`K` Kelvin, `ſ`, `ı`)."""
    if text.isascii():
        return True
    beyond = ascii_runs().sub("", text)
    return beyond.lower() == beyond == beyond.upper()


def item_spans(kind: AnswerType, text: str):
    """The spans of `item_pattern(kind).finditer(text)`, found on the lowered text where that
    is the same (`folded_pattern`, `lowers_alike`)."""
    folded = folded_pattern(kind) if lowers_alike(text) else None
    found = folded.finditer(text.lower()) if folded else item_pattern(kind).finditer(text)
    return (match.span() for match in found)


@lru_cache(maxsize=None)
def question_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern:
    """A country as written, anywhere, sentence start included ("Egypt suspended its
    convoys"); built on first use, it is a large pattern."""
    from .lexicon import country_spellings

    names = sorted(country_spellings(), key=len, reverse=True)  # "South Sudan" first
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n).replace("'", "['’]") for n in names)
                      + r")(?![\w])")


def answer_type(question: str) -> AnswerType | None:
    for pattern, kind in QUESTION_TYPES:
        if question_pattern(pattern).search(question):
            return AnswerType(kind)
    return None


@frozen
class AskedFor:
    """What a question asks for: the type of answer, and the words it already names (a year
    in the question is not the answer to "when")."""
    type: AnswerType | None
    named: frozenset[str]

    @classmethod
    def by(cls, question: str) -> "AskedFor":
        return cls(answer_type(question), frozenset(w.lower() for w in split_words(question)))

    def item_in(self, sentence: str) -> tuple[int, int] | None:
        """The span of the first thing of the asked-for type in `sentence` that the question
        does not name, or None."""
        if self.type is None:
            return None
        for start, end in item_spans(self.type, sentence):
            words = {w.lower() for w in split_words(sentence[start:end])}
            if words and not words <= self.named:
                return start, end
        return None
