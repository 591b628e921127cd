"""Two pairings crossed: the claim binds each of two parts to the other's partner.

A writer swaps the fillers of two parallel slots and keeps every word: "the ferry line had
Oslo as its owner and the city of Bergen as its operator" for a passage's "with Bergen as the
owner and Oslo as the operator"; "about 4 °C in March and 11 °C in August" for "around 11 °C
in March and in August around 4 °C". Coverage finds every word and supports; the roles, the
values or the places are the other way round. `roles`, `partner_swapped` and their kin read a
verb's subject and object; here the two slots are parallel conjuncts with no verb between
them, or none at all ("X as P, and Y as Q"; "V in P and W in Q").

The reading: cut each text into conjuncts at its clause breaks (commas, brackets) and at the
words that join parallel parts ("and", "while", "whereas", "but", "or", "with"); take the
terms each text has exactly once. The claim's conjunct A holds X and Q, its conjunct B holds
Y and P, while one conjunct of the sentence holds X with P and another holds Y with Q: two
terms crossed over at once, which a reworded true claim does not do (moving one date or one
place from one conjunct to another moves one term, not two pairs). Read for abstention only:
cutting at "and" also cuts inside a name or a range, so the crossing is a sign, not proof,
of the contrary.
"""
from __future__ import annotations

from collections import Counter

from .facts import Parsed

# words that begin a parallel part of the clause (a new conjunct)
JOINS = frozenset("and while whereas but or with".split())
# the marks that end a conjunct (a quotation mark or a dash does not: it may stand inside one)
CUTS = ",;:"


def conjuncts(text: Parsed) -> dict[str, int]:
    """Each term the text has exactly once, with the number of the conjunct that holds it."""
    counts: Counter[str] = Counter()
    places: dict[str, int] = {}
    part = depth = end = 0
    tokens = text.tokens
    for n, token in enumerate(tokens):
        gap = text.text[end:token.start]
        end = token.end
        # a bracket's words are an aside ("29 °C (84 °F)"), not a conjunct of their own
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth:
            continue
        if any(mark in gap for mark in CUTS) or token.lower in JOINS and not in_name(tokens, n):
            part += 1
        for term in token.terms[:1]:
            counts[term] += 1
            places[term] = part
    return {term: place for term, place in places.items() if counts[term] == 1}


def in_name(tokens: list, n: int) -> bool:
    """The joining word at `n` stands between two capitalised words, inside one name ("the
    Harbour and Customs Authority"), where it joins no two parts of the clause."""
    return 0 < n < len(tokens) - 1 and tokens[n - 1].word[:1].isupper() \
        and tokens[n + 1].word[:1].isupper() and not tokens[n + 1].brk


def crossed_pairs(claim: Parsed, sentence: Parsed) -> tuple[str, str, str, str] | None:
    """(X, Q, Y, P) where the claim binds X with Q and Y with P in two conjuncts and the
    sentence binds X with P and Y with Q in two; None otherwise."""
    mine = conjuncts(claim)
    if len(set(mine.values())) < 2:
        return None
    theirs = conjuncts(sentence)
    # the shared terms by their (claim conjunct, sentence conjunct)
    cells: dict[tuple[int, int], str] = {}
    for term, place in mine.items():
        other = theirs.get(term)
        if other is not None:
            cells.setdefault((place, other), term)
    numeral = {term: term[:1].isdigit() for term in cells.values()}
    if len(cells) < 4:
        return None
    for (a, s), x in cells.items():
        for (a2, t), q in cells.items():
            if a2 != a or t == s:
                continue
            for (b, t2), y in cells.items():
                if t2 != t or b == a:
                    continue
                p = cells.get((b, s))
                # the two swapped parts of one kind, and their two partners of one kind (two
                # figures, two words): a figure crossed with a word is a regrouped clause
                if p is not None and numeral[x] == numeral[y] and numeral[p] == numeral[q]:
                    return x, q, y, p
    return None
