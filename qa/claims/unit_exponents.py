"""A unit's exponent written after it in scientific notation: "0.03 °C yr-1", "1.7 Pg C
yr-1", "0.5 t C ha-1 yr-1", "a forcing of 3 W m-2", "0.6 K (W m-2)-1".

Science writes "per year" as "yr-1" and "per square metre" as "m-2": the digit is the
power of the unit it is glued to, by a minus sign, not a figure of the claim. Read as a
count, it was a "1" no sentence writing "per year" states, so a true claim was left
unverified, or a "1" a sentence's "1.4" contradicted. An exponent is one digit, glued by a
hyphen or a minus sign to a short unit of letters (or to the bracket closing a unit of
several, "(W m-2)-1"), with a figure a few characters before that unit measures; and no
word, figure or decimal point after it ("F-16", "COVID-19", "Su-2.5" are not).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.analyze import load_stopwords

# the unit the exponent is glued to: at most four letters after a space or bracket ("yr",
# "MWh", "m"), or a bracket closing a unit of several
UNIT_BEFORE_RE = re.compile(r"(?:(?<=[\s(])[^\W\d_]{1,4}|\))[-−]$")
# the figure the unit measures, a few characters before it: "0.03 °C yr-1", "3 W m-2"
FIGURE_REACH = 16
FIGURE_RE = re.compile(r"\d")
# a unit between the figure and the exponent's: "°C", "t", "(W", "ha-1" (its own exponent)
UNIT_WORD_RE = re.compile(r"[(\[]?°?[^\W\d_]{1,4}(?:[-−]\d)?[)\]]?|[-−]\d|±")
# what may not follow an exponent: a word's letter or figure, a decimal point or a comma of
# thousands ("Su-2.5", "A-1,000"); a stop or comma that closes the phrase may
AFTER_RE = re.compile(r"\w|[.,]\d")


def unit_exponent(text: str, start: int, end: int) -> bool:
    """The figure at `start`:`end` of `text` is a unit's exponent (see above)."""
    if end - start != 1 or AFTER_RE.match(text, end):
        return False
    unit = UNIT_BEFORE_RE.search(text, max(0, start - 6), start)
    if unit is None:
        return False
    reach = max(0, unit.start() - FIGURE_REACH)
    figure = max((m.end() for m in FIGURE_RE.finditer(text, reach, unit.start())), default=None)
    return figure is not None and all(unit_word(w) for w in text[figure:unit.start()].split())


def unit_word(word: str) -> bool:
    """A word that may stand between a figure and the unit of the exponent: another unit
    ("t C ha-1", "°C", "(W"), not a word of the sentence ("In 2004 the M-1": "the")."""
    return bool(UNIT_WORD_RE.fullmatch(word)) \
        and not ((len(word) > 1 or word.lower() in ONE_LETTER_WORDS)
                 and word.lower() in stopwords())


# the one-letter words of English, no unit ("In 2004 a Tu-4 flew"); the stopword list's other
# single letters are cut-off endings ("don't" -> "t"), and units ("t", "m", "s", "d")
ONE_LETTER_WORDS = frozenset("ai")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return load_stopwords()
