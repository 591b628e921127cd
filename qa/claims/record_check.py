"""A record's verdict needs each of its fields (`qa.claims.record_fields`): a record is a set
of facts, one a field, and read as one text its support or conflict may leave a field out.

Read as its values joined, a record states its event in a noun phrase ("contingent
withdrawal from Norvik"), not a verb, so no reading of the predicate asks that the evidence
tell of the same event: a date of another event of the same parties contradicted it. And a
field of a few words among many may be left unverified by a support as a stray word is
("Guild position: endorsed" by a sentence on the levy alone). So a supported or
contradicted record is not found when a field is not stated by its evidence:
- every word of a field's value unverified (for a support: a conflict states the value
  otherwise, so its words are no sentence's);
- or, for a contradiction by dates alone, the head of a value read alone (its name only
  framed it: "Event: ..."), the last word before its first preposition, unverified: the
  date is of another event than the one the record is about. (Measured on every
  contradiction, the test also took right ones whose event noun a sentence rewords as a
  verb beside a place or a figure in conflict.)
"""
from __future__ import annotations

import re

from ..text.analyze import load_stopwords
from ..types import CheckResult, ConflictKind, Stance, Verdict
from .record_fields import date_alone, name_frames, record_fields

WORD_RE = re.compile(r"[^\W\d_]+")
# where a noun phrase's head ends: a preposition, a list, a bracket
HEAD_END_RE = re.compile(r"\s(?:of|from|to|by|in|on|for|with|at|against|over|under)\s|[,;(+]")


def field_unstated(claim: str, result: CheckResult) -> bool:
    """The supported or contradicted record leaves one of its fields unstated (above)."""
    if result.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED) or not result.unverified:
        return False
    fields = record_fields(claim)
    if fields is None:
        return False
    left = {w.lower() for item in result.unverified for w in WORD_RE.findall(item)}
    dated_otherwise = date_conflicts_only(result)
    for name, value in fields:
        words = [w.lower() for w in WORD_RE.findall(value) if w.lower() not in load_stopwords()]
        if result.verdict == Verdict.SUPPORTED and words and all(w in left for w in words):
            return True
        if dated_otherwise and name_frames(name, value) and not date_alone(value) \
                and head(value) in left:
            return True
    return False


def date_conflicts_only(result: CheckResult) -> bool:
    """The result is contradicted by dates alone."""
    conflicts = [c for e in result.evidence if e.stance == Stance.CONTRADICTS
                 for c in e.conflicts]
    return result.verdict == Verdict.CONTRADICTED and bool(conflicts) \
        and all(c.kind == ConflictKind.DATE for c in conflicts)


def head(value: str) -> str:
    """The last word of the value's first phrase, lower case ("contingent withdrawal from
    Norvik" -> "withdrawal"); "" for none."""
    words = WORD_RE.findall(HEAD_END_RE.split(value, maxsplit=1)[0])
    return words[-1].lower() if words else ""
