"""A figure in one unit of a measure against the same quantity given in another unit of it:
"about 40 miles" / "64 km (40 mi)".

Encyclopedic text gives a measurement twice, the second converted in brackets ("a swell of
9.8 feet (3 m)"). A claim that rounds the figure with a hedge ("about 10 feet") may be
stated, within the hedge, by the converted figure rather than by the one in its own unit;
`compare.swapped_numbers` then read the sentence's figure in the claim's unit as the claim's
unit given to another number, and a true claim was called contradicted by its own
measurement. Two units of one measure (two lengths, two durations) measure one thing, so a
figure in one is no count of another noun when, converted to the claim's unit, it still
states the claim's figure. Converted first: a vague figure ("hundreds of metres") is stated
by any figure in its range before conversion (197 feet, which is 60 metres), and that is a
conflict, as before.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .facts import MEASURES, SIZES, Mention, Token, measure_unit


def one_measure(mine: Token | None, theirs: Token | None) -> bool:
    """The claim's unit and the sentence's are two units of one measure ("inches" / "cm",
    "weeks" / "months"), not two things counted ("troops" / "police")."""
    return mine is not None and theirs is not None \
        and same_measure(measure_unit(mine.word), measure_unit(theirs.word))


def same_measure(unit: str, other: str) -> bool:
    """Two units (singular, as `MEASURES` keys them) measure one thing."""
    kind = MEASURES.get(unit)
    return kind is not None and kind == MEASURES.get(other)


def other_measures(mention: Mention, source: Mention) -> bool:
    """The two figures are in units of two different measures ("400 gigawatts" of power,
    "400 gigawatt-hours" of energy): not one quantity, so the same number states nothing,
    and neither is the other's rival value. Only units the table knows; a figure without
    a unit, or with a noun ("400 homes"), is left to the readings of what it counts."""
    kind, other = MEASURES.get(mention.unit), MEASURES.get(source.unit)
    return kind is not None and other is not None and kind != other


def other_unit_of_measure(mention: Mention, source: Mention) -> bool:
    """The two figures are given in two different units of one measure."""
    return bool(mention.unit and source.unit) and mention.unit != source.unit \
        and same_measure(mention.unit, source.unit)


def converted(mention: Mention, mine: Token | None, source: Mention, theirs: Token | None,
              agree: Callable[[Mention, Mention], bool]) -> bool:
    """The sentence's figure `source` (in unit `theirs`) is the claim's figure (in unit `mine`)
    in another unit of the same measure: converted to the claim's unit, it states it
    (`agree`, the figure comparison with its hedges)."""
    if not one_measure(mine, theirs) \
            or not all(isinstance(m.value, (int, float)) for m in (mention, source)):
        return False
    unit = measure_unit(mine.word)
    value = float(source.value) * SIZES[measure_unit(theirs.word)] / SIZES[unit]
    return agree(replace(mention, unit=unit), replace(source, value=value, unit=unit))


def in_unit_of(mention: Mention, source: Mention) -> Mention:
    """The sentence's figure `source` in the claim's unit, when the two are units of one
    measure ("60 gigatonnes" read as 6e10 tonnes against "60 billion tonnes"); else as it is.
    The readings that find a figure no rival because a hedge or a range holds it
    (`compare.overlapping`, `compare.inside_bound`) compare values: across two units they
    set the range "between 60 and 100 billion tonnes" against "100 gigatonnes" as against
    a hundred, and a true claim was called contradicted by its own range's end."""
    if not other_unit_of_measure(mention, source) or not isinstance(source.value, (int, float)):
        return source  # most pairs: a bare figure, or one unit
    return replace(source, value=float(source.value) * SIZES[source.unit] / SIZES[mention.unit],
                   unit=mention.unit)


def shared_unit_differs(mention: Mention, source: Mention) -> bool:
    """The claim's figure and the sentence's are the same number in two units of one measure
    of different sizes, a unit being a range's, written once after its second end ("between
    3 and 40 metres" / "from 3 to 40 cm": the 3 is in metres, and in centimetres).
    `compare.agree` lets the same number in two units agree as figures and leaves the units'
    conflict to `compare.other_units`, which reads the unit written after each figure; a
    range's first end has none written after it, and a false claim was supported by its own
    number in the other unit."""
    return mention.value == source.value and other_unit_of_measure(mention, source) \
        and SIZES[mention.unit] != SIZES[source.unit]
