"""A part the claim gives one party that the sentence gives another: "inspecting the ferries
is the harbour board's chief duty" is not stated by "the coast guard has the chief duty to
inspect the ferries".

`part_given` reads a swap of two parties' parts across the passage; a claim that names one
holder only was left to coverage, and the sentence, stating the noun of the part, its
modifiers and what the part is of, supported it with the holder's one name unverified, or
verified by a mention elsewhere in the passage. Who holds a noun of a part is read by
`held_roles` (the subject of "has", the genitive, "rests with X", the "of" after a predicate's
noun: "is the chief duty of X"). Where the claim's noun has a holder and the sentence gives
the same noun (its word, a synonym, a derived noun: `roles.verb_places`) a holder that is not
the claim's, both described by common nouns sharing no word ("the ferry company" / "the
river authority"; a name may be the other under another name: "the Mission" / the
acronym), and nowhere gives it the claim's, the sentence tells the part as another's.
Read only to withhold support: a part may be shared, and the sentence does not say the
claim's party lacks it.
"""
from __future__ import annotations

from .facts import Parsed, remembered
from .roles import holds, roles_at, verb_places
from .vocabulary import Vocabulary


def held_by_other(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence gives a noun the claim gives a holder to another holder only."""
    for n, mine in remembered(claim, ("held nouns", vocab), held_nouns, claim, vocab):
        token = claim.tokens[n]
        theirs = [r["holder"] for k in verb_places(token, sentence, vocab)
                  for r in [roles_at(sentence, k, vocab)] if r.get("holder")]
        if theirs and not any(holds(mine, claim, held, sentence, vocab) or shares_word(mine, held)
                              for held in theirs):
            return True
    return False


def held_nouns(claim: Parsed, vocab: Vocabulary) -> list:
    """(index, holders) of each word of the claim that has a holder: the claim's alone,
    remembered on its parse (most claims have none)."""
    return [(n, held) for n in range(len(claim.tokens))
            if (held := roles_at(claim, n, vocab).get("holder"))]


def shares_word(mine, theirs) -> bool:
    """Some holder of each shares a term, or either is a name: "the Norlandic council" and
    "the council of Norland" may be one body, and "the Agency's fleet" "ORVALIS's fleet",
    which names alone do not tie (a corpus names its setting several ways: "the Mission",
    the acronym); only two descriptions sharing no word are read as two holders."""
    return any(a.terms & b.terms or a.named is not None or b.named is not None
               for a in mine for b in theirs)
