"""A claim verb the sentence leaves unsaid that carries a place of its own ("was held in
Kidal"), the place given only elsewhere in the passage: a fact of its own, not a reworded word.

Support tolerates a claim word the sentence does not state (a verb a writer paraphrases,
"recorded" / "experienced"), since the claim's other words place the fact. A verb that takes a
place by a preposition says where something happened; unsaid, with its place given by no word
of the sentence (only elsewhere in its passage, which `check.unverified` accepts for a name),
the sentence tells of the thing, not of that happening: "MINUSMA's participation in the CMA's
celebration", after a sentence on Kidal, does not say the celebration was held in Kidal. A
cleft puts the verb's place before it ("It was in Kidal that the CMA held the celebration"):
the same verb, the same place. (A date so placed is a figure, which the sentence must state
anyway.)

Where the sentence itself gives the place ("the celebration in Kidal" / "was held in Kidal"),
the verb adds only that the thing happened there and stays the one word tolerated: asking for
the verb there too cost four right supports ("troops are deployed in Sector Centre" /
"stationed in Sector Centre", bench/README round 55). Nor is the corpus's setting a place
the sentence must name ("arrived in Mali").
"""
from __future__ import annotations

from .actors import said
from .adverb_words import manner_adverb
from .facts import BE, Mention, Parsed, Token
from .compare import is_place
from .main_verb import main_verb
from .opposition import inside_name
from .past_forms import past_verb_form
from .vocabulary import Vocabulary

# prepositions by which a verb takes a place (or a time) of its own
PLACING = frozenset("in at on during throughout for within inside near".split())
# what may stand between the preposition and the place or date it takes
OPENERS = frozenset("the a an its their his her of early late mid".split())


def unstated_placed_verb(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                         stated: frozenset[str], unstated: list[Mention],
                         background: set[str]) -> Token | None:
    """The claim's verb (its main verb, a participle after "be", or the verb of a cleft) that
    the sentence does not state, not even by a synonym or another form, whose place (a name
    the claim gives by a preposition right after it, or by a cleft before it) is among the
    claim's facts the sentence leaves to its context (`unstated`; not the corpus's setting,
    `background`, which a sentence need not name); None otherwise."""
    if not unstated:  # the common case: every fact of the claim is the sentence's own
        return None
    tokens = claim.tokens
    verb = main_verb(claim)
    for n, token in enumerate(tokens):
        if not placing_verb(token.word) or inside_name(claim, token) \
                or not (token is verb or after_be(claim, n) or cleft_focus(claim, n)):
            continue
        place = placed_by(claim, n)
        if place is None or place.family != "name" or place.text in background \
                or not is_place(claim, place):
            continue
        # the place the sentence's own (not its context's): the verb may be a paraphrase
        # ("troops are deployed in Sector Centre" / "stationed in Sector Centre"), tolerated
        if any(m is place for m in unstated) and not said(token, sentence, vocab, stated):
            return token
    return None


def after_be(claim: Parsed, n: int) -> bool:
    """The n-th word follows a form of "be", adverbs in "-ly" between ("was quietly held")."""
    k = n - 1
    while k > 0 and manner_adverb(claim.tokens[k].word) and not claim.tokens[k + 1].brk:
        k -= 1
    return k >= 0 and not claim.tokens[k + 1].brk and claim.tokens[k].word.lower() in BE


def placing_verb(word: str) -> bool:
    """A past form or participle of a verb ("held", "stationed", "set"), not "be" itself."""
    lower = word.lower()
    return lower.isalpha() and lower not in BE and past_verb_form(lower)


def placed_by(claim: Parsed, n: int) -> Mention | None:
    """The name or date the claim's n-th word takes by a preposition right after it ("held in
    Kidal", "set for June 2024", "held quietly in"), adverbs in "-ly" allowed between; or, in
    a cleft ("It was in Kidal that the CMA held"), the focus of the first verb after "that"."""
    tokens = claim.tokens
    k = n + 1
    while k < len(tokens) and not tokens[k].brk and manner_adverb(tokens[k].word):
        k += 1
    if k < len(tokens) and not tokens[k].brk and tokens[k].word.lower() in PLACING:
        found = mention_after(claim, k)
        if found is not None:
            return found
    return cleft_focus(claim, n)


def mention_after(claim: Parsed, k: int) -> Mention | None:
    """The mention opening the phrase after the preposition at k, past articles and the like."""
    tokens = claim.tokens
    j = k + 1
    while j < len(tokens) and not tokens[j].brk and tokens[j].word.lower() in OPENERS:
        j += 1
    if j >= len(tokens) or (tokens[j].brk and j > k + 1):
        return None
    start = tokens[j].start
    return next((m for m in claim.mentions if m.start == start), None)


def cleft_focus(claim: Parsed, n: int) -> Mention | None:
    """"It was in X (, ...,) that SUBJECT VERB": X, when the n-th word is the first past verb
    after "that"."""
    tokens = claim.tokens
    if len(tokens) < 4 or tokens[0].word.lower() != "it" \
            or tokens[1].word.lower() not in ("was", "is") \
            or tokens[2].word.lower() not in PLACING:
        return None
    that = next((i for i in range(3, n) if tokens[i].word.lower() == "that"), None)
    if that is None or any(placing_verb(t.word) for t in tokens[that + 1:n]):
        return None
    return mention_after(claim, 2)
