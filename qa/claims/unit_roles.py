"""A figure's unit and its rate as words of its role, however they are written.

A hedged or rounded figure ("about half a degree", "roughly 0.3") states a sentence's figure
only in the same role: a content word on the same side of both (`compare.same_role`). A
figure's role is mostly its unit and what it is counted per, and texts write those two ways:
"degrees Celsius per decade" / "°C/decade", "kilometres" / "km", "kilograms" / "kg". Read as
plain words, "Celsius" shares nothing with the "C" of "°C", and "per", no stopword, took one
of the two places of the window, pushing "decade" out of it; a true claim ("warmed by about
half a degree Celsius per decade" / "a trend of 0.54 °C/decade") was not found.

So, for a figure's role only:
- "per" is no word of it (the slash that writes the same rate is no word either): the
  period or the unit after it is (`rate_word`);
- a unit word carries a key of its unit, the same for each spelling of one unit of one size
  ("km" / "kilometres"; "20 km" and "20 miles" stay two roles), and a temperature's scale the
  same key whether written as a word after "degree(s)" or as a letter after "°"
  (`unit_keys`). Another scale ("°F" / "Celsius") or another unit shares no key.
"""
from __future__ import annotations

from .energy_units import symbol_unit
from .facts import MEASURES, SIZES, Parsed, Token, measure_unit

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
