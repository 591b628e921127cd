"""How much of a claim's point a supporting sentence leaves unverified, and how sure its
support then is.

A sentence supports a claim when it states enough of the claim's weight (`shares.SUPPORT`)
and of its point (`shares.POINT`), so a long sentence that matches most of a claim may leave
one or two of its rare words unsaid: "Lightning on Tarrow Isle burned 900 hectares of
orchards" by "... lightning burned 900 hectares of heathland". The words it leaves out are
the report's `unverified`. Such supports are right less often than those that leave nothing
of weight unsaid, and the more of the claim's point (`check.point_weights`: its words
weighted by rarity and by how few retrieved passages state them) they leave, the less often:
on the read real-world sets, supports leaving nothing of the point were 0.96 right, those
leaving at least UNSURE_LEFT of it 0.71 (bench/README, unverified81). The verdict stands (most
of them are still right: a verb paraphrased, "climbed" for "rose"), but its confidence stays
below `calibration.SURE`, which promises at least 0.85 right.
"""
from __future__ import annotations

from .calibration import SURE
from .facts import Parsed

# share of the claim's point a support leaves unverified from which it is not sure
UNSURE_LEFT = 0.2
# the confidence such a support keeps at most: just below sure
UNSURE = round(SURE - 0.05, 3)


def point_left(claim: Parsed, points: dict[str, float], said: frozenset[str]) -> float:
    """The share of the claim's point (`points`) in the words the sentence leaves unverified:
    each word outside the claim's names, figures and dates (which support needs stated
    anyway) with a term of weight, not every term of which the sentence states (`said`, as
    `check.claim_facts` reports them)."""
    total = sum(points.values())
    if not total:
        return 0.0
    inside = [(m.start, m.end) for m in claim.mentions]
    left = 0.0
    for token in claim.tokens:
        terms = [t for t in token.terms if points.get(t, 0) > 0]
        if terms and not said.issuperset(terms) \
                and not any(s <= token.start < e for s, e in inside):
            left += sum(points[t] for t in terms)
    return left / total


def support_sureness(confidence: float, claim: Parsed, points: dict[str, float],
                     supports: list[frozenset[str]]) -> float:
    """The confidence of a supported verdict whose supporting sentences (the claim terms
    each states, `supports`) all leave at least UNSURE_LEFT of the claim's point unverified:
    at most UNSURE."""
    if supports and all(point_left(claim, points, said) >= UNSURE_LEFT for said in supports):
        return min(confidence, UNSURE)
    return confidence
