"""A claim's place the sentence leaves to its document's title, for a contradiction:
"In 2031, 340 people in Norland died of cold" / the sentence "In 2031, 4,100 people died of
the cold" under the title "2033 Norlandic cold wave".

`check.with_heading` lends the headings' names and year to a sentence that leaves them to its
title, and did so for support only: a sentence stating every word of a claim but its place,
with another figure, went not_found, its place "unverified", though the article it opens is
about that place. A name is lent to a conflict only when the sentence names no other name of
its kind (an own place of the sentence is its event's, "In Velden, 40 died", never the
title's), and only the claim's names that the heading names (a demonym names its country,
`compare.name_found`); the rest of the claim is asked of the sentence as before. Only to
conflicts of value (a figure, a date): a relation one-link opposites find between words of
different clauses ("low-lying islands" / "reef islands being able to grow") is too loose a
reading to be lent a name (a true real-world claim was contradicted so, round 67).
"""
from __future__ import annotations

from ..types import VALUE_KINDS
from .compare import name_found, same_kind
from .facts import Parsed
from .vocabulary import Vocabulary


def lent_names(claim: Parsed, a, heading: Parsed | None, vocab: Vocabulary) -> list:
    """The claim's names the alignment `a` leaves unstated and the heading names, where the
    sentence names no other of their kind; empty if any unstated name is not so named."""
    if heading is None or not heading.mentions \
            or not all(c.kind in VALUE_KINDS for c in a.conflicts):
        return []
    names = [m for m in a.found.unstated if m.family == "name"]
    if not names or not all(name_found(m, heading, vocab) for m in names):
        return []
    if any(same_kind(m, s) for m in names for s in a.parsed.mentions):
        return []
    return names
