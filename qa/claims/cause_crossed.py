"""A claim of cause and effect contradicted by a sentence that tells its relation crossed:
"Dust storms are what dried out the plain" against "The drying of the plain led to dust
storms", "Silting caused the erosion" against "Erosion of the banks results in silting".

`cause_reversed` already keeps such a sentence from supporting the claim, and it left the
claim not_found: a sentence that states both sides of the claim's relation, with the cause
and the effect each on the other's side, and no relation of it the claim's way, answers the
claim's question of which drove which. Read here as the claim's event reversed, placed by
the two markers of cause (`check.align` then asks the rest of the claim as of any conflict
no finder placed, CONTRADICT). The reading is `cause_reversed`'s own (`crossed_markers`), so
the veto and the contradiction never disagree on which sentences tell the claim's relation
the other way; a contradiction asks more of it: each side of the claim's relation must be
mostly on the sentence's other side (CROSSED of its weight, its dates left out as the
relation's setting, not its cause or effect). One word of the claim's effect found among
the sentence's causes ("a decline in reef fish" / "surveys of 62 reefs showed that heat
stress caused a loss of coral") withholds support, and is no account of the claim's effect.
"""
from __future__ import annotations

from .cause_reversed import crossed_markers, marked_relations, weight
from .facts import Parsed, Token
from .sequence import date_terms

CROSSED = 0.5  # share of each side's weight (dates aside) the sentence puts on the other side


def cause_crossed(claim: Parsed, sentence: Parsed, weights: dict[str, float]
                  ) -> tuple[Token, Token] | None:
    """The claim's marker of cause and the sentence's marker that tells the claim's relation
    crossed, each side mostly, or None."""
    found = crossed_markers(claim, sentence, weights)
    if found is None:
        return None
    mine, theirs = found
    dates = date_terms(claim)
    cause, effect = next((c, e) for c, e, m in marked_relations(claim) if m is mine)
    s_cause, s_effect = next((c, e) for c, e, m in marked_relations(sentence) if m is theirs)
    for side, other in ((cause, s_effect), (effect, s_cause)):
        own = side - dates
        if weight(own & other, weights) < CROSSED * weight(own, weights):
            return None
    return found
