"""A deadline given otherwise where the sentence has one deadline, as the claim does.

"gave the mission until June 2024 to finish leaving" against "decided that the mission's
withdrawal would be completed by December 2023": each text has one date that ends a span
(`deadlines.other_deadline` reads them), and it is that date, in that role, that differs. As a
count in its place (`qa.claims.count_place`) or a relation reversed beside the same word, the
conflict is placed by the sentence's own reading: the rest needs only `check.REVERSED_REST`,
when a name of the claim is in the sentence too (the corpus's setting among them: "the
Council" sets the mission's deadline in reports on the mission): two deadlines of two bodies
are two events.
"""
from __future__ import annotations

from ..types import ConflictKind
from .deadlines import other_deadline
from .facts import Parsed


def deadline_in_place(conflicts, claim: Parsed, sentence: Parsed) -> bool:
    """Every conflict is a part of the claim's one deadline set against the sentence's one
    deadline, and the sentence names one of the claim's names besides."""
    if not conflicts or any(c.kind != ConflictKind.DATE for c in conflicts):
        return False
    parts = {mine.text for mine, _ in other_deadline(claim, sentence)}
    if not parts or any(c.claim not in parts for c in conflicts):
        return False
    lowered = sentence.text.lower()
    return any(m.family == "name" and m.text.lower() in lowered for m in claim.mentions)
