"""A claim of clauses one of which the sources contradict, read alone, is contradicted.

A claim that joins two facts ("The council first approved the quay in March 2019, with a
budget for two cranes") asserts both: one false makes the claim false. Read whole, the
conflicting sentence tells only the clause it conflicts with ("The council approved the quay
in May 2019"), so the rest of the claim, the other clause's words, stays unstated and the
conflict falls below the share of the rest a contradiction needs (`check.CONTRADICT`): the
claim is left not_found. Read alone, the clause has no such words to miss.

`clause_parts.read_by_clauses` already reads such a claim clause by clause when the whole is
not_found (to find each clause supported); this takes the verdict of a clause it read and
found contradicted, with that clause's evidence. Every gate of a contradiction holds for the
clause as for any claim (the same event, the same role, one kind of fact). No clause is read
again here: the cost is nothing beyond what `read_by_clauses` spends.
"""
from __future__ import annotations

from dataclasses import replace

from ..types import CheckResult, Verdict


class PartReader:
    """`check_one` for `read_by_clauses`, remembering the first clause found contradicted."""

    def __init__(self, check_one):
        self.check_one = check_one
        self.contradicted: CheckResult | None = None

    def __call__(self, part: str) -> CheckResult:
        result = self.check_one(part)
        if result.verdict == Verdict.CONTRADICTED and self.contradicted is None:
            self.contradicted = result
        return result


def contradicted_by_part(result: CheckResult, reader: PartReader) -> CheckResult:
    """`result` (the claim's verdict after its clauses were read), or, when it is still
    not_found and a clause was contradicted, the claim contradicted by that clause's
    evidence."""
    part = reader.contradicted
    if result.verdict != Verdict.NOT_FOUND or part is None:
        return result
    return replace(result, verdict=Verdict.CONTRADICTED, confidence=part.confidence,
                   disagreement=part.disagreement, evidence=part.evidence,
                   unverified=part.unverified)
