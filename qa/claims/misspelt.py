"""A long acronym written with one letter dropped or added is the same name misspelt, no
rival actor: a report that writes "ORVALIS" throughout and once "ORVLIS" means one body.

Acronyms are written letter by letter and proof-read less than words, so a report's one-off
slip ("ORVLIS" for "ORVALIS") reaches the parse as a name of its own. Read as another actor,
it made a rival of the claim's actor in a sentence telling the claim's own event (`compare.
candidate`): a true claim contradicted. (Also reading the misspelt name as the claim's actor
present in the sentence, `check.another_named`, was tried: it let a false claim that the
misspelt sentence's other readings do not reverse be supported; not kept.) Two distinct
bodies whose acronyms differ by one letter exist, but mostly by one letter changed (two
missions "...SMA" and "...SCA"), not dropped; and short acronyms differ by a dropped letter
often ("UNMIS" / "UNMISS"), so only acronyms of LONG letters at least, one letter dropped
from the other, count. Read only to keep a rival out, never to state the claim's name for
support.
"""
from __future__ import annotations

from .facts import Mention

LONG = 6  # the shorter acronym's letters: "ORVLIS" is long enough to be a slip, "UNMIS" not


def acronym(text: str) -> bool:
    return text.isalpha() and text.isupper()


def one_dropped(longer: str, shorter: str) -> bool:
    """`shorter` is `longer` with one letter left out."""
    if len(longer) != len(shorter) + 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(longer, shorter)) if a != b), len(shorter))
    return longer[at + 1:] == shorter[at:]


def misspelt(mine: Mention, theirs: Mention) -> bool:
    """The two names are one long acronym, one of them written with a letter dropped."""
    if mine.family != "name" or theirs.family != "name" or "country" in (mine.kind, theirs.kind):
        return False
    a, b = mine.text, theirs.text
    if not (acronym(a) and acronym(b)) or min(len(a), len(b)) < LONG:
        return False
    return one_dropped(a, b) or one_dropped(b, a)
