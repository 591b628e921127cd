"""The rest of a claim whose figure or date is in conflict, stated by paraphrases in place.

A sentence that gives the claim's figure or date otherwise contradicts it only when it states
the rest of the claim: the same event. Reporters reword that rest ("would keep part of the
winter timetable" / "would maintain a portion of its winter schedule"), and the rest's share
fell short of CONTRADICT on such paraphrases (bench/README, rounds 40-42: "a paraphrase table
for verbs would feed the rest as the phrasal table does now"). Support reads a paraphrase only
for an adverb of manner or a past verb (`qa.claims.paraphrase`): a noun or a present form
swapped for a synonym changed what CLIMATE-FEVER's claims say. For the rest of a value conflict
the words are not what is asserted, the differing value is, so every plain word of the claim
is read through the same table (`wordnet_paraphrases.txt`, WordNet 3.0: lemmas sharing one of
a word's first two senses), with the same guard: the paraphrase stands in the word's own place
(`paraphrase.in_place`, a content word beside both shared on the same side). A verb of
communication is left out as support leaves it: "said" / "told" tells only that someone spoke
(`attribution.reported_alike` reads those for the rest). Nor is a verb with its particle ("put
out a notice", "set up a desk"): the phrase is one word whose meaning its verb alone does not
carry (WordNet gives "put" the paraphrase "change"), read by the phrasal table
(`qa.claims.phrasal`); in the sentence it stands for the phrase's single verbs
(`paraphrase.phrasal_read_forms`: "was carried out" states no carrying).
"""
from __future__ import annotations

from ..search.wordnet import communicates
from .facts import Parsed
from .paraphrase import every_form, in_place, paraphrases, phrasal_read_forms, plain
from .predicate import PARTICLES


def value_rest_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The claim's terms the sentence states by a paraphrase in the same place, any part of
    speech: for the rest of a figure or date in conflict only."""
    every = every_form(sentence)
    tokens, found = claim.tokens, set()
    for i, token in enumerate(tokens):
        if not plain(token) or len(token.terms) != 1 or token.terms[0] in sentence.terms \
                or communicates(token.word.lower()) or particle_after(tokens, i):
            continue
        same = paraphrases(token.word.lower())
        if not same or every.isdisjoint(same):
            continue
        if any(not forms.isdisjoint(same) and in_place(claim, i, sentence, j)
               for j, _, forms in phrasal_read_forms(sentence)):
            found.add(token.terms[0])
    return frozenset(found)


def particle_after(tokens, i: int) -> bool:
    """The i-th word is followed by a particle in its clause: a phrasal verb's verb."""
    return i + 1 < len(tokens) and not tokens[i + 1].brk \
        and tokens[i + 1].word.lower() in PARTICLES
