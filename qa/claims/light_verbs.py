"""A verb and its bare noun stated by the one verb a report uses for them: "took part" by
"participated", "took place" by "occurred", "gave rise to" by "produced".

A reader writes a light verb and a noun where a report writes one verb; the claim's "took" and
"part" are then both unstated, though the sentence says the same. WordNet lists these pairs as
verb lemmas of two words (`qa/search/data/wordnet_verb_nouns.txt`, `tools/wordnet_verb_nouns.py`),
read here as `qa.claims.particles` reads the phrasal verbs': the noun right after the verb, in
any form of the verb ("took", "taking"), and the one-word verbs stated by their own stem only
(`phrasal.states_one`), less any that is another verb's irregular form.
"""
from __future__ import annotations

from functools import lru_cache

from .facts import Token
from .particles import WORDNET_PHRASAL, generated_rows, verb_bases

VERB_NOUNS = WORDNET_PHRASAL.with_name("wordnet_verb_nouns.txt")


@lru_cache(maxsize=1)
def verb_nouns() -> dict[tuple[str, str], str]:
    """{(verb, noun): its one-word verbs, marked as stated by their own stem}."""
    return dict(generated_rows(VERB_NOUNS))


@lru_cache(maxsize=1024)
def verb_noun_spans(tokens: tuple[Token, ...]) -> tuple[tuple[int, int, str], ...]:
    """(the verb's place, the noun's place, the one-word verbs) of each verb and bare noun of
    the table in the claim, the noun right after the verb in its clause."""
    table, found = verb_nouns(), []
    for i in range(len(tokens) - 1):
        token, noun = tokens[i], tokens[i + 1]
        if noun.brk or not token.word.isalpha() or not noun.word.isalpha():
            continue
        bases = verb_bases(token.word.lower())
        singles = next((table[(base, noun.word.lower())] for base in bases
                        if (base, noun.word.lower()) in table), None)
        if singles:
            found.append((i, i + 1, singles))
    return tuple(found)
