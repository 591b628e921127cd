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
event's manner. So is the claim's verb of a word the sentence denies with a verb of its own in
the same place ("was given a counterterrorism mandate" / "did not have a counterterrorism
mandate"): the denial is of the claim's predicate, told in the sentence's verb.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import adverbs, can_be_verb
from ..types import Conflict, ConflictKind
from .auxiliaries import HAVE
from .facts import Parsed, Token
from .past_forms import past_shaped

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
VERB_REACH = 3  # words a verb may stand before the word it governs ("given a new mandate")


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
        if token.lower not in reversed_words:
            continue
        # after the word only a verb's adverb ("rose sharply"): after a noun an adverb
        # qualifies what comes next ("the costs of inaction far outweigh")
        after = (i + 1,) if can_be_verb(token.lower) else ()
        for k in (i - 1, *after):
            if 0 <= k < len(tokens) and not (k > i and tokens[k].brk) \
                    and not (k < i and token.brk) and of_manner(tokens[k]) \
                    and not set(tokens[k].terms) & sentence.terms:
                found.update(tokens[k].terms)
    return frozenset(found | quantifier_terms(claim, conflicts)
                     | denying_verb_terms(claim, conflicts, sentence))


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


def denying_verb_terms(claim: Parsed, conflicts: list[Conflict], sentence: Parsed
                       ) -> frozenset[str]:
    """The terms of the claim's verb of a word the sentence denies with a verb of its own
    ("was given a counterterrorism mandate" / "did not have a counterterrorism mandate";
    "passed unanimously" / "was not unanimously adopted"): the sentence's verb, inside its
    denial or right after it, stands where the claim's does, so the claim's verb is the
    predicate denied, part of the reversal, not a word of the rest the sentence leaves
    unsaid. The claim's verb: the word right before the denied one, past words of no content
    ("a", "the"), no break between, a verb form the sentence does not state."""
    denied = {c.claim.lower() for c in conflicts if c.kind == ConflictKind.POLARITY
              and " " not in c.claim and denial_has_verb(c, sentence)}
    if not denied:
        return frozenset()
    found: set[str] = set()
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if token.word.lower() not in denied or not claim.negated.keys().isdisjoint(token.terms):
            continue  # the claim's word affirmed, and its verb: the sentence's denial answers them
        for k in range(i - 1, max(i - 1 - VERB_REACH, -1), -1):
            if tokens[k + 1].brk:
                break
            if tokens[k].terms:
                if verb_form(tokens[k].word) and sentence.terms.isdisjoint(tokens[k].terms) \
                        and claim.negated.keys().isdisjoint(tokens[k].terms):
                    found.update(tokens[k].terms)
                break
    return frozenset(found)


def denial_has_verb(conflict: Conflict, sentence: Parsed) -> bool:
    """The sentence's denial of the claim's word holds a verb besides that word, or has one
    right after it ("not have a counterterrorism mandate", "not unanimously adopted")."""
    start, end = conflict.span
    word = conflict.claim.lower()
    inside = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    after = [t for t in sentence.tokens if t.start >= end][:1]
    return any(t.word.lower() != word and not t.brk and verb_form(t.word)
               for t in inside[1:] + after)


def verb_form(word: str) -> bool:
    """A word that is a verb as written: a form of "have" or a past participle or tense
    that can be a verb ("given", "adopted", "passed")."""
    word = word.lower()
    return word in HAVE or word.isalpha() and can_be_verb(word) \
        and (word.endswith("en") or past_shaped(word))


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
