"""The kind of thing a question asks for (a number for "how many", a share for "what
percentage", a date for "when", a name for "who", a cause for "why") and where such things
stand in a text.
Used to pick the answer sentence (`qa.answer`) and, for the specific kinds, as ranking
evidence (`qa.rank`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .analyze import split_words

NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                "sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half")
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december")
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


def item_pattern(kind: str) -> re.Pattern:
    return country_pattern() if kind == "country" else ITEM_PATTERNS[kind]


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern:
    """A country as written, anywhere, sentence start included ("Egypt suspended its
    convoys"); built on first use, it is a large pattern."""
    from .lexicon import country_spellings

    names = sorted(country_spellings(), key=len, reverse=True)  # "South Sudan" first
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n).replace("'", "['’]") for n in names)
                      + r")(?![\w])")


def question_type(question: str) -> str | None:
    for pattern, kind in QUESTION_TYPES:
        if pattern.search(question):
            return kind
    return None


@dataclass(frozen=True)
class Asked:
    """What a question asks for: the kind of thing, and the words it already names (a year in
    the question is not the answer to "when")."""
    kind: str | None
    named: frozenset[str]

    @classmethod
    def by(cls, question: str) -> "Asked":
        return cls(question_type(question), frozenset(w.lower() for w in split_words(question)))

    def item_in(self, sentence: str) -> tuple[int, int] | None:
        """The span of the first thing of the asked-for kind in `sentence` that the question
        does not name, or None."""
        if self.kind is None:
            return None
        for match in item_pattern(self.kind).finditer(sentence):
            words = {w.lower() for w in split_words(match.group())}
            if words and not words <= self.named:
                return match.span()
        return None
