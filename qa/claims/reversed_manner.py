"""The manner or degree words of a reversed word: "levels rose substantially" / "levels have
remained unchanged", "provided substantial additional funds" / "within existing funds".

A sentence that reverses the claim's word (an opposite in its place, the word denied) says the
claim's event did not happen as told; it cannot also state how much or how it happened, so an
adverb right beside the reversed word, or the adjective of such an adverb before it
("substantial" for "substantially"), is part of the reversal, not a term of the rest that the
sentence leaves unsaid. Left out of the rest the conflicting sentence must state
(`check.align`), as the reversed word itself is. Only words the sentence does not state, only
one word either side (a modifier further away qualifies something else; after a noun, none),
and only for a relation or polarity conflict: a differing figure or name says nothing of the
event's manner.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import adverbs, can_be_verb
from ..types import Conflict, ConflictKind
from .facts import Parsed, Token

REVERSING = frozenset({ConflictKind.RELATION, ConflictKind.POLARITY})
# adverbs that restrict, deny, compare or place in time, which are facts of their own ("only",
# "never", "more", "already"): a reversal leaves them for the rest to state
FACTUAL = frozenset("only merely just not never no nor hardly barely scarcely more less most "
                    "least already still yet again ever once twice".split())

# a sentence's determiners that deny a noun and how many of it there are ("no city", "neither
# side"), and the claim's quantifiers they deny with it (those with a stem of their own: the
# stopword list drops "some", "all", "most")
DENYING_DETERMINERS = frozenset("no neither".split())
QUANTIFIERS = frozenset("several many numerous multiple various countless".split())
QUANTIFIED = 3  # words between a quantifier and its noun ("several Security Council members")


def manner_terms(claim: Parsed, conflicts: list[Conflict], sentence: Parsed) -> frozenset[str]:
    """The terms of the claim's manner or degree words beside a reversed word, which the
    sentence does not state."""
    # a denial the claim writes in words of its own ("largely without relying on"): its ends
    # stand where a reversed word does
    reversed_words = {word for c in conflicts if c.kind in REVERSING
                      for word in ends(c.claim.lower().split())}
    if not reversed_words:
        return frozenset()
    found: set[str] = set()
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if token.word.lower() not in reversed_words:
            continue
        # after the word only a verb's adverb ("rose sharply"): after a noun an adverb
        # qualifies what comes next ("the costs of inaction far outweigh")
        after = (i + 1,) if can_be_verb(token.word.lower()) else ()
        for k in (i - 1, *after):
            if 0 <= k < len(tokens) and not (k > i and tokens[k].brk) \
                    and not (k < i and token.brk) and of_manner(tokens[k]) \
                    and not set(tokens[k].terms) & sentence.terms:
                found.update(tokens[k].terms)
    return frozenset(found | quantifier_terms(claim, conflicts))


def ends(words: list[str]) -> tuple[str, ...]:
    """The first and last of a conflict's words (one word: itself)."""
    return (words[0], words[-1]) if words else ()


def quantifier_terms(claim: Parsed, conflicts: list[Conflict]) -> frozenset[str]:
    """The terms of the claim's quantifier of a noun the sentence denies by a determiner
    ("several cities have been besieged" / "no city has been besieged"): "no" denies how
    many as well as the noun, so "several" is part of the reversal, not a word of the rest
    the sentence leaves unsaid. Only the quantifier of the reversed noun's own phrase
    (within QUANTIFIED words before it, no break between)."""
    nouns = {c.claim.lower() for c in conflicts if c.kind == ConflictKind.POLARITY
             and c.source.split(maxsplit=1)[0].lower() in DENYING_DETERMINERS}
    if not nouns:
        return frozenset()
    found: set[str] = set()
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if token.word.lower() not in nouns:
            continue
        for k in range(i - 1, max(i - 1 - QUANTIFIED, -1), -1):
            if tokens[k + 1].brk:
                break
            if tokens[k].word.lower() in QUANTIFIERS:
                found.update(tokens[k].terms)
                break
    return frozenset(found)


def of_manner(token: Token) -> bool:
    """An adverb ("substantially", "steadily") or the adjective of an "-ly" adverb
    ("substantial", "considerable", "steady"), not a word of restriction or denial."""
    word = token.word.lower()
    if not word.isalpha() or word in FACTUAL:
        return False
    return word in adverbs() or any(form in adverbs() for form in adverb_forms(word))


@lru_cache(maxsize=2048)
def adverb_forms(adjective: str) -> tuple[str, ...]:
    """The "-ly" adverbs an adjective makes: "substantial" -> substantially, "considerable" ->
    considerably, "steady" -> steadily."""
    forms = [adjective + "ly"]
    if adjective.endswith("le"):
        forms.append(adjective[:-1] + "y")
    if adjective.endswith("y"):
        forms.append(adjective[:-1] + "ily")
    return tuple(forms)
