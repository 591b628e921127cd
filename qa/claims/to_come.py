"""Whether a sentence tells as still to come the event a claim tells as done.

"The board closed the southern basin" is not stated by "the board expects to close it within
five years", nor "the clinics closed in September" by "without new pledges, the clinics will
have to close by September", though each sentence has every word of the claim: the claim's
past verb asserts the event, the sentence's verb is governed by a cue of the future ("will",
"should"; a time set or an intention before "to": "is set to", "is due to", "plans to",
"expects to"). Read for the claim's main verb (`main_verb`: a participle of a noun phrase,
"personnel, made up of troops", asserts no event), when the sentence has that verb (the same
stem: "closed" / "will close"; "made public" / "should be made public") in the cue's reach and
the claim does not govern its verb by such a cue too ("was set to close"). "Could", "might",
"may" and "would" are no cue: a capacity, a habit or a condition in the past is a fact as
often as not ("some bases could take four weeks to reach").

Used only where a passage's headings lend a sentence the claim's setting
(`check.with_heading`): read against every supporting sentence (round 46), it lost a true
caption on an unread set in two full runs, with no read verdict gained; there the name or
year the sentence lacked was what kept such claims away, and the headings' setting must not
let them through.
"""
from __future__ import annotations

from .auxiliaries import HAVE, NONFINITE_BE
from .facts import Parsed, Token
from .main_verb import main_verb

# a word that tells the verb after it as to come
CUES = frozenset("will shall should".split())
# a word that does so before "to" and a verb ("is set to deploy", "due to open", "expects to
# close"): a time set, an intention, an expectation
CUES_TO = frozenset("set due scheduled slated going plan plans planned intend intends intended "
                    "aim aims aimed expect expects expected hope hopes hoped promise promises "
                    "promised threaten threatens threatened vow vows vowed".split())
REACH = 3  # words between the cue and its verb: "will have to close", "should be made"
# what may stand between a cue of the future and its verb: `auxiliaries`' untensed "be" and the
# forms of "have" ("will have to close", "should be made"), "to" and adverbs of time; a tensed
# "is" or "was" opens a clause of its own
AUXILIARIES = NONFINITE_BE | HAVE | frozenset("to soon then also still not".split())


def told_to_come(claim: Parsed, sentence: Parsed, past_verb) -> bool:
    """The claim's main verb tells as done an event (a past verb, not under a cue of its
    own) that the sentence tells with the same verb under a cue of the future."""
    verb = main_verb(claim)
    if verb is None or not past_verb(verb.word) \
            or governed(claim.tokens, claim.tokens.index(verb)):
        return False
    return any(token.terms == verb.terms and governed(sentence.tokens, i)
               for i, token in enumerate(sentence.tokens))


def governed(tokens: list[Token], i: int) -> bool:
    """The i-th word comes after a cue of the future, with only
    auxiliaries and adverbs of time between ("will have to close", "is set to deploy")."""
    for j in range(i - 1, max(-1, i - REACH - 2), -1):
        word = tokens[j].word.lower()
        if tokens[j + 1].brk or not word.isalpha():
            return False
        if word in CUES:
            return True
        if word == "to" and j and tokens[j - 1].word.lower() in CUES_TO:
            return True
        if word not in AUXILIARIES:
            return False
    return False
