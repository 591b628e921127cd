"""A claim's object, of which a supporting sentence must state at least one word.

Coverage weighs a claim's words by rarity, and a sentence that states the claim's actor, its
verb, its dates and figures reaches support with the whole object unsaid: "the team
reconstructed river flows for the past 500 years" against "the team produced
reconstructions of rainfall for the past five centuries". The object names what the deed was
done to; a writer who changes one thing of a statement often changes just that, and a
sentence that states no word of a two-word object, not by a synonym nor another form, while
it states the deed itself, tells of another thing (`object_unstated`), as a sentence stating
no word of the subject does (`subject_head.subject_unstated`).

The object is the run of common words right after the claim's main verb (its article or
possessive stepped over) up to the first function word, clause break, name, figure or date.
Left alone: an object of one word (a single noun is often reworded by a word no thesaurus
links), an object whose head is an actor noun ("the peacekeepers", "the authorities": often
named by their names), and a claim whose main verb the sentence does not state (other readers
weigh that).
"""
from __future__ import annotations

from ..search.wordnet import actor_noun
from ..text.analyze import load_stopwords
from .actors import said
from .facts import DETERMINERS, Parsed, Token, remembered
from .informal import PREPOSITIONS
from .main_verb import main_verb
from .subject_head import mentioned
from .vocabulary import Vocabulary


def object_words(claim: Parsed) -> list[Token]:
    """The common words of the claim's object, or [] when it has fewer than two or its head
    is an actor noun. Remembered on the parse: the claim's alone."""
    return remembered(claim, ("object words",), read_object, claim)


def read_object(claim: Parsed) -> list[Token]:
    """`object_words`, worked out."""
    verb = main_verb(claim)
    if verb is None:
        return []
    tokens, stop = claim.tokens, load_stopwords()
    at = tokens.index(verb) + 1
    while at < len(tokens) and not tokens[at].brk and (
            tokens[at].lower in DETERMINERS or tokens[at].word.endswith(("'s", "’s"))):
        at += 1  # "the", "its", "the country's": before the object
    words: list[Token] = []
    for token in tokens[at:]:
        if token.brk or token.lower in stop or token.lower in PREPOSITIONS or not token.terms \
                or not token.word.islower() or not token.word.replace("-", "").isalpha() \
                or mentioned(claim, token):
            break  # a clause break before the word, a function word, a name or a figure
        words.append(token)
    if len(words) < 2 or actor_noun(words[-1].word) is not None:
        return []
    return words


def object_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> bool:
    """The sentence states the claim's main verb and no word of its object (`stated`: the
    claim terms it states, forms and synonyms counted)."""
    words = object_words(claim)
    if not words:
        return False
    verb = main_verb(claim)
    return said(verb, sentence, vocab, stated) \
        and not any(said(t, sentence, vocab, stated) for t in words)
