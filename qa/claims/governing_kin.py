"""A claim's verb reworded, in a sentence that conflicts with it on a value, by a kin of it
that governs the sentence's value as the claim's verb governs the claim's: the verb counted
for the rest ("the panel laid out four plans" / "the panel offered two plans").

The rest keeps neighbouring events apart, so a kin of a claim's verb anywhere in the sentence
does not count for it (it turned supported claims contradicted, bench/README round 40): only
a verb standing right before the value in conflict in both texts, the value its object in
each ("laid out four" / "offered two"): the two texts then tell one deed of the one thing
they count differently. The kin are `qa.claims.predicate_kin`'s (WordNet paraphrases of a
past verb and of its derived forms, and the single verbs of a phrasal verb).
"""
from __future__ import annotations

from .compare import DETERMINERS
from .facts import Parsed
from .predicate import PARTICLES
from .predicate_kin import claim_kin, word_forms


def governing_kin(claim: Parsed, sentence: Parsed, conflicts) -> frozenset[str]:
    """The terms of the claim's verb (or phrasal verb) standing right before a value in
    conflict, where the word right before the sentence's value is a kin of it (not the same
    word: that the rest counts already)."""
    found = set()
    for conflict in conflicts:
        mine = claim.text.find(conflict.claim)
        theirs = word_before(sentence, conflict.span[0])
        if mine < 0 or theirs is None or not theirs.word.isalpha():
            continue
        verb = word_before(claim, mine)
        if verb is not None and verb.word.lower() in PARTICLES:  # "laid out five"
            verb = word_before(claim, verb.start)
        if verb is None or not verb.terms or set(verb.terms) <= sentence.terms:
            continue
        forms = word_forms(theirs.word.lower())
        for terms, kin in claim_kin(claim):
            if set(verb.terms) <= set(terms) and not kin.isdisjoint(forms):
                found.update(terms)
    return frozenset(found)


def word_before(text: Parsed, start: int):
    """The word ending last before `start`, a determiner passed over ("approved the 2019
    budget"), unless a clause break stands between."""
    before = [t for t in text.tokens if t.end <= start]
    after = next((t for t in text.tokens if t.start >= start), None)
    while before and before[-1].word.lower() in DETERMINERS and not (after and after.brk):
        after = before.pop()
    if not before or after is not None and after.brk:
        return None
    return before[-1]
