"""A place's name glued to an acronym in a body's name: "UAMarlow" is a university at
Marlow, "the UAMarlow buoy record" the record that university keeps there.

Names of institutions fuse an acronym of the body with the name of its seat, one word with no
space between. Read as one name, it is another actor than the claim's "Marlow buoy record",
and a sentence stating the claim's figures under it was a contradiction. The glued word's
last part, from the capital that opens a word of lower-case letters after the run of
capitals, is the claim's name itself: the same place, and no rival of it. Only a glued run of
two capitals or more ("UA", "NOAA"): a name that only starts with a capital word ("Newmarlow",
"NewMarlow") is another place. Capitals and lower-case letters are any cased script's, as in
names (`facts.NAME_RE`): "ÉTSMontval" is a body at Montval too.
"""
from __future__ import annotations

import re

from ..text.scripts import capitals
from .facts import Mention

# "UA" of "UAMarlow": the acronym before the seat, a capital and a lower-case letter
GLUED = re.compile(rf"[{capitals()}]{{2,}}(?=[{capitals()}][^\W\d_{capitals()}])")


def glued_seat(mine: Mention, theirs: Mention) -> bool:
    """The sentence's name, with the acronyms glued before its words set apart, ends with
    the claim's name, which it is not ("UAMarlow" / "Marlow")."""
    if mine.family != "name" or theirs.family != "name" or mine.text == theirs.text:
        return False
    words = GLUED.sub(lambda match: match.group() + " ", theirs.text).split()
    own = mine.text.split()
    return len(words) > len(own) and words[-len(own):] == own \
        and theirs.text.split()[-len(own):] != own
