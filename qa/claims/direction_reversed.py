"""A verb of increase against a verb of decrease done to the same thing: "the mission reduced
its operational zone" / "the mission enlarged its operational zone".

`polarity.opposed_polarity` reads a verb of change by its polarity, composed with its object's
("eased tensions" is good, "heightened tensions" bad); an object of no polarity ("its
operational zone", "the patrol area", "the fleet") leaves the verbs without one, and a
sentence that enlarges what the claim says was reduced stated the claim's event in every word
but the verb, which it was never read against: the claim was supported. WordNet's verbs of
increase and decrease (`wordnet.direction`: "enlarge", "expand", "widen" +1; "reduce",
"shrink", "cut" -1) reverse each other when they act on the same thing: the object the
claim's verb takes (the head of its first content words) is what the sentence's verb takes,
and the claim's stated words after its verb stand after the sentence's verb as after the
claim's (`polarity.in_place`; what comes before, a time or an actor fronted, is often moved:
"At the start of 2021, the mission reduced" / "the mission enlarged ... at the start of
2021"). A verb of change after "to" that the same affirmed verb governs in both texts ("voted
to expand" / "voted to limit", `qa.claims.governed_change`) is read as such a verb too, only
against another so governed.
"""
from __future__ import annotations

from ..search.wordnet import direction
from .compare import negated
from .facts import Parsed, Token, groups_of, inside_name, remembered
from .governed_change import governed_changes
from .polarity import anchor_sides, in_place, predicate, stated_places
from .vocabulary import Vocabulary

OBJECT = 3  # content words after the verb read as what it acts on ("its operational zone")


def object_terms(text: Parsed, n: int) -> list[tuple[str, ...]]:
    """The terms of the first content words after the n-th word (past a determiner), up to
    a break or a function word after them ("its operational zone in ...": the phrase ends
    at "in")."""
    found = []
    for t in text.tokens[n + 1:]:
        if t.brk or len(found) == OBJECT or found and not t.terms:
            break
        if t.terms:
            found.append(t.terms)
    return found


def turned_verbs(text: Parsed) -> list[tuple[int, Token, int]]:
    """`find_turned_verbs`, remembered on the parse: a claim's are asked for every sentence
    that would support it, a sentence's for every claim."""
    return remembered(text, ("turned verbs",), find_turned_verbs, text)


def find_turned_verbs(text: Parsed) -> list[tuple[int, Token, int]]:
    """The text's affirmed predicates of increase or decrease, with their direction."""
    found = []
    for n, token in enumerate(text.tokens):
        if not token.terms or not token.word.isalpha() or not predicate(text, n) \
                or inside_name(text, token) or negated(text, token):
            continue
        way = direction(token.word.lower())
        if way:
            found.append((n, token, way))
    return found


def direction_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                       ) -> tuple[Token, Token] | None:
    """The claim's verb of increase (decrease) and the sentence's verb of decrease (increase)
    acting on the same object, in its place; None if there is none. The sentence must not
    state the claim's verb itself (then it is not reversed, only said with another)."""
    # a predicate's governor is None; an infinitive's the terms of the verb governing it
    mine = [(i, a, way, None) for i, a, way in turned_verbs(claim)] + governed_changes(claim)
    if not mine:
        return None
    theirs = [(k, b, way, None) for k, b, way in turned_verbs(sentence)] \
        + governed_changes(sentence)
    if not theirs:
        return None
    groups = groups_of(sentence, vocab)
    stated = None
    for i, a, way, governor in mine:
        if any(vocab.matches(t, sentence.terms, groups) for t in a.terms):
            continue
        wanted = object_terms(claim, i)
        if not wanted:
            continue
        stated = stated_places(claim, sentence, vocab) if stated is None else stated
        sides = anchor_sides(claim, i, sentence, stated, vocab)
        if not sides[1]:
            continue  # what the claim's verb acts on is placed in the sentence
        for k, b, other, governing in theirs:
            if other != -way or any(t in claim.terms for t in b.terms) \
                    or governing != governor:  # an infinitive against one the same verb governs
                continue
            said = {term for terms in object_terms(sentence, k) for term in terms}
            if any(term in said for term in wanted[-1]) and in_place(k, sides[1], True):
                return a, b
    return None
