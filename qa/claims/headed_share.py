"""How much of a claim a sentence must state when its headings lend the claim's name.

An encyclopedia article titled "Varnholm, Sweden" goes on "There are about 40 days a year
with frost"; one titled "Orbit of Keris" goes on "The period is roughly 310 years". A claim
written from either names the place or the body the title gives ("Varnholm sees some 40
frosty days a year"), and words its verb its own way ("sees" for "there are"). The headings
lend the name (`qa.claims.headings`, `qa.claims.title_subject`), but `check.with_heading`
asked the sentence and its headings together to state every word of the claim, so one verb
reworded left a true claim not found where the same sentence naming the place itself would
have supported it at SUPPORT.

Every word was asked so that a lent name would not lift a claim whose verb or object no text
states ("the board dredged the channel" / "Silt in the channel is rising" under the board's
title). That reading keeps its reason where the sentence states most of the claim: with the
headings' name, the two must state HEADED_SUPPORT of the claim's weight, the share two
neighbouring sentences read as one must state (`check.PAIR_SUPPORT`), rather than all of it,
and what it leaves unsaid must be the claim's main verb alone (`main_verb.main_verb`): a noun,
an adjective or an adverb of the claim unsaid ("heavy snowfall" / "a long frost",
"narrowly approved" / "approved") is its own fact, and a cleft's verb ("is what keeps") is no
main verb; nor is a passive one, the one word of what was done to its subject; nor one whose object
the sentence gives a verb of its own ("painted the gate" / "replaced the gate": another
deed, `rival_verb`). Nor may the verb be one of change the sentence does not tell the same way
(`wordnet.direction`): "climbed to" states a rise a level never does, and a sentence that
tells a change the claim's verb does not ("the herd was counted" / "the herd shrank") is
about that change. Every figure and date must still be stated (`check.unverified`), and every
veto of a support still reads the pair. Only where the headings lend a name (the title's
subject, or a name `headings.heading_facts` finds there): a heading that lends only a year
gives no subject, and keeps the every-word rule.
"""
from __future__ import annotations

from itertools import takewhile

from ..search.wordnet import can_be_verb, direction
from .auxiliaries import BE_FORMS, HAVE
from .facts import DETERMINERS, Parsed, Token
from .main_verb import main_verb

PARTICLE_WAY = {"up": 1, "down": -1}  # a change particle before a figure ("down 95%")
REACH = 4  # words from the particle to its figure ("down as much as 60%")
HEADED_SUPPORT = 0.8  # as `check.PAIR_SUPPORT`: two texts read as one, most of the claim stated


def lends_name(claim: Parsed, subject: frozenset[str], lent) -> bool:
    """Whether the headings lend the claim a name: the title's subject (`subject`, from
    `title_subject`), or a name among `lent` (`headings.heading_facts`)."""
    return bool(subject) or any(claim.mentions[f.claim].family == "name" for f in lent)


def nearly_said(weights: dict[str, float], said, unsaid) -> bool:
    """The sentence's words and the headings' (`unsaid`) hold HEADED_SUPPORT of the claim's
    weight: cheap, asked before any heading is read for a sentence that misses words."""
    total = sum(weights.values())
    got = sum(w for t, w in weights.items() if t in said or t in unsaid)
    return bool(total) and got / total >= HEADED_SUPPORT


def verb_reworded(claim: Parsed, sentence: Parsed, unsaid: set[str]) -> bool:
    """The claim's terms left unsaid (`unsaid`) are its main verb's, an active verb written
    as a word of its own, and the sentence tells no change the claim does not: each word of
    change of the sentence the claim does not write goes a way some claim word goes, and a
    verb of change has a word of the sentence going its way."""
    verb = main_verb(claim)
    if verb is None or not unsaid or not unsaid <= set(verb.terms) or passive(claim, verb) \
            or claim.text[verb.start - 1:verb.start] == "-":  # "low-lying": an adjective
        return False
    if rival_verb(claim, verb, sentence):
        return False
    mine = {direction(t.word) for t in claim.tokens if t.word.isalpha()} | particle_ways(claim)
    theirs = {direction(t.word) for t in sentence.tokens
              if t.terms and t.word.isalpha() and claim.terms.isdisjoint(t.terms)} - {0}
    way = direction(verb.word)
    return theirs <= mine and (not way or any(direction(t.word) == way
                                              for t in sentence.tokens if t.terms))


def particle_ways(claim: Parsed) -> set[int]:
    """The ways of the claim's change particles before a figure ("down as much as 60%": -1,
    "up 3%": +1): the change a sentence's "a decrease of 95%" tells, which `direction`, a
    reading of verbs, gives no particle."""
    tokens = claim.tokens
    return {PARTICLE_WAY[t.lower] for n, t in enumerate(tokens) if t.lower in PARTICLE_WAY
            and any(any(c.isdigit() for c in after.word)
                    for after in takewhile(lambda u: not u.brk, tokens[n + 1:n + 1 + REACH]))}


def passive(claim: Parsed, verb: Token) -> bool:
    """A form of "be" among the words right before the verb, in its clause ("has been
    surveyed", "was yearly surveyed"): the verb is the one word of what was done to the
    subject, which a sentence naming the subject with a verb of its own does not tell."""
    n = claim.tokens.index(verb)
    for token in reversed(claim.tokens[max(0, n - 3):n]):
        if token.lower in BE_FORMS:
            return True
        if token.brk:
            break
    return False


def rival_verb(claim: Parsed, verb: Token, sentence: Parsed) -> bool:
    """The sentence gives the word after the claim's verb (its object or complement, past a
    determiner) a verb of its own (`own_verb`): right before it, past a determiner
    ("replaced the hinges" for "painted the hinges"), or after it and a form of "be" or
    "have" ("the hinges were replaced" for "painted the hinges"). A copula alone ("was only
    about 5,000" for "numbered only about 5,000") tells no other deed."""
    n = claim.tokens.index(verb)
    after = next((t for t in claim.tokens[n + 1:] if t.lower not in DETERMINERS), None)
    if after is None or not after.terms:
        return False
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        if k and not set(after.terms).isdisjoint(token.terms):
            j = k - 1
            while j > 0 and tokens[j].lower in DETERMINERS:
                j -= 1
            # past the rest of the object phrase the claim writes, to its auxiliaries
            head = k + 1
            while head < len(tokens) and not tokens[head].brk and tokens[head].terms \
                    and not claim.terms.isdisjoint(tokens[head].terms):
                head += 1
            j_after = head
            while j_after < len(tokens) and not tokens[j_after].brk \
                    and (tokens[j_after].lower in BE_FORMS or tokens[j_after].lower in HAVE):
                j_after += 1
            if own_verb(claim, tokens[j]) or j_after > head and j_after < len(tokens) \
                    and not tokens[j_after].brk and own_verb(claim, tokens[j_after]):
                return True
    return False


def own_verb(claim: Parsed, token: Token) -> bool:
    """A word that may be a verb, no form of "be" or "have", that the claim does not write."""
    return bool(token.terms) and token.word.isalpha() and token.lower not in BE_FORMS \
        and token.lower not in HAVE and can_be_verb(token.lower) \
        and claim.terms.isdisjoint(token.terms)
