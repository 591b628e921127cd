"""Whether a sentence tells as still to come what the claim says has already happened.

"Armed helicopters were already operating from the camp" is not stated by "the contingent is
set to deploy armed helicopters to the camp early next year", though the sentence states every
other word: the claim's "already" puts the event before the time of writing, the sentence's
"set to", "due to", "will" or "next year" after it. A future cue against the claim's
"already" is the claim's time reversed; a modal ("would", "should", "could") only leaves the
event undone ("units that come with a medical team would be desirable" / "countries have
already offered units that come with a medical team"), which keeps support away and
contradicts nothing.
"""
from __future__ import annotations

from .facts import Parsed, Token, is_negation

DONE = frozenset({"already"})  # what puts the claim's event before the time of writing
# one word that puts the sentence's event after the time of writing
FUTURE = frozenset("will shall soon imminent upcoming forthcoming".split())
# a word that does so before "to" and a verb ("is set to deploy", "due to arrive")
FUTURE_TO = frozenset("set due scheduled planned plans plan expected intends intend aims".split())
# the word before which "next" names a time to come ("early next year")
TIMES = frozenset("year month week spring summer autumn fall winter".split())
MODAL = frozenset("would should could might may".split())


def not_yet(claim: Parsed, sentence: Parsed) -> tuple[Token, Token, bool] | None:
    """The claim's "already", and the sentence's word that tells its event as to come or
    undone, with whether that word is a future cue (True: the claim's time reversed) or only a
    modal; None if the claim has no plain "already" or the sentence says "already" too."""
    done = next((t for i, t in enumerate(claim.tokens) if t.word.lower() in DONE
                 and not (i and is_negation(claim.tokens, i - 1))), None)
    if done is None or any(t.word.lower() in DONE for t in sentence.tokens):
        return None
    tokens, modal = sentence.tokens, None
    for i, token in enumerate(tokens):
        word = token.word.lower()
        following = tokens[i + 1].word.lower() if i + 1 < len(tokens) else ""
        if word in FUTURE or word in FUTURE_TO and following == "to" \
                or word == "next" and following in TIMES:
            return done, token, True
        if word in MODAL and modal is None:
            modal = token
    return (done, modal, False) if modal else None
