"""A claim that tells a change of a thing the sentence states with no change at all: "the
mission reduced its reliance on air assets" / "the mission relied heavily on air assets".

Support weighs words by rarity, and a claim's verb of change is a common word beside the rare
ones naming what changes, so a sentence stating the thing alone reached SUPPORT. A change is
the claim's point: a sentence that states the thing and tells no change of anything (no verb
of change either way nor its noun, no comparative, no figure moving "from" one value "to"
another) states the claim's topic, not the claim, however many of its other words it
repeats. Which way a change the sentence does tell goes is left to the readings of opposites
(`change_way`, `opposite_in_place`); here only its absence.

A verb of change is one both direction tables agree on (`wordnet.direction`, a kind of
increase or decrease within two hypernym steps, and `wordnet.scale_direction`, its first
sense of change of magnitude), which keeps out the words whose direction strays ("delayed",
"slow"); the thing it changes is the content word right after it (past a determiner or a
possessive: "reduced its reliance") or right before it ("rainfall increased"), which the
sentence must state: else the sentence is about something else, and other checks judge it.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, derived_forms, direction, scale_direction
from .actors import said
from .change_way import changes_of
from .compare import negated
from .facts import Parsed, Token, inside_name, remembered
from .vocabulary import Vocabulary

# words that tell a change or a comparison of degree without being verbs of change
DEGREE_WORDS = frozenset("more less fewer most least increasingly decreasingly".split())
# verbs the direction tables reach through joining a part to a whole ("add", "include"), told
# far more often of speech ("she added that") or membership ("a framework that included
# France", "roles including monitoring") than of an amount
JOINING = frozenset("add adds added adding include includes included including".split())
REACH = 3  # tokens from the verb to the thing it changes: "reduced its overall reliance"


def change_untold(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                  stated: frozenset[str]) -> Token | None:
    """The claim's verb of change, unstated by the sentence, whose changed thing the sentence
    states while it tells no change of anything; None if there is none."""
    changes = remembered(claim, ("verbs of change",), verbs_of_change, claim)
    if not changes or tells_change(sentence):
        return None
    for i in changes:
        mine = claim.tokens[i]
        if said(mine, sentence, vocab, stated):
            continue
        if any(said(thing, sentence, vocab, stated) for thing in changed_things(claim, i)):
            return mine
    return None


def verbs_of_change(claim: Parsed) -> tuple[int, ...]:
    """The places of the claim's affirmed verbs of change (both direction tables agreeing)."""
    found = []
    for i, token in enumerate(claim.tokens):
        word = token.word.lower()
        if not token.terms or not token.word.isalpha() or not token.word.islower() \
                or word in JOINING or inside_name(claim, token) or negated(claim, token) \
                or not can_be_verb(word):
            continue
        way = direction(word)
        if way and scale_direction(word) == way:
            found.append(i)
    return tuple(found)


def changed_things(claim: Parsed, i: int) -> list[Token]:
    """The content word naming what the claim's verb at `i` changes: its object's head, the
    first content word after it within REACH and its clause ("reduce its reliance on air
    assets": not "air", which the sentence may state of anything), else the word right
    before it ("rainfall increased")."""
    tokens = claim.tokens
    for k in range(i + 1, min(len(tokens), i + 1 + REACH)):
        if tokens[k].brk:
            break
        if tokens[k].terms:
            return [tokens[k]]
    if i > 0 and tokens[i - 1].terms and not tokens[i].brk:
        return [tokens[i - 1]]
    return []


def tells_change(sentence: Parsed) -> bool:
    """The sentence has a word of change or of degree: a verb of change either way or a noun
    derived from one, a phrasal verb of change ("went up": `change_way.changes_of`), a
    comparative, a value moving "from" one figure (to another)."""
    return remembered(sentence, ("tells change",), lambda: any(
        changing(sentence, k) for k in range(len(sentence.tokens))) or bool(changes_of(sentence)))


def changing(text: Parsed, k: int) -> bool:
    token = text.tokens[k]
    word = token.word.lower()
    if not word.isalpha():
        return False
    if word in DEGREE_WORDS:
        return True
    if word == "from":
        return k + 1 < len(text.tokens) and text.tokens[k + 1].word[:1].isdigit()
    if not token.terms:  # a function word: "after" is no verb of change
        return False
    if word.endswith("er") and len(word) > 4 and not can_be_verb(word):
        return True  # a comparative: "higher", "weaker"
    # a verb of change, or a noun of one ("the extension of its coastline", "growth")
    return any(direction(w) or scale_direction(w) for w in (word, *derived_forms(word)))
