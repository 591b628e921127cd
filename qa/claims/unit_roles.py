"""A figure's unit and its rate as words of its role, however they are written.

A hedged or rounded figure ("about half a degree", "roughly 0.3") states a sentence's figure
only in the same role: a content word on the same side of both (`compare.same_role`). A
figure's role is mostly its unit and what it is counted per, and texts write those two ways:
"degrees Celsius per decade" / "°C/decade", "kilometres" / "km". Read as
plain words, "Celsius" shares nothing with the "C" of "°C", and "per", no stopword, took one
of the two places of the window, pushing "decade" out of it; a true claim ("warmed by about
0.3 degrees Celsius per decade" / "a trend of 0.31 °C/decade") was not found.

So, for a statement only (`compare.unit_role`; read for a rival's role too, it let another
trend of the same unit in the sentence contradict a true claim), and only when no other figure
of the sentence has the unit ("0.44 °C/decade in summer, 0.05 °C/decade in winter" tells
neither's role by it):
- "per" is no word of it (the slash that writes the same rate is no word either): the
  period or the unit after it is (`rate_word`);
- a unit word carries a key of its unit, the same for each spelling of one unit of one size
  ("km" / "kilometres"; "20 km" and "20 miles" stay two roles), and a temperature's scale the
  same key whether written as a word after "degree(s)" or as a letter after "°"
  (`unit_keys`). Another scale ("°F" / "Celsius") or another unit shares no key.
The claim's scale words and its "per" are then stated by the sentence's sign and slash
(`scale_terms`), as `compare.unit_terms` states "metres" by "m".
"""
from __future__ import annotations

import re

from .energy_units import symbol_unit
from .facts import MEASURES, SIZES, Mention, Parsed, Token, measure_unit

RATE_WORDS = frozenset({"per"})
# the temperature scales by their names and by the letters written after a degree sign
SCALES = {"celsius": "celsius", "centigrade": "celsius", "fahrenheit": "fahrenheit",
          "kelvin": "kelvin"}
SCALE_LETTERS = {"c": "celsius", "f": "fahrenheit", "k": "kelvin"}


def rate_word(token: Token) -> bool:
    """The preposition of a rate ("per decade"): no word of a figure's role."""
    return token.lower in RATE_WORDS


def scale_of(text: Parsed, token: Token) -> str:
    """The temperature scale a word names: "Celsius", or the "C" of "°C"; else ""."""
    lower = token.lower
    if lower in SCALES:
        return SCALES[lower]
    if lower in SCALE_LETTERS and text.text[:token.start].rstrip().endswith("°"):
        return SCALE_LETTERS[lower]
    return ""


def unit_keys(text: Parsed, tokens: list[Token]) -> set:
    """A key for each unit among `tokens`: one key for every spelling of one unit."""
    keys = set()
    for token in tokens:
        scale = scale_of(text, token)
        if scale:
            keys.add(("scale", scale))
            continue
        unit = symbol_unit(token.word) or measure_unit(token.word)
        if unit and unit in MEASURES and unit in SIZES:
            keys.add(("unit", MEASURES[unit], SIZES[unit]))
    return keys


# a temperature's scale after a figure: "0.3 degrees Celsius", "half a degree Celsius" (the
# degree read into the figure), "0.3 °C", "0.3°C"
SCALE_WORD_RE = re.compile(r"\s*(?:degrees?\s+)?(celsius|centigrade|fahrenheit|kelvin)\b",
                           re.IGNORECASE)
SCALE_SIGN_RE = re.compile(r"\s*°\s*([CFK])\b")
# the period a rate is counted in, right after its unit: "per decade", "/decade", "/yr"
RATE_RE = re.compile(r"\s*(?:/|\bper\s+)\s*([^\W\d_]+)", re.IGNORECASE)


def written_scale(text: str, end: int) -> tuple[str, int]:
    """The temperature scale written right after a figure ending at `end`, and where it
    ends; ("", end) when none is."""
    for pattern, names in ((SCALE_WORD_RE, SCALES), (SCALE_SIGN_RE, SCALE_LETTERS)):
        match = pattern.match(text, end)
        if match:
            return names[match.group(1).lower()], match.end()
    return "", end


def rate_unit(text: str, end: int) -> tuple[str, int]:
    """The unit of time after "per" or a slash at `end` ("per decade", "/decade"), and where
    it ends; ("", end) when none is."""
    match = RATE_RE.match(text, end)
    unit = measure_unit(match.group(1)) if match else ""
    if not unit or MEASURES.get(unit) != "time":
        return "", end
    return unit, match.end()


def scale_terms(claim: Parsed, sentence: Parsed, stated: dict[int, Mention]
                ) -> frozenset[str]:
    """The terms of the claim's scale words ("degrees Celsius") and of its "per", for each of
    its figures the sentence states with the same scale written as a sign ("°C"), and with
    the same period after "per" or a slash: the unit and the rate stated as the figure is."""
    terms = set()
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        scale, end = written_scale(claim.text, mine.end)
        if not scale:
            continue
        other, other_end = written_scale(sentence.text, theirs.end)
        if other != scale:
            continue
        words = [(mine.end, end)]
        period, rate_end = rate_unit(claim.text, end)
        if period and rate_unit(sentence.text, other_end)[0] == period:
            words.append((end, rate_end))
        terms.update(term for t in claim.tokens for low, high in words
                     if low <= t.start < high for term in t.terms)
    return frozenset(terms)


def other_scales(claim: Parsed, sentence: Parsed, stated: dict[int, Mention]) -> list:
    """(claim text, sentence text, sentence span) for each figure of the claim written with a
    temperature scale that the sentence states with another scale written right after it
    ("25 degrees Fahrenheit" / "25 °C"): the same number on another scale is another
    temperature, the one fact the claim changed, as "four weeks" is not "four months"
    (`compare.other_units`, which reads units, not scales). A figure the sentence writes with
    no scale after it is left to the other readings."""
    found = []
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        scale, end = written_scale(claim.text, mine.end)
        if not scale or mine.value != theirs.value:
            continue
        other, other_end = written_scale(sentence.text, theirs.end)
        if other and other != scale:
            found.append((claim.text[mine.start:end], sentence.text[theirs.start:other_end],
                          (theirs.start, other_end)))
    return found
