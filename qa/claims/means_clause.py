"""A means the claim adds to its deed ("..., mainly by taxing fuel", "largely through new
dams", "thanks to a levy") is a fact of its own.

Support weighs the claim's words by rarity over the whole claim, so a sentence that states the
deed and its figures ("A levy on freight cut road traffic by 8-12%") reached SUPPORT for a
claim that adds how it was done ("..., mainly by shifting loads to rail"): the means was a few
words of many, and the sentence never gives one. How a thing was done is the point of such an
addition, so the sentence must state SUPPORT of the means' own words (the cue's words left
out).

The means is the phrase from its cue to the next break: "by", "through" or "via" after an
adverb of degree ending in "-ly" ("mainly by", "largely through", "partly via"), and "thanks
to". A bare "by" is left alone: "cut emissions by 5%" gives a measure, "was signed by 40
states" an agent, and "followed by mounting unrest" an agent whose adjective only looks
like a gerund (read as a means, it lost a true claim of a fresh pool).
"""
from __future__ import annotations

from .clause_ends import clause_end
from .facts import Parsed, remembered

MEANS_PREPOSITIONS = frozenset(("by", "through", "via"))


def means_phrases(claim: Parsed) -> list[set[str]]:
    """The terms of each means phrase the claim adds (module docstring), its cue's words left
    out; remembered on the parse."""
    return remembered(claim, ("means phrases",), found_means, claim)


def found_means(claim: Parsed) -> list[set[str]]:
    tokens, found = claim.tokens, []
    for i, token in enumerate(tokens):
        start = means_start(tokens, i)
        if start is None:
            continue
        end = clause_end(tokens, start)
        terms = {term for t in tokens[start:end] for term in t.terms}
        if terms:
            found.append(terms)
    return found


def means_start(tokens, i: int) -> int | None:
    """The index of the first word of the means phrase whose cue starts at word `i`, or
    None."""
    word = tokens[i].lower
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None or following.brk:
        return None
    if word == "thanks" and following.lower == "to":
        return i + 2 if i + 2 < len(tokens) and not tokens[i + 2].brk else None
    if word.endswith("ly") and len(word) > 4 and following.lower in MEANS_PREPOSITIONS:
        return i + 2 if i + 2 < len(tokens) and not tokens[i + 2].brk else None
    return None
