"""A claim's name told in a clause the sentence does not tell.

"The harbour's dock at Velden was already full, so any new ferries would need the council's
leave to buy land" joins two clauses; a sentence that tells only the second ("New ferries for
the North District would need the council's leave to buy land") states the claim's deed but
not the clause that holds its name. Its "North District" stands in the second clause's place,
not in Velden's: another part of the story, not another actor of the claim's event. The
claim's name is still unstated, so the sentence does not support the claim; but it does not
contradict it either.

A clause is what the claim's clause marks (a comma, a colon, a dash) bound around the name;
it is told when the sentence states at least half of its content words (a synonym counts), its
names aside (they are what is compared). A claim of one clause has no other clause to tell:
its name is its event's.
"""
from __future__ import annotations

from .facts import Mention, Parsed, clause_bounds
from .vocabulary import Vocabulary

TOLD = 0.5  # share of the name's clause's content words the sentence must state
MIN_WORDS = 2  # a clause of fewer content words is too short to be told apart


def name_in_untold_clause(claim: Parsed, name: Mention, sentence: Parsed,
                          vocab: Vocabulary) -> bool:
    """The claim's `name` stands in a clause (not the whole claim) of which the sentence
    states under TOLD of the content words."""
    low, high = clause_bounds(claim, name.start, name.end)
    if low == 0 and high >= len(claim.text.rstrip(" .")):
        return False
    names = [(m.start, m.end) for m in claim.mentions if m.family == "name"]
    words = [t for t in claim.tokens if low <= t.start < high and t.terms
             and not any(s <= t.start < e for s, e in names)]
    if len(words) < MIN_WORDS:
        return False
    groups = vocab.expand(sentence.terms)
    told = sum(any(vocab.matches(term, sentence.terms, groups) for term in t.terms)
               for t in words)
    return told < TOLD * len(words)
