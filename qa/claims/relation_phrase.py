"""A phrase right after a verb that relates it to its object as one relation word does:
"voted in favour of a levy" is "voted for a levy", the reverse of "voted against the
levy". The relation table (`words.json` "relation_opposites") holds single words, so a claim
that wrote the phrase against a source's "against" stated all its words but "favour", which
was left unverified, and the reversed vote was supported. The phrases are general English
(`words.json` "phrase_relations"), read as their word only right after a verb the text does
not deny and before an object in the same clause.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from ..text.lexicon import words
from .compare import negated
from .facts import Parsed, Token, remembered

PHRASES = {tuple(phrase.split()): relation
           for phrase, relation in words()["phrase_relations"].items()}


def verb_phrases(text: Parsed) -> list[tuple[Token, Token, str]]:
    """(verb, the phrase's content word, the relation word it stands for) for each phrase of
    `PHRASES` right after a verb, with a word of its object after it in the same clause;
    remembered on the parse (a sentence is asked it for every claim)."""
    return remembered(text, ("relation phrases",), find_verb_phrases, text)


def find_verb_phrases(text: Parsed) -> list[tuple[Token, Token, str]]:
    tokens = text.tokens
    found = []
    for phrase, relation in PHRASES.items():
        size = len(phrase)
        for i in range(1, len(tokens) - size):
            span = tokens[i:i + size]
            if tuple(t.word.lower() for t in span) != phrase \
                    or any(t.brk for t in tokens[i:i + size + 1]) or not tokens[i - 1].terms \
                    or not can_be_verb(tokens[i - 1].word) or negated(text, tokens[i - 1]):
                continue
            found.append((tokens[i - 1], next((t for t in span if t.terms), span[-1]), relation))
    return found
