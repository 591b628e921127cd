"""The word a claim states an absence with is stated by a sentence stating the same absence
in other words: "for want of funds" by "a lack of funds", "a paucity of records" by "the
absence of records", "lacks the power" by "has no power".

Each text's negation of a noun phrase denies the words after it (`facts.negated_terms`), so
the two agree on what is missing; but the claim's own cue ("want", "paucity") is a content
word the sentence does not write, and it was left unverified, the claim short of support
for the very word that says what the sentence says. For support only: the cue is stated
where every word it denies the sentence denies too, by a negation of a noun phrase of its
own; a sentence affirming the thing ("received funds") states no absence, and a verb's
denial ("did not receive") is of the deed, not of the thing.
"""
from __future__ import annotations

from .compare import cue_word
from .facts import NOUN_NEGATIONS, Parsed


def absence_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of each cue of the claim that negates a noun phrase (`NOUN_NEGATIONS`),
    where the sentence denies every word that cue denies by a noun phrase's negation."""
    if not sentence.negated:
        return frozenset()
    by_cue: dict[int, list[str]] = {}
    for term, span in claim.negated.items():
        by_cue.setdefault(span[0], []).append(term)
    found: set[str] = set()
    for start, terms in by_cue.items():
        cue = next((t for t in claim.tokens if t.start == start), None)
        if cue is None or not cue.terms or cue.lower not in NOUN_NEGATIONS:
            continue
        if all(t in sentence.negated and cue_word(sentence, sentence.negated[t]) in NOUN_NEGATIONS
               for t in terms):
            found.update(cue.terms)
    return frozenset(found)


def absence_alike(claim: Parsed, sentence: Parsed, mine, theirs) -> bool:
    """A reversal of the claim's word `mine` by the sentence's `theirs` that is one absence
    told two ways: a verb of lacking on one side ("lacks the power"), its antonym "have" on
    the other with its object denied right after it ("has no power"), each word the verb
    denies denied there too. WordNet's antonyms lack / have are read as a reversal, but the
    negation of the object turns "have" back into "lack"."""
    for lacking, lacks, having, has in ((mine, claim, theirs, sentence),
                                       (theirs, sentence, mine, claim)):
        if lacking.lower not in NOUN_NEGATIONS:
            continue
        denied = [t for t, span in lacks.negated.items() if span[0] == lacking.start]
        at = next((k for k, t in enumerate(has.tokens) if t is having), None)
        if not denied or at is None or at + 1 == len(has.tokens):
            continue
        cue = has.tokens[at + 1]
        if not cue.brk and cue.lower in NOUN_NEGATIONS \
                and all(has.negated.get(t, (None,))[0] == cue.start for t in denied):
            return True
    return False
