"""Whether a sentence that gives another figure for the very thing the claim's figure counts
is the claim's event although it rewords the claim's predicate.

A contradicting sentence must state the claim's event, a share of its words besides names,
figures and dates (`check.EVENT`), unless the claim's other facts place its one differing value
there (`qa.claims.anchored`: two of them, one a name). A claim that rewords its verb and gives
one other fact besides the count falls short of both, although the sentence tells the same
fact with another figure: "By 3 May 2031 the guild had 6,410 river pilots on duty" / "on 3 May
2031 the guild still had only 4,410 river pilots, short of its target". The two figures count
the same thing, said by two content words or more after each ("river pilots"), and the sentence
states another typed fact of the claim (the date): `qa.claims.counted_place` already reads that
as the claim's value replaced in its place for the rest (`check.REVERSED_REST`); the thing
counted is the anchor a name is for `anchored`, so it places the figure in the claim's event as
well, which then needs only some word of the predicate (`anchored.ANCHORED_EVENT`), as an
anchored value does.

The guards are `anchored`'s: what the claim's verb acts on is stated (`anchored.object_stated`:
the same counted thing under another deed is another fact), and the sentence's figure does not
count a verb the claim does not state, done by an actor the claim does not name
(`value_event.another_actors_value`); and a claim name other than the corpus's setting that the
passage never states keeps the figure another actor's (`anchored.name_absent`).
"""
from __future__ import annotations

from .anchored import ANCHORED_EVENT, name_absent, object_stated
from .compare import name_found
from .counted_place import counted_in_place
from .facts import Parsed
from .share_whole import share_in_place
from .value_event import another_actors_value
from .vocabulary import Vocabulary


def counted_event(conflicts, found, claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                  background: set[str], event: float) -> bool:
    """One figure in conflict counting the claim's own thing in an event another typed fact of
    the claim places (`counted_place.counted_in_place`), with some word of the predicate
    stated, what the claim's verb acts on stated, and neither an absent name nor another
    actor's deed counted."""
    return event >= ANCHORED_EVENT \
        and (counted_in_place(conflicts, claim, sentence, found, background)
             or share_in_place(conflicts, claim, sentence, found, vocab, background)) \
        and not name_absent(found, background) and object_stated(claim, sentence, vocab) \
        and not another_actors_value(conflicts[0], claim, sentence, vocab,
                                     lambda name, text: name_found(name, text, vocab))
