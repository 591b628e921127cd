"""A claim's country named by the capital that acts for it in the sentence.

A capital acting stands for its country's government: "Valdria says the port is closed"
tells what "The Ostrian government says" tells, when Valdria is Ostria's capital. The
support test for another actor (`check.another_named`) already takes such a capital as no
rival of the claim's country (`compare.government`); but it still counted the claim's
country itself, written as a demonym or a name the sentence never spells ("The Ostrian
government", "Ostria's leaders"), as an actor the sentence leaves out, and then took the
sentence's next name ("the alliance with the Kestrel Group") as the actor in its place: a
true claim naming a government by its people's adjective was not found.

`named_by_capital` says the claim's country name is stated when it is the claim's first name
and the sentence's first name after its opening phrase is that country's capital, acting (not a
place: "in Valdria" is a place inside the country, not its government,
`compare.governing_country`). Both first: the two stand in one role. A capital acting elsewhere
in the sentence is no evidence for the claim's actor ("Valdria says the Ostrian ... " against
"The Ostrian government says Valdria ...": the two governments swapped). Read by five tests of
another actor: the rival of the claim's country (`compare.rival_of`: none); the claim's name
left unstated (`check.another_named`), its one country set against the sentence's one other
(`check.lone_country`: "Valdria says the Sudlandic port ..." has no Sudland in the place of the
claim's Ostria), and a word the claim gives its country that the sentence gives another
(`opposition.owner_swapped`, and for abstention `named_modifier.modifier_elsewhere`: the
claim's "government" is the capital itself, not the "Sudlandic government" the capital speaks
of).
"""
from __future__ import annotations

from typing import Callable

from .facts import Mention, Parsed


def first_name(text: Parsed, start: int = 0) -> Mention | None:
    """The text's first name at or after `start`."""
    return min((m for m in text.mentions if m.family == "name" and m.start >= start),
               key=lambda m: m.start, default=None)


def named_by_capital(name: Mention, claim: Parsed, sentence: Parsed, opening: int,
                     governing: Callable[[Mention, Parsed], str | None]) -> bool:
    """The claim's country name (`name`, kind "country"), its first name, has its capital
    acting as the sentence's first name after `opening` (where its subject starts).
    `governing` is `compare.governing_country` (passed in: `compare` asks this too)."""
    if name.kind != "country" or not name.value or first_name(claim) is not name:
        return False
    theirs = first_name(sentence, opening)
    return theirs is not None and governing(theirs, sentence) == name.value
