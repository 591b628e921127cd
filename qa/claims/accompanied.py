"""A "with" or "without" phrase right after the claim's past verb, or after its main verb and
that verb's object: how the thing was done
("was adopted with several abstentions", "was passed without a vote", "ended with a
ceasefire"), a fact of the claim as an adverb of manner after its verb is
(`vetoes.unstated_manner`). A sentence that states none of the phrase's words, not even by a
synonym or another form, does not state how it was done ("renewed the mandate by unanimously
adopting the resolution"), however much of the rest it states.
"""
from __future__ import annotations

from ..text.analyze import load_stopwords
from .actors import said
from .facts import Parsed, Token
from .main_verb import main_verb
from .vocabulary import Vocabulary

MANNER = frozenset(("with", "without"))
OBJECT_REACH = 6  # words between the verb and "with": "adopts Resolution 2164 on MINUSMA"
QUANTIFIERS = frozenset("several some many few numerous a an the two three four".split())


def unstated_accompaniment(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                           stated: frozenset[str], past_verb) -> Token | None:
    """The first content word of a "with"/"without" phrase right after a past verb of the
    claim ("adopted with several abstentions": "abstentions") when the sentence states no
    content word of the phrase; None otherwise. `past_verb` tells a past verb of an event."""
    tokens = claim.tokens
    inside = [(m.start, m.end) for m in claim.mentions]
    verb = main_verb(claim)
    at = tokens.index(verb) if verb is not None else None
    for i in range(1, len(tokens) - 1):
        if tokens[i].word.lower() not in MANNER or tokens[i].brk \
                or not (past_verb(tokens[i - 1].word) or after_object(tokens, at, i)):
            continue
        phrase = []
        for token in tokens[i + 1:]:
            word = token.word.lower()
            if token.brk and phrase:
                break
            if word in QUANTIFIERS and not phrase:
                continue
            if word in load_stopwords() or not token.terms \
                    or any(s <= token.start < e for s, e in inside):
                break
            phrase.append(token)
        if phrase and not any(said(t, sentence, vocab, stated) for t in phrase):
            return phrase[0]
    return None


def after_object(tokens: list[Token], verb: int | None, at: int) -> bool:
    """The "with" at `at` follows the claim's main verb and its object in one clause ("adopts
    Resolution 2164 on MINUSMA with abstentions"): how the deed was done, as right after the
    verb."""
    return verb is not None and verb < at - 1 and at - verb <= OBJECT_REACH \
        and not any(t.brk for t in tokens[verb + 1:at + 1])
