"""A claim's verb stated by "be" and the adjective WordNet defines the verb as: "the reopening
depended on the harbour board's vote" by "the reopening was contingent on the harbour board's
vote", "their tallies differ" by "their tallies are different".

Writers and reports say a state either way, and the two share no stem and no synonym link, so
the claim's verb was left unstated and a true claim not found. WordNet's gloss of such a verb
opens with the phrase itself ("depend": "be contingent upon"; "differ": "be different"), and
`qa/search/data/wordnet_state_verbs.txt` (`tools/wordnet_state_verbs.py`) lists, for each
verb's first senses, the adjectives its gloss opens with and the preposition after each.

Read narrowly, for support and for a conflict's rest as another form of the word is
(`forms`): the sentence's adjective must be the predicate of a form of "be" (right after it,
or after an adverb in "-ly": "would be largely contingent on"; not after "not"), and
followed by the gloss's preposition where the gloss gives one ("on" and "upon" alike), so
that an adjective qualifying a noun ("a contingent clause") or followed by another relation
("different kinds") states nothing. A verb of two words ("hinge on") is read only where the
claim writes its particle after it.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import TABLE
from .auxiliaries import BE
from .facts import UNMADE, Parsed, remembered
from .particles import verb_bases
from .vocabulary import Vocabulary

STATE_VERBS = TABLE.with_name("wordnet_state_verbs.txt")
SAME_PREPOSITION = {"upon": "on"}  # "contingent upon" is "contingent on"
GAP = 1  # words between "be" and its adjective: an adverb ("is largely contingent on")


@lru_cache(maxsize=1)
def state_verbs() -> dict[tuple[str, ...], tuple[tuple[str, str | None], ...]]:
    """{(verb,) or (verb, preposition): ((adjective, its preposition or None), ...)}."""
    table = {}
    for line in STATE_VERBS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            verb, states = line.split("\t")
            table[tuple(verb.split())] = tuple(
                (words[0], preposition(words[1]) if len(words) > 1 else None)
                for words in (state.split() for state in states.split("|")))
    return table


def preposition(word: str) -> str:
    return SAME_PREPOSITION.get(word, word)


def claim_states(claim: Parsed, vocab: Vocabulary) -> tuple:
    """(the claim verb's terms, ((the adjective's terms, its preposition), ...)) for each
    claim word that is a form of a verb of the table: the claim's alone, remembered on its
    parse."""
    memo_key = ("state verbs", vocab)
    found = claim.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, memo_key, find_claim_states, claim, vocab)
    return found


def find_claim_states(claim: Parsed, vocab: Vocabulary) -> tuple:
    table, found = state_verbs(), []
    tokens = claim.tokens
    for n, token in enumerate(tokens):
        if not token.terms or not token.word.isalpha():
            continue
        after = tokens[n + 1].lower if n + 1 < len(tokens) and not tokens[n + 1].brk else None
        states = []
        for base in verb_bases(token.lower):
            states += table.get((base,), ())
            if after is not None:
                states += table.get((base, after), ())
        if states:
            found.append((token.terms, tuple(
                (terms, prep) for adjective, prep in dict.fromkeys(states)
                if (terms := tuple(vocab.analyzer.terms(adjective))))))
    return tuple((terms, states) for terms, states in found if states)


def state_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's verbs that the sentence states by "be" and the adjective
    WordNet defines the verb as (see the module's docstring)."""
    found = set()
    for terms, states in claim_states(claim, vocab):
        if set(terms) <= sentence.terms:
            continue  # the sentence states the verb itself
        if any(stated_state(sentence, adjective, prep) for adjective, prep in states):
            found.update(terms)
    return frozenset(found)


def stated_state(sentence: Parsed, adjective: tuple[str, ...], prep: str | None) -> bool:
    """The sentence writes the adjective as the predicate of "be", followed by `prep` if
    given."""
    if not set(adjective) <= sentence.terms:
        return False  # most sentences: the adjective is not there
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        if token.terms != adjective:
            continue
        if token.brk or not (k and tokens[k - 1].lower in BE or k > GAP
                             and tokens[k - 1].lower.endswith("ly") and not tokens[k - 1].brk
                             and tokens[k - 2].lower in BE):
            continue  # "is contingent", "is largely contingent"; not "is not contingent"
        if prep is not None and not (k + 1 < len(tokens) and not tokens[k + 1].brk
                                     and preposition(tokens[k + 1].lower) == prep):
            continue
        return True
    return False
