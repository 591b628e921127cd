"""A claim's general word stated by a more specific word of the sentence: "murders" by
"massacres", "informed" by "announced", "nearness" by "proximity".

What is true of a kind of thing is true of the thing it is a kind of: "the report documented
the massacres" states that it documented murders. The reverse does not hold ("murders" in the
source says nothing of "massacres" in the claim), so the link is one way: from a
sentence word to the hypernyms of its first sense, WordNet's `@` pointers, in the table
`qa/search/data/wordnet_hypernyms.txt` (`tools/wordnet_hypernyms.py`: two steps up for nouns,
one for verbs, never up to the top of a hierarchy, and only where the hypernym is one of the
general word's own first senses). For support only, like the other paraphrases: a general word
is a looser match than the word itself, and lends nothing to a contradiction. Not where a
negation turns the link around ("did not endorse" does not state "did not approve", nor
"approve"), nor for a verb with a particle, whose sense is the phrase's ("turned down" is no
"turned", which "became" would state), nor for a capitalised word of the sentence (a name's
class, "Pacific" -> ocean, is another kind of link), nor for a noun that modifies the next
("sea surface temperatures" state no waters).
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import HYPERNYMS, can_be_verb, entry, irregular_base
from .facts import Parsed, remembered
from .predicate import PARTICLES
from .paraphrase import verb_forms
from .spare import spare_use
from .vocabulary import Vocabulary

MIN_LETTERS = 3  # WordNet lists letters and symbols as words


def general_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The claim's terms that a word of the sentence states as a kind of what they name."""
    every = every_general(sentence, vocab)
    if every.isdisjoint(general_forms(claim, vocab)):
        return frozenset()  # no form of any claim word among them, asked first (most pairs)
    wanted = [(t, forms_) for t, forms_ in candidates(claim, vocab) if t.terms[0] not in sentence.terms]
    if not any(f in every for _, forms_ in wanted for f in forms_):
        return frozenset()  # no word of the sentence is a kind of a wanted one: most pairs
    above = set()
    for terms, generals in kinds(sentence, vocab):
        # a word the claim says itself states no other claim word, unless the sentence
        # says it once more ("transport planes ... to transport" / "transport planes ...
        # moved": `qa.claims.spare`)
        if not set(terms) & claim.terms or spare_use(claim, sentence, terms):
            above |= generals
    if not above:
        return frozenset()
    return frozenset(t.terms[0] for t, forms_ in wanted if any(f in above for f in forms_))


# remembered on the parse (`facts.remembered`): a claim meets every sentence of its passages,
# and a sentence many claims of a batch
def candidates(claim: Parsed, vocab: Vocabulary) -> tuple:
    """The claim's words a more specific word may state, with their base forms: one-term
    words outside names, not negated, not a verb before its particle, not a noun a modifier
    narrows ("a government official" is a kind of official that "an envoy" does not state:
    the modifier makes the general word specific again)."""
    def make():
        inside = [(m.start, m.end) for m in claim.mentions if m.family == "name"]
        tokens = claim.tokens
        return tuple((t, forms(t.word.lower())) for i, t in enumerate(tokens)
                     if len(t.terms) == 1 and plain(t.word)
                     and t.terms[0] not in claim.negated
                     and not any(s <= t.start < e for s, e in inside)
                     and not (i + 1 < len(tokens) and tokens[i + 1].word.lower() in PARTICLES)
                     and not (i and modifier(tokens, i - 1)))
    return remembered(claim, ("general candidates", vocab), make)


def general_forms(claim: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The base forms of all the claim's `candidates`: the claim's alone, remembered on its
    parse."""
    return remembered(claim, ("general forms", vocab), lambda: frozenset(
        f for _, forms_ in candidates(claim, vocab) for f in forms_))


def every_general(sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The general words of all the sentence's `kinds`: the sentence's alone, remembered."""
    return remembered(sentence, ("every general", vocab), find_every_general, sentence, vocab)


def find_every_general(sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    return frozenset(
        g for _, generals in kinds(sentence, vocab) for g in generals)


def kinds(sentence: Parsed, vocab: Vocabulary) -> tuple:
    """The sentence's words that can state a general word, with the general words: lower-case
    words, not negated, not modifying the next noun."""
    return remembered(sentence, ("general kinds", vocab), find_kinds, sentence)


def find_kinds(sentence: Parsed) -> tuple:
    tokens = sentence.tokens
    negated = set(sentence.negated)
    found = []
    for j, token in enumerate(tokens):
        # the word's general words first (a look-up, remembered): the tests after them,
        # pure as they are, only for the words that have some
        if plain(token.word) and token.word.islower():
            generals = general_words(token.word)
            if generals and negated.isdisjoint(token.terms) and not modifier(tokens, j):
                found.append((token.terms, generals))
    return tuple(found)


def modifier(tokens, j: int) -> bool:
    """A noun that modifies the next one ("sea surface temperatures" are temperatures, not a
    sea: they state no "waters"): a word that cannot be a verb (a verb's object may follow it)
    right before a content word of the same phrase."""
    if j + 1 >= len(tokens) or tokens[j + 1].brk or not tokens[j + 1].terms \
            or not tokens[j + 1].word.isalpha():
        return False
    return not can_be_verb(tokens[j].word)


def plain(word: str) -> bool:
    return word.isalpha() and len(word) >= MIN_LETTERS


@lru_cache(maxsize=16384)  # asked of every word of every sentence a claim is aligned with
def general_words(word: str) -> frozenset[str]:
    """The hypernyms the table gives the word or its first base form it lists."""
    for form in forms(word):
        found = entry(form, HYPERNYMS)
        if found:
            return frozenset(found.split("|"))
    return frozenset()


@lru_cache(maxsize=16384)
def forms(word: str) -> tuple[str, ...]:
    """The word and its base forms, an irregular verb's among them ("kept" -> keep)."""
    base = irregular_base(word)
    return verb_forms(word) + ((base,) if base else ())
