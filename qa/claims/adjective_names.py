"""A one-word name stated by the proper adjective WordNet derives from it, and the reverse:
"on Neptune" by "Neptunian winds", "the Patagonian ice fields" by "the ice fields of
Patagonia".

Without it a claim naming a place or a body by its noun was never supported by a sentence
that writes the adjective (or the other way round): the name counted as unnamed, which
withholds support whatever else the sentence states (`check.unverified`). Countries have
their demonyms in `qa/data/countries.tsv`; this reads the other proper nouns, through
WordNet's derivational and pertainym links (`wordnet_derivations.txt`), where one of the two
words is a proper noun of WordNet's (`wordnet_proper.txt`: "Neptune", "Patagonia"). The
sentence's word must be capitalised, as a proper adjective is written: a lower-case word
derived from a name ("martial" is no form of "Mars" anyway) is a common word.
"""
from __future__ import annotations

from ..search.wordnet import derivations, proper_noun
from .facts import Mention, Parsed


def adjective_named(name: Mention, sentence: Parsed) -> bool:
    """Whether the sentence writes, capitalised, a word WordNet derives from the one-word
    name (or the name derives from), one of the two a proper noun."""
    word = name.text.strip()
    if not word.isalpha() or " " in word:
        return False
    lower = word.lower()
    kin = derivations(lower)
    if not kin:
        return False
    for token in sentence.tokens:
        other = token.word
        if not other[:1].isupper() or not other.isalpha():
            continue
        form = other.lower()
        if form != lower and form in kin and (proper_noun(lower) or proper_noun(form)):
            return True
    return False


def proper_adjective(name: Mention) -> bool:
    """Whether the one-word name is an adjective WordNet derives from a proper noun
    ("Neptunian", "Patagonian"), not itself one: it names that place or body as the noun
    does, so a passage that writes neither form tells of another thing (`check.unnamed`).
    Without it, "the Neptunian atmosphere is mostly hydrogen" was contradicted by a passage
    on Earth's air that gives another share and never names Neptune."""
    word = name.text.strip()
    if not word.isalpha() or " " in word or proper_noun(word):
        return False
    return any(proper_noun(form) for form in derivations(word.lower()))
