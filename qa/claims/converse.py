"""Two names on either side of a claim's phrasal verb, which the sentence puts the other way
round about its kin: "AFISMA took over from MINUSMA" against "AFISMA was replaced by MINUSMA".

`opposition.swapped_names` reads the sides of two names around a verb the sentence states by
the same word or a synonym. A phrasal verb is most often reworded by a single verb
(`qa.claims.predicate_kin`: "take over" by "replace", "hand over" by "transfer"), and the
coverage of the claim's words then carried the sentence to support whichever way round it
put the names: the one who took over became the one replaced. The sides and voices are read
as for a verb of the same word: the claim's active "A took over from B" is the sentence's
active "A replaced B" or passive "B was replaced by A"; "A was replaced by B" states the
converse, the names in each other's place.
"""
from __future__ import annotations

from .compare import as_text, name_found
from .facts import Mention, Parsed, remembered
from .opposition import listed, passive, same_actor, sentence_side, used_as_verb
from .particles import phrasal_spans
from .predicate_kin import phrasal_kin, wordnet_row, word_forms
from .vocabulary import Vocabulary


def kin_swapped(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                ) -> tuple[Mention, Mention] | None:
    """(the claim's name, the sentence's name in its place) where two names of the claim on
    either side of its phrasal verb stand the other way round about the sentence's kin of
    it; None otherwise."""
    spans = remembered(claim, ("phrasal spans",), lambda: phrasal_spans(tuple(claim.tokens)))
    if not spans:
        return None
    names = [m for m in claim.mentions if m.family == "name"]
    for i, j, singles in spans:
        verb, particle = claim.tokens[i], claim.tokens[j]
        before = [m for m in names if m.end <= verb.start]
        after = [m for m in names if m.start >= particle.end]
        if not before or not after:
            continue
        a, b = before[-1], after[0]
        if same_actor(a, b, vocab) or listed(claim, a, b):
            continue
        kin = set(singles.split()) | phrasal_kin(wordnet_row(claim.tokens, i, j))
        for k, token in enumerate(sentence.tokens):
            if not token.word.isalpha() or not used_as_verb(sentence, k) \
                    or kin.isdisjoint(word_forms(token.word.lower())):
                continue
            here = (sentence_side(sentence, a, (i, k), vocab),
                    sentence_side(sentence, b, (i, k), vocab))
            if None in here or here[0] == here[1]:
                break
            kept = here[0] == "before"
            if kept != (passive(claim, i) == passive(sentence, k)):
                theirs = next(m for m in sentence.mentions if m.family == "name"
                              and name_found(b, as_text(m), vocab))
                return a, theirs
            break  # the first kin verb between them decides
    return None
