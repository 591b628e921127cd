"""A speaker's pointer before the claim's place: "Down in Varnholm, ..." -> "In Varnholm, ...".

Speech points at a place before naming it: "Down in Varnholm, the pier floods twice a year",
"Out on the Kessel plateau, ...", "Way up in Tarn, ...". The particle ("down", "up", "out",
"over", "back", "off", "away", with "way" or "right" to stress it, "here" or "there" after it)
says where the place lies from the speaker, which no source states; the phrase after it is
the claim's setting, as "In Varnholm, ..." says. Left in, "down" and "up" are words of
change: "Down in Varnholm, the tide reaches up to 4 m" was contradicted by the source's "up
to 4 m" (the claim says down, the source up), and the particle was weighed as a word no
sentence states.

Read only in one syntactic place: the claim's first words, the particle right before a
preposition of place ("in", "on", "at", "near", "along", "off") whose object is a name (a
capitalised word, "the" before it allowed). After a verb the same particle is the fact
("prices went down in Tarn"), and before a figure or a lower-case word it is a change ("Down
by 5%", "Up in value"): both stay as written. The place itself is kept.

"Back" before "in" and a year at the start ("Back in 2014, ...", "Back in March 2014 the
mission ...") points the same way, to a time: the year says when, and the claim reads as "In
2014, ...". It was `discourse.unpointed` until round 74; one reader now holds both, and
what is left must be a clause (`discourse.clause`), as it had to be there.
"""
from __future__ import annotations

import re

from .clause_size import clause

# "Down in", "Way up on", "Right out at", "Down here in", "Back over in": the speaker's pointer,
# then a preposition of place and a name
POINTER_RE = re.compile(
    r"^(?:(?i:way|right)\s+)?(?i:down|up|out|over|back|off|away)"
    r"(?:\s+(?i:here|there))?\s+(?=(?i:in|on|at|near|along|off)\s+(?:the\s+)?[A-Z])")
# "Back in 2014", "Back in March 2014": the pointer before a year
BACK_RE = re.compile(r"^Back\s+(?=in\s+(?:[A-Za-z]+\s+)?\d{4}\b)")


def pointed_place_read(text: str) -> str:
    """`text` without the speaker's pointer before its opening place or year (itself without
    one)."""
    match = POINTER_RE.match(text) or BACK_RE.match(text)
    if match is None:
        return text
    rest = text[match.end():]
    if not clause(rest):
        return text  # "Back in 2014, yes.": too little left to be the claim
    return rest[0].upper() + rest[1:]
