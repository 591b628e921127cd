"""Whether a sentence states the opposite of a word of the claim, anywhere in it.

A sentence may state most of a claim and still not state it: "the decision came two weeks
after the request" is not stated by "... two weeks before the request", nor "MINUSMA lost 174
peacekeepers" by "... won 174". Where the opposite stands in the claim word's own place,
`compare.opposites` finds a conflict; where it stands elsewhere (a paraphrase moved it), the
sentence still cannot support the claim: its share of the claim's words is no proof when the
word it misses is the one it reverses. The opposites are WordNet's antonyms for content words
and, for the closed-class words that carry an order, a comparison or a direction ("after",
"more", "above", "with"), a small table of general English (`words.json`).
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import antonyms, entry
from ..text.lexicon import words
from .compare import antonym_terms, negated
from .facts import Parsed, groups_of
from .vocabulary import Vocabulary


@lru_cache(maxsize=1)
def relation_opposites() -> dict[str, frozenset[str]]:
    """Each closed-class relation word -> the words that reverse it."""
    table: dict[str, set[str]] = {}
    for a, b in words()["relation_opposites"]:
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {word: frozenset(others) for word, others in table.items()}


def opposed(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence has the opposite of a claim word it does not itself state: an antonym of
    one of the claim's content words, or the reverse of one of its relation words. A word
    negated in the claim is left out ("not more than" is no claim of "more"), and so is an
    antonym the claim states too ("more won than lost")."""
    opposites = relation_opposites()
    said = {t.word.lower() for t in sentence.tokens}
    groups = groups_of(sentence, vocab)
    for token in claim.tokens:
        word = token.word.lower()
        if word in opposites:
            if word not in said and opposites[word] & said \
                    and not any(w in opposites[word] for w in claim_words(claim)):
                return True
            continue
        # stopwords have no terms, and WordNet's antonyms of them are mostly of other senses
        # ("there" / "here", "in" / "outgoing"): only the table above speaks for them
        if not token.terms or not token.word.isalpha() or negated(claim, token) \
                or any(vocab.matches(t, sentence.terms, groups) for t in token.terms):
            continue
        reverse = antonym_terms(word, vocab) - claim.terms
        if reverse & sentence.terms or reverse and irregular_antonym(word, sentence):
            return True
    return False


def irregular_antonym(word: str, sentence: Parsed) -> bool:
    """The sentence has an irregular form of an antonym of `word` ("lost" for "won"): stems
    do not bring "lost" back to "lose"; WordNet's table of irregular forms does."""
    reverse = set(antonyms(word))
    for token in sentence.tokens:
        base = entry(token.word.lower()) if token.word.isalpha() else None
        if base and base.startswith("=") and base[1:] in reverse:
            return True
    return False


def claim_words(claim: Parsed) -> set[str]:
    return {t.word.lower() for t in claim.tokens}
