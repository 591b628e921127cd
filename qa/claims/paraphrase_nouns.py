"""A claim's verb stated, for support only, by the noun of the act (or the verb) WordNet derives
from one of its paraphrases: "the board let the ferry dock" by "the board gave permission for
the ferry to dock" (let: permit, whose noun is "permission"), "the club paused its games" by
"the club suspended its games" (pause: "suspension", whose verb is "suspend").

A reporter turns a verb into a noun phrase as often as into a synonym, and the sentence's noun
shares neither a stem with the claim's verb (`forms` reads "permitted" / "permission") nor a
synonym link (`paraphrase` reads "let" / "permitted"), so the claim's verb was left unstated
and a true claim not found. One step each way only, in WordNet's first senses: the table's
paraphrases of the verb (`paraphrase.paraphrases`), then the forms WordNet derives from each
(`wordnet_derivations.txt`). Not a person or body ("permitter", "lessee": WordNet's actor
nouns), which names a participant, not the deed, and not a word used mostly as an adjective
("permissive"), which qualifies a noun. Read only where a paraphrase is: for a past verb of
an event or a verb completing another (`paraphrase.candidates`), in the claim word's place
(`paraphrase.in_place`): read anywhere, a loose relative of one claim word lent support to
sentences about other things (bench/README, rounds 3, 25 and 26). For support only: counted
for a conflict's rest, it carried a wrong conflict of another word over the bar and called a
true claim contradicted.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import actors, adjectives, derivations
from .adverb_words import adverb
from .facts import UNMADE, Parsed, remembered
from .paraphrase import (complement_verb, every_form, every_paraphrase, in_place, past_event,
                         plain_forms, verb_forms)
from .vocabulary import Vocabulary


@lru_cache(maxsize=8192)
def derived_paraphrases(same: frozenset[str]) -> frozenset[str]:
    """The nouns of the act and the verbs WordNet derives from the words of `same` (a claim
    verb's paraphrases), less persons and bodies, words used mostly as adjectives and the
    paraphrases themselves (`paraphrase` reads those)."""
    persons, qualifiers = actors(), adjectives()
    return frozenset(d for word in same for d in derivations(word)
                     if d.isalpha() and d not in persons and d not in qualifiers) - same


def claim_derived(claim: Parsed) -> tuple:
    """(claim token index, token, its derived paraphrases) for each claim verb `paraphrase`
    reads (a past verb of an event or a verb completing another; not an adverb): the claim's
    alone, remembered on its parse."""
    found = claim.memo.get(("derived paraphrases",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, ("derived paraphrases",), find_claim_derived, claim)
    return found


def find_claim_derived(claim: Parsed) -> tuple:
    every_paraphrase(claim)  # fills `claim.paraphrasable`
    found, tokens = [], tuple(claim.tokens)
    for i, a, same in claim.paraphrasable:
        if past_event(a.word) and not adverb(a.word) or complement_verb(tokens, i):
            derived = derived_paraphrases(frozenset(unprefixed(a.word.lower(), same)))
            if derived:
                found.append((i, a, derived))
    return tuple(found)


def every_derived_paraphrase(claim: Parsed) -> frozenset[str]:
    """Every derived paraphrase of every claim verb `claim_derived` gives: the claim's alone,
    remembered on its parse (`nominalised_terms` meets it with each sentence's forms)."""
    found = claim.memo.get(("every derived paraphrase",), UNMADE)  # (`remembered`)
    if found is UNMADE:
        found = remembered(claim, ("every derived paraphrase",), union_of_derived, claim)
    return found


def union_of_derived(claim: Parsed) -> frozenset[str]:
    return frozenset().union(*(derived for _, _, derived in claim_derived(claim)))


def unprefixed(word: str, same: frozenset[str]) -> frozenset[str]:
    """The paraphrases of `word` less those it is written as with a prefix ("reimposed":
    impose): a prefix adds to the deed ("imposed again"), so the noun of the plain deed
    ("the imposition of sanctions") does not state it (it lent support to a claim of sanctions
    imposed again where the sentence told them imposed once)."""
    bases = set(verb_forms(word)) | {word}
    return frozenset(p for p in same
                     if not any(b != p and b.endswith(p) for b in bases))


def nominalised_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The claim's verb terms the sentence states by a form WordNet derives from one of the
    verb's paraphrases, in the verb's place (see the module's docstring)."""
    ours = claim_derived(claim)
    if not ours:
        return frozenset()  # a claim with no verb of a derived paraphrase
    every = every_form(sentence)
    # no derived paraphrase of any claim verb among the sentence's forms (nearly every pair):
    # each verb's is disjoint from them too, as the test below finds; one set test in C, no
    # list of the verbs nor generator made for the pair
    if every.isdisjoint(every_derived_paraphrase(claim)):
        return frozenset()
    wanted = [(i, a, derived) for i, a, derived in ours
              if a.terms[0] not in sentence.terms]
    if all(every.isdisjoint(derived) for _, _, derived in wanted):
        return frozenset()  # nearly every sentence
    found = set()
    for i, a, derived in wanted:
        for j, b, forms in plain_forms(sentence):
            if not forms.isdisjoint(derived) and claim.terms.isdisjoint(b.terms) \
                    and in_place(claim, i, sentence, j):
                found.add(a.terms[0])
                break
    return frozenset(found)
