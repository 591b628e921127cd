"""A claim's adjective stated by its adverb: the nominal style of a claim against the verbal
style of its source ("a temporary suspension of the convoys" / "temporarily suspended the
convoys", "the unanimous renewal" / "unanimously renewed").

A claim that turns a verb into its noun ("suspended" -> "the suspension", which
`forms.derived_terms` reads) turns the adverb beside it into an adjective. WordNet links an
adverb to the adjective it comes from ("temporarily" -> temporary, a pertainym), but not the
adjective to its adverb, so the claim's "temporary" was unstated by the sentence's
"temporarily" while the other way round was read. Read here only where the sentence's adverb
stands beside a verb (a manner of doing, as the claim's adjective is of the deed its noun
names; "highly capable", "mostly in the north" grade an adjective or a phrase, not a deed)
and the claim's adjective right before a noun. For support only, as the other written forms.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, derived_forms
from ..text.analyze import load_stopwords
from .adverb_words import manner_adverb
from .facts import Parsed, remembered
from .vocabulary import Vocabulary


def adverb_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The claim's adjectives before a noun that the sentence states by their adverb beside
    a verb."""
    adjectives = manner_adjectives(sentence, vocab)
    if not adjectives:
        return frozenset()  # most sentences: no adverb in "-ly" beside a verb
    tokens, stop = claim.tokens, load_stopwords()
    return frozenset(
        token.terms[0] for i, token in enumerate(tokens[:-1])
        if len(token.terms) == 1 and token.terms[0] in adjectives
        and token.terms[0] not in sentence.terms
        and tokens[i + 1].word.isalpha() and tokens[i + 1].word.islower()
        and tokens[i + 1].word not in stop and not tokens[i + 1].brk)


def manner_adjectives(sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The stems of the adjectives the sentence's adverbs in "-ly" come from, where the adverb
    stands right before a verb ("temporarily suspended") or right after one, ending its
    phrase ("was adopted unanimously by"; not "reported highly saline water", where the
    adverb grades the adjective after it): the sentence's alone, remembered on its parse."""
    return remembered(sentence, ("manner adjectives", vocab),
                      find_manner_adjectives, sentence, vocab)


def find_manner_adjectives(sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    tokens, stop = sentence.tokens, load_stopwords()
    found = set()
    for i, token in enumerate(tokens):
        word = token.lower
        if not manner_adverb(word):
            continue
        if verb_at(tokens, i + 1, stop) and not tokens[i + 1].brk \
                or verb_at(tokens, i - 1, stop) and not token.brk and clause_ends(tokens,
                                                                               i + 1, stop):
            for adjective in derived_forms(word):
                found.update(vocab.analyzer.terms(adjective))
    return frozenset(found)


def verb_at(tokens, i: int, stop: frozenset[str]) -> bool:
    """The i-th word is a word of content that can be a verb."""
    if not 0 <= i < len(tokens):
        return False
    word = tokens[i].word.lower()
    return word.isalpha() and word not in stop and can_be_verb(word)


def clause_ends(tokens, i: int, stop: frozenset[str]) -> bool:
    """Nothing the adverb could grade comes at the i-th word: the text or its clause ends,
    or a word of no content follows ("by", "in", "the")."""
    return i >= len(tokens) or tokens[i].brk or tokens[i].word.lower() in stop
