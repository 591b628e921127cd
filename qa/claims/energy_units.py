"""A figure's unit of energy written in more than one word, or by its SI symbol: "400
terawatt-hours", "400 terawatt hours" and "400 TWh" are energy; "400 terawatts" and "400 TW"
are power.

Read a word at a time, "terawatt hours" was the power unit "terawatt" followed by another
word, so a claim of "29,000 terawatts" was supported by a sentence giving "29,000 terawatt
hours", and "400 GWh" (no unit at all) was set against "400 gigawatts" as a figure given to
another noun. Power and energy are two measures: a rate of work and an amount of it. A unit
of power followed by "hour(s)", joined by a space or a hyphen, is the energy that power gives
in an hour (the units table's "watt-hour", 3,600 joules, with every prefix); an SI symbol
(a prefix symbol, case as written, then "W", "Wh" or "J": `words.json` unit_symbols,
prefix_symbols) is the unit it stands for. A bare symbol without a prefix ("5 W") is left
alone: "W" after a figure is as often a compass point.

The same symbols name the units of mass, length and volume ("14 Gt", "612 Mt", "2.32 kg"):
an assessment's "455 Mt" was no unit at all, so a claim giving "455 million tonnes" found
the figure unstated, and a "310 Mt" of the same sentence paired with the claim's 455 as a
rival figure (a true claim called contradicted). The metre's bare "m" stays unread: an
encyclopedia's "higher than 9,000 feet (2,700 m)" gives one height twice, and read as a
second figure its metres were set against a claim's "higher than 7,000 feet".
"""
from __future__ import annotations

import re

from ..text.lexicon import words
from .metric_units import metric_units

HOURS_RE = re.compile(r"(?:\s+|-)hours?\b", re.I)


def symbols() -> dict[str, str]:
    """Each prefixed SI symbol of the table with the unit it stands for ("GWh": "gigawatt-hour",
    "kW": "kilowatt")."""
    table = words()
    return {prefix_symbol + symbol: prefix + unit
            for symbol, unit in table["unit_symbols"].items()
            for prefix_symbol, prefix in table["prefix_symbols"].items()}


SYMBOLS = symbols()
POWER_UNITS = frozenset(unit for unit, (measure, _) in metric_units().items()
                        if measure == "power")


def symbol_unit(word: str) -> str:
    """The unit a prefixed SI symbol stands for, case as written ("MWh", not "mwh"; "Mt", not
    "mt"), or ""."""
    return SYMBOLS.get(word, "")


def hours_of_power(unit: str, text: str, end: int) -> str:
    """The unit a figure is in, when the unit word `unit` ends at `end` in `text`: a unit of
    power followed by "hour(s)" is the unit of energy ("megawatt hours": "megawatt-hour")."""
    if unit in POWER_UNITS and HOURS_RE.match(text, end):
        return unit + "-hour"
    return unit
