"""A fact the claim says was proved, by a sentence that only holds it possible: "The agency
confirmed that the lake had its lowest level in a century" / "The agency claimed that the lake
may have had its lowest level in a century".

A verb of proof ("confirmed", "established", "proved", "has been shown to") is factive: it
presents its clause as true and adds who made it certain. Support weighs words by rarity, so
a sentence stating the clause reaches SUPPORT with the verb of proof as one tolerated word,
the frame of a report like "said". But when the sentence itself holds the clause only
possible or believed ("may have had", "suggest", "is likely", "claimed"), the claim's
certainty is its own: the claim says more than the sentence, as `qa.claims.certainty` reads
"will" against "is likely to". Only a verb of proof that governs a clause is read ("confirmed
that", "shown to be"; not "showed up", "showed a lack of"), and only when the sentence does
not state the verb itself (any form or synonym of it: then the sentence's own frame is the
claim's).

The verbs are the members of WordNet 3.0's verb synsets of proof (verb.communication and
verb.cognition): "prove, demonstrate, establish, show, shew" (establish the validity of
something), "confirm, corroborate, substantiate, affirm" (establish or strengthen as with new
evidence) and "verify" (confirm the truth of); `PROOF` spells their forms out and leaves out "shew"
and "affirm" (measured: round 83, tolerated90). The sentence's words of doubt are those
`certainty` reads as expecting, the modals of possibility ("may", "might", "could") and the
reporting verbs WordNet glosses as asserting without proof ("claim", "allege").
"""
from __future__ import annotations

from .certainty import EXPECTING
from .facts import Parsed

PROOF = frozenset(
    "prove proves proved proven proving demonstrate demonstrates demonstrated demonstrating "
    "establish establishes established establishing show shows showed shown showing "
    "confirm confirms confirmed confirming corroborate corroborates corroborated "
    "substantiate substantiates substantiated verify verifies verified".split())
POSSIBLE = frozenset("may might could".split())  # a possibility, not a fact
UNPROVED = frozenset("claim claims claimed allege alleges alleged".split())
DOUBTING = EXPECTING | POSSIBLE | UNPROVED
# what opens a clause after the verb of proof: "confirmed that ...", "shown to be ..."
CLAUSE_OPENERS = frozenset(("that", "to"))


def proof_verbs(claim: Parsed) -> list[int]:
    """The claim's verbs of proof that govern a clause: the next word opens it ("that",
    "to"); "has been shown to be", "established that"."""
    tokens = claim.tokens
    return [i for i, t in enumerate(tokens[:-1])
            if t.word.lower() in PROOF and tokens[i + 1].word.lower() in CLAUSE_OPENERS]


def proof_unsaid(claim: Parsed, sentence: Parsed, told: frozenset[str]) -> bool:
    """The claim says its clause was proved (`proof_verbs`), by a verb whose terms the
    sentence does not state (`told`: every claim term it states, in any form), and the
    sentence holds the clause only possible or believed (a word of `DOUBTING`)."""
    found = proof_verbs(claim)
    if not found or all(told.issuperset(claim.tokens[i].terms) for i in found):
        return False
    return not DOUBTING.isdisjoint(t.word.lower() for t in sentence.tokens)
