"""A flow told the other way: "the marshes give off methane into the air" is not stated by
"methane is drawn from the air into the marsh soils", though both name the gas, the air and the
marshes.

A verb of flow (give off, take up, import, export, draw, leak) puts its thing's way in its
prepositions: "into" and "onto" the place it goes to, "from" and "out of" the place it leaves.
A claim whose verb the sentence does not state, and whose goal is the sentence's source (or
whose source is its goal), tells the reverse flow however many of its other words the sentence
shares: the verb was one unverified word, and the claim was supported. `ends_traded` reads the
first noun after each such preposition in both texts; the claim's place on one end, the
sentence's on the other and not also on the claim's, and a word before it that may be a verb
(its verb among them) unsaid: withheld. A sentence that states the claim's verb is left to the
other readers (a flow and its return in one sentence: "take in carbon from the air and release
oxygen into it").
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import Parsed, Token
from .opposite_in_place import forms

GOALS = frozenset(("into", "onto"))
SOURCES = frozenset(("from",))
SKIPPED = frozenset("the a an its their this these that those".split())


def place_after(tokens: list[Token], k: int) -> str | None:
    """The first term of the noun after the preposition at `k` (an article or possessive
    stepped over), if it is a word, not a figure."""
    for token in tokens[k + 1:k + 4]:
        if token.lower in SKIPPED:
            continue
        if token.terms and token.lower.isalpha():
            return token.terms[0]
        return None
    return None


def ends(text: Parsed) -> tuple[dict[str, int], dict[str, int]]:
    """({goal term: index of its preposition}, {source term: index}) of the text."""
    goals: dict[str, int] = {}
    sources: dict[str, int] = {}
    tokens = text.tokens
    for k, token in enumerate(tokens):
        word = token.lower
        if word == "out" and k + 1 < len(tokens) and tokens[k + 1].lower == "of":
            kind, at = sources, k + 1
        elif word in GOALS:
            kind, at = goals, k
        elif word in SOURCES:
            kind, at = sources, k
        else:
            continue
        place = place_after(tokens, at)
        if place is not None:
            kind.setdefault(place, k)
    return goals, sources


def verb_unsaid(text: Parsed, k: int, written: set[str]) -> bool:
    """A word before the k-th that may be a verb (the claim's verb of the flow is among them)
    is not written in the sentence in any form."""
    return any(token.terms and token.lower.isalpha() and can_be_verb(token.lower)
               and not forms(token.lower) & written for token in text.tokens[:k])


def ends_traded(claim: Parsed, sentence: Parsed) -> bool:
    """The claim's goal is only the sentence's source, or its source only the sentence's
    goal, and the sentence does not state the claim's verb of that flow."""
    my_goals, my_sources = ends(claim)
    if not my_goals and not my_sources:
        return False
    their_goals, their_sources = ends(sentence)
    written = {form for t in sentence.tokens for form in forms(t.lower)}
    for mine, theirs, own, other in ((my_goals, their_sources, their_goals, my_sources),
                                     (my_sources, their_goals, their_sources, my_goals)):
        for place, k in mine.items():
            if place not in theirs or place in own or place in other:
                continue
            if verb_unsaid(claim, k, written):
                return True
    return False
