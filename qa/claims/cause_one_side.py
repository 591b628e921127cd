"""A claim of cause and effect whose two sides the sentence puts on one side of its own
relation: "Floods cause erosion" is not stated by "Heavy rain causes floods and erosion",
where rain causes both and neither causes the other.

`cause_reversed` reads a sentence that crosses the claim's sides (its cause told as the
effect). A sentence may also hold both of the claim's sides as two effects of a third thing
(or two causes of one effect), and support weighs the claim's words, not the relation: the
claim's link between them was supported by a sentence that gives none. Here each relation
of cause of the sentence (`cause_reversed.relations`: its sides' content words around the
marker, a word both sides hold left out) is read against the heads of the claim's two sides
(`cause_other.relation_heads`: "Floods", "erosion"; a place or a modifier of a side is no
side): the sentence's relation holds both heads on one side and neither on the other. Where
some relation of the sentence does so and none keeps the claim's direction (the claim's
cause head on its cause side and its effect head on its effect side), support is withheld:
the sentence names the two things and links each only to a third.
"""
from __future__ import annotations

from .cause_other import relation_heads
from .cause_reversed import relations
from .facts import Parsed


def one_side(claim: Parsed, sentence: Parsed) -> bool:
    """Whether the sentence puts the heads of both sides of one of the claim's relations of
    cause on one side of a relation of its own, and keeps the claim's direction in none."""
    own = [(cause, effect) for cause, effect in relation_heads(claim)
           if cause is not None and effect is not None]
    if not own:
        return False
    theirs = relations(sentence)
    if not theirs:
        return False
    for cause_head, effect_head in own:
        cause, effect = set(cause_head.terms), set(effect_head.terms)
        joined = kept = False
        for s_cause, s_effect in theirs:
            if cause & s_cause and effect & s_effect:
                kept = True
                break
            for side, other in ((s_cause, s_effect), (s_effect, s_cause)):
                if cause & side and effect & side and not (cause | effect) & other:
                    joined = True
        if joined and not kept:
            return True
    return False
