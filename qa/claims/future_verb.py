"""A verb after "will": the claim's deed told in the future ("the board will scrap the
levy"), read as its past form is (`predicate.unstated_event`).

`unstated_event` asks a sentence for the claim's verb or its object only where the claim's verb
is a past form, or a present after a name: a claim told in the future slipped past it, and a
sentence about the same parties that never says what they will do (neither the verb nor its
object, in any form or synonym: "the board's levy plan drew questions from members") supported
"the board will scrap the levy". The verb is the base form right after "will", or after one
adverb ("will soon scrap"); not "be"/"have" (an auxiliary or a copula, whose complement
`unstated_state` reads). Only "will": after "would" the deed is most often reported or
conditional ("the guild warned that it would abandon the talks" / "the guild threatened to
walk out"), worded freely; measured, reading "would" too lost a right support of the read
sets.
"""
from __future__ import annotations

from ..search.wordnet import adverbs, can_be_verb
from .auxiliaries import AUXILIARY_WORDS
from .facts import Parsed

FUTURE = frozenset({"will"})  # the plain future


def after_modal(claim: Parsed, n: int) -> bool:
    """The claim's n-th word is a verb's base form right after "will", or after "will" and
    one adverb, in the same clause."""
    tokens = claim.tokens
    word = tokens[n].word
    if n == 0 or tokens[n].brk or not word.isalpha() or not word.islower() \
            or word in AUXILIARY_WORDS or not can_be_verb(word):
        return False
    before = tokens[n - 1].word.lower()
    if before in FUTURE:
        return True
    return n >= 2 and not tokens[n - 1].brk and before in adverbs() \
        and tokens[n - 2].word.lower() in FUTURE
