"""A reversed word of a claim's object, read against a sentence that tells none of its deed.

"The Velden ferry lost hull and sail support" against "Some operators arrived with
rot-resistant hulls and sail lofts": "support" and "resistant" are opposites, enough for
`compare.opposites` to find a relation conflict, and the sentence reached the rest a
contradiction needs by the claim's subject (the corpus's setting, which every sentence of a
report about it states) and one modifier it happens to share. A short claim of one subject
and one verb phrase has little else to state: a true one was contradicted (round 65,
leaddate69).

A conflict on a word of the claim's predicate is the claim's deed reversed only where the
sentence tells that deed: its main verb (`main_verb.main_verb`), by its word, a form or a
synonym (`told`). So: every conflict a relation, none placed in the claim word's own place
by its finder (`Conflict.placed`: a reversal read beside the same word or of the same head
names the claim's event by its own words), each on a word after the claim's main verb (its
object or complement, not the verb itself, whose reversal is the deed's own), and the
sentence states no term of that verb: another deed, no contradiction. A claim with no main
verb (a copula, "was weaker") has its predicate in the reversed word itself and is left to
the other checks.
"""
from __future__ import annotations

from ..types import ConflictKind
from .facts import Parsed
from .main_verb import main_verb


def verb_untold(claim: Parsed, conflicts, told: frozenset[str] | set[str]) -> bool:
    """Every conflict is an unplaced relation on a word after the claim's main verb, and the
    sentence states no term of that verb (`told`: the claim terms it states in any form)."""
    if not conflicts or any(c.kind != ConflictKind.RELATION or c.placed is not None
                            for c in conflicts):
        return False
    verb = main_verb(claim)
    if verb is None or not verb.terms or not told.isdisjoint(verb.terms):
        return False
    for c in conflicts:
        at = claim.text.find(c.claim, verb.end)
        if at < 0 or claim.text.find(c.claim, 0, verb.end) >= 0:
            return False  # the verb itself, or a word also said before it: left alone
        if any(t.brk for t in claim.tokens if verb.end <= t.start <= at):
            return False  # another clause's word ("Since the board added X, numbers have
            # grown": the first verb found is the opening clause's, not the reversed one's)
    return True
