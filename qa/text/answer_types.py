"""The type of answer a question asks for (a number for "how many", a share for "what
percentage", a date for "when", a name for "who", a cause for "why") and where such things
stand in a text. Used to pick the answer sentence (`qa.search.answer`) and, for the rarer
types, as ranking evidence (`qa.search.rank`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
NUMBER_WORDS = "|".join([*(w for w in words()["number_words"] if w != "zero"),
                         *words()["number_scales"], "half"])
MONTHS = "|".join(words()["months"])
ITEM_PATTERNS = {
    "percentage": re.compile(r"\b\d[\d,.]*\s*(?:percent\b|per cent\b|%)"
                            r"|\b(?:half|(?:a|one|two) (?:third|quarter)s?|three quarters)\b", re.I),
    "number": re.compile(rf"\b(?:\d[\d,.]*(?:\s*(?:percent|per cent|%))?|(?:{NUMBER_WORDS})"
                         rf"(?:[\s-](?:{NUMBER_WORDS}))*)\b", re.I),
    "date": re.compile(rf"\b(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})(?:\s+\d{{1,2}})?,?\s+)?(?:19|20)\d\d\b"
                       rf"|\b(?:{MONTHS})\b", re.I),
    # a cause and the rest of its clause: "because of its inability to deal with casualties"
    "reason": re.compile(r"\b(?:because|due to|owing to|as a result of|result(?:s|ed)? from|"
                         r"caused by|stem(?:s|med)? from|driven by|in order to|so as to|"
                         r"for fear of|thanks to|in response to|(?:the|a) reason|lack of|"
                         r"inability|unable to|citing|on the grounds)\b[^.;]*", re.I),
    "name": re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+|de\s+)?[A-Z][\w’'-]*)*"),
}
# "When did..." asks for a date; "...when it arrived" is a clause of the question, not what
# it asks. A question word asks when it opens the question or is followed by an auxiliary.
AUXILIARY = (r"(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|"
             r"might|must|may)\b")
QUESTION_TYPES = (
    (re.compile(r"\b(?:which|what) (?:\w+ ){0,2}(?:country|countries|nation|nations)\b", re.I),
     "country"),
    (re.compile(r"\b(?:what|which) (?:percentage|share|proportion|fraction|portion|part|percent)"
                r"\b|\bhow much of\b|\bwhat per ?cent\b", re.I), "percentage"),
    (re.compile(r"\bhow (?:many|much|long|large|big|often)\b|\bwhat (?:number|amount|size)\b"
                r"|\bhow high\b", re.I), "number"),
    (re.compile(rf"^\W*when\b|\bwhen {AUXILIARY}|\b(?:what|which) (?:year|month|date|day)\b"
                r"|\b(?:since|by|until) when\b", re.I), "date"),
    (re.compile(rf"^\W*why\b|\bwhy {AUXILIARY}|\bfor what reason\b"
                r"|\bwhat (?:made|makes|led|leads|caused|causes|prompted|drove)\b", re.I), "reason"),
    (re.compile(r"\bwho\b|\bwhom\b|\bwhose\b|\bwhich (?:\w+ ){0,2}(?:country|countries|nation|"
                r"organi[sz]ation|group|official|body|state|city|town|region|force|actor|"
                rf"institution|minister|person)\b|^\W*where\b|\bwhere {AUXILIARY}", re.I), "name"),
)


def item_pattern(kind: AnswerType) -> re.Pattern:
    return country_pattern() if kind == AnswerType.COUNTRY else ITEM_PATTERNS[kind]


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
        if pattern.search(question):
            return AnswerType(kind)
    return None


@dataclass(frozen=True)
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
        for match in item_pattern(self.type).finditer(sentence):
            words = {w.lower() for w in split_words(match.group())}
            if words and not words <= self.named:
                return match.span()
        return None
