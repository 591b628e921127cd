"""A sentence that states a claim's names and nothing else of it.

Names weigh heavily in coverage (rare words, often several of them: "the Little Ice Age"), so
a sentence that only names what the claim is about can reach SUPPORT while stating none of
what the claim says of it: "the fleet is leaving the Northern Basin" against "the Northern
Basin was surveyed in 1990". When the claim has words of its own outside its names (a verb,
a noun it predicates), the sentence must state at least one of them to support it."""
from __future__ import annotations

from .facts import Parsed, inside_name


def names_alone(claim: Parsed, weights: dict[str, float], stated: set[str] | frozenset[str]
                ) -> bool:
    """The claim has weighed words outside its names and `stated` (the claim terms the
    sentence states, however) holds none of them, while it holds a name's."""
    own = {term for token in claim.tokens if not inside_name(claim, token)
           for term in token.terms if weights.get(term, 0) > 0}
    named = {term for token in claim.tokens if inside_name(claim, token)
             for term in token.terms if weights.get(term, 0) > 0}
    return bool(own) and not own & stated and bool(named & stated)
