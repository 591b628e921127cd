"""Whether the word after a figure can be the noun the figure counts.

`compare.swapped_numbers` reads a figure given to another noun ("9,300 soldiers and 2,150
police" against a claim pairing 2,150 with soldiers) from the first content word after each
figure. Two words there are no such noun, and reading them so made true claims contradicted:
- a word after a clause break: in "A accounts for 12%, B 7%" the 12% counts nothing named
  after it, and "B" opens the next item of the list, the owner of the next figure;
- a preposition: "$40 per month", "$15 towards the levy" leave the figure's noun unsaid (the
  sum itself), and "per" / "towards" name no counted thing for another figure to be given.
"""
from __future__ import annotations

from .facts import Token

# prepositions the stopword list keeps as content words, and the common ones it drops (so
# that a list edited there changes nothing here)
PREPOSITIONS = frozenset(
    "aboard about above across after against along alongside amid amidst among amongst around "
    "as at before behind below beneath beside besides between beyond by despite during except "
    "for from in inside into like near of off on onto over past per since than through "
    "throughout till to toward towards under underneath unlike until upon versus via with "
    "within without".split())


def counts_nothing(unit: Token) -> bool:
    """The word after a figure opens another clause or list item, or is a preposition."""
    return unit.brk or unit.word.lower() in PREPOSITIONS
