"""A sentence telling another actor's event of a series, read as the claim's actor replaced.

A report lists several actors doing the same thing one after the other: "On 3 May, the
Ferry Board announced it would sell its boats. Two days later, the Port Trust announced the
same. On 9 May, the Harbour Guild followed." The claim "the Harbour Guild announced on 9 May
that it would sell" is stated by the third sentence; the second tells the same kind of deed
by another actor, and a name in the claim's actor's place reads as a contradiction.

The passage tells which event is the claim's: when another of its sentences names the claim's
actor together with every date the claim gives its event, that is the claim's event, and a
sentence that names another actor in its place without any of those dates tells another
event of the series, no contradiction of the claim's. A sentence that gives the claim's date
to another actor still contradicts ("the Port Trust announced on 9 May" / "On 9 May, the
Harbour Guild"), as does one the passage gives no rival date of the claim's actor.
"""
from __future__ import annotations

from ..types import ConflictKind
from .compare import name_found, stated_by
from .facts import DATE_FAMILIES, Parsed
from .vocabulary import Vocabulary


def another_of_series(claim: Parsed, sentence: Parsed, conflicts, sentences: list[Parsed],
                      vocab: Vocabulary) -> bool:
    """The sentence's only conflicts put other actors in the place of the claim's names, it
    states none of the claim's dates, and another sentence of the passage names those of the
    claim's actors with all of its dates."""
    if not conflicts or any(c.kind != ConflictKind.ACTOR for c in conflicts):
        return False
    dates = [m for m in claim.mentions if m.family in DATE_FAMILIES]
    if not dates or any(stated_by(d, claim, sentence, vocab) for d in dates):
        return False
    replaced = {c.claim for c in conflicts}
    actors = [m for m in claim.mentions if m.family == "name" and m.text in replaced]
    return bool(actors) and any(
        other is not sentence and all(name_found(m, other, vocab) for m in actors)
        and all(stated_by(d, claim, other, vocab) for d in dates) for other in sentences)
