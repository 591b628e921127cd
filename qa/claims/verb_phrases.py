"""A verb phrase of the claim stated by the one verb a report uses for it: "looked for shelter"
by "sought shelter", "put forward three options" by "submitted three options", "got rid of the
toll" by "eliminated the toll".

A reader writes a verb and a preposition, an adjective or two more words where a report writes
one verb; the claim's verb ("looked", "got", "put") and any content word of the phrase
("forward", "rid") are then unstated, though the sentence says the same. WordNet lists these as verb lemmas
of several words (`qa/search/data/wordnet_verb_phrases.txt`, `tools/wordnet_verb_phrases.py`);
the shapes with tables of their own, a verb and its particle ("pulled out") and a verb and its
bare noun ("took part"), are `qa.claims.particles`' and `qa.claims.light_verbs`'. Read here as
those are: the phrase's words in a row, the verb in any form ("got", "getting"), in one clause,
and the one-word verbs stated by their own stem only (`phrasal.states_one`), less any that is
another verb's irregular form. `phrasal.phrasal_of` gathers the three readings.
"""
from __future__ import annotations

from functools import lru_cache

from .facts import Token
from .particles import WORDNET_PHRASAL, generated_rows, verb_bases

VERB_PHRASES = WORDNET_PHRASAL.with_name("wordnet_verb_phrases.txt")


@lru_cache(maxsize=1)
def verb_phrases() -> dict[str, dict[tuple[str, ...], str]]:
    """{verb: {the phrase's other words: its one-word verbs, marked as stated by their own
    stem}}."""
    table: dict[str, dict[tuple[str, ...], str]] = {}
    for (verb, *rest), singles in generated_rows(VERB_PHRASES):
        table.setdefault(verb, {})[tuple(rest)] = singles
    return table


@lru_cache(maxsize=1024)
def verb_phrase_spans(tokens: tuple[Token, ...]) -> tuple[tuple[int, int, str], ...]:
    """(the verb's place, the phrase's last place, the one-word verbs) of each verb phrase of
    the table in the claim, its words in a row within a clause (the longest where two start at
    one verb: "get rid of" before "get rid"; none inside another: "rid of" in "got rid of")."""
    table, found, after = verb_phrases(), [], 0
    for i, token in enumerate(tokens):
        if i < after or not token.word.isalpha():
            continue
        phrases = {}
        for base in verb_bases(token.word.lower()):
            phrases.update(table.get(base, {}))
        for rest in sorted(phrases, key=len, reverse=True):
            end = i + len(rest)
            if end < len(tokens) and all(
                    not tokens[i + k].brk and tokens[i + k].word.lower() == part
                    for k, part in enumerate(rest, 1)):
                found.append((i, end, phrases[rest]))
                after = end + 1
                break
    return tuple(found)
