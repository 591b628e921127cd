"""The metric units of mass, volume, power, energy and length with their SI prefixes, read from
a table (`words.json`: measure_units, unit_prefixes, metric_tons), for `facts.MEASURES` and
`facts.SIZES`.

Scientific and encyclopedic text gives one quantity in whichever unit its source used:
"85 teragrams" is "85 million tonnes", "3.4 gigawatts" is "3,400 megawatts". Without these
units a claim's figure in one of them was never stated by the sentence's figure in another
(a true claim left unverified, or called contradicted by a rival figure of the passage), and
"85 million kilograms" was no conflict with "85 teragrams". With each unit's measure and size,
`compare.agree` converts two units of one measure before comparing, as it does for durations
and lengths. A prefix times the base unit's size is the prefixed unit's size: no list of
prefixed words. "ton" alone is left out (a short ton in American text is 10 percent lighter
than a tonne); with the prefixes the table names ("gigaton") it is the metric tonne.
"""
from __future__ import annotations

from ..text.lexicon import words


def metric_units() -> dict[str, tuple[str, float]]:
    """Each unit's measure and size in the measure's base unit, singular ("kilotonne": mass,
    1e9 grams), for every base unit of the table with and without every prefix."""
    table = words()
    prefixes = table["unit_prefixes"]
    units: dict[str, tuple[str, float]] = {}
    for base, (measure, size) in table["measure_units"].items():
        units[base] = (measure, float(size))
        for prefix, factor in prefixes.items():
            units[prefix + base] = (measure, float(size) * factor)
    tonne = table["measure_units"]["tonne"]
    for base, allowed in table["metric_tons"].items():
        for prefix in allowed:
            units[prefix + base] = (tonne[0], float(tonne[1]) * prefixes[prefix])
    return units
