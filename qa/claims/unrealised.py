"""A deed the sentence tells only as one that could or would have been done (round 65).

"The guild could have eased the dispute, including by hosting talks with the port" says the
guild did not host talks: a modal perfect ("could have", "would have", "should have", "might
have" and a participle) tells what was possible or wanted and, by implication, not done. A
claim that the deed was done ("The guild hosted talks with the port") is not stated by it,
though the sentence holds every one of its words; supported, it is a wrong support. A claim
that is itself modal or hedged ("could have hosted talks") is the sentence's own statement
and is left alone (`expectations.hedged`).

The modal's reach: from the modal to the end of the sentence or the first clause that sets
another fact against it ("but", "yet", "whereas", a semicolon): "would have left earlier,
but it withdrew in May" tells the withdrawal as done.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .expectations import hedged
from .facts import Parsed, remembered
from .past_forms import past_shaped

UNREALISED_MODALS = frozenset("could would should might".split())
TURNS = frozenset("but yet whereas while although though".split())  # another fact set against it


def unrealised_span(sentence: Parsed) -> range | None:
    """The token positions the sentence's first modal perfect reaches ("could have helped
    ..."), or None when it has none. Remembered on its parse: asked for every claim."""
    def find() -> range | None:
        tokens = sentence.tokens
        for i in range(len(tokens) - 2):
            if tokens[i].word.lower() in UNREALISED_MODALS \
                    and tokens[i + 1].word.lower() == "have" \
                    and (tokens[i + 2].word.lower() == "been"
                         or past_shaped(tokens[i + 2].word.lower())):
                end = next((k for k in range(i + 2, len(tokens))
                            if tokens[k].word.lower() in TURNS or tokens[k].word == ";"),
                           len(tokens))
                return range(i, end)
        return None
    return remembered(sentence, ("unrealised span",), find)


def only_unrealised(claim: Parsed, sentence: Parsed, told: frozenset[str]) -> bool:
    """The sentence states the claim's deeds (its words that can be verbs, `told`) only
    within the reach of a modal perfect, and the claim asserts them plainly."""
    span = unrealised_span(sentence)
    if span is None or hedged(claim):
        return False
    deeds = [k for k, token in enumerate(sentence.tokens)
             if token.word.isalpha() and token.word.islower() and can_be_verb(token.word)
             and not told.isdisjoint(token.terms)]
    return bool(deeds) and all(k in span for k in deeds)
