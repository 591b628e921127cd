"""Two pairings crossed: the claim binds each of two parts to the other's partner.

A writer swaps the fillers of two parallel slots and keeps every word: "the ferry line had
Oslo as its owner and the city of Bergen as its operator" for a passage's "with Bergen as the
owner and Oslo as the operator"; "about 4 °C in March and 11 °C in August" for "around 11 °C
in March and in August around 4 °C". Coverage finds every word and supports; the roles, the
values or the places are the other way round. `roles`, `partner_swapped` and their kin read a
verb's subject and object; here the two slots are parallel conjuncts with no verb between
them, or none at all ("X as P, and Y as Q"; "V in P and W in Q").

The reading: cut each text into parts at its commas, semicolons and colons and at the words
that open a parallel part ("while", "whereas", "but", "with"; "and", "or" only where a
determiner, a preposition, a hedge, a figure or a name opens the part after them, not inside
one phrase: "renewed and amended", "central and northern"), a bracketed aside skipped; take
the terms each text has exactly once. The claim's part A holds X and Q, its part B holds Y
and P, while one part of the sentence holds X with P and another, beside it or one part
away, holds Y with Q: two terms crossed over at once, the two swapped of one kind and their
partners of one kind (figures or words). A reworded true claim moves one date or one place
from a part to another, not two pairs; and where A or B has words from a clause of the
sentence after both parts, the claim regroups the sentence rather than swapping two slots.
Read for abstention only: the cut is a sign of a part's bounds, not proof of the contrary.
"""
from __future__ import annotations

from collections import Counter

from .facts import DETERMINERS, Parsed

# words that begin a parallel part of the clause (a new conjunct)
JOINS = frozenset("and while whereas but or with".split())
# joining words that may join two words of one phrase, and the words after them that open a
# part of the clause instead (a determiner, a preposition, a hedge before a figure)
LISTING = frozenset(("and", "or"))
OPENERS = DETERMINERS | frozenset("in at on near from to for with as by under during about "
                                  "around nearly almost roughly some".split())
# the parts of one text two crossed slots may be apart: parallel parts stand side by side,
# or with one part between them ("22 °C in July, and colder winters, with 1 °C in January")
NEAR = 2
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
        if any(mark in gap for mark in CUTS) or token.lower in JOINS and opens_part(tokens, n):
            part += 1
        for term in token.terms[:1]:
            counts[term] += 1
            places[term] = part
    return {term: place for term, place in places.items() if counts[term] == 1}


def opens_part(tokens: list, n: int) -> bool:
    """The joining word at `n` opens a part with a slot of its own: "while", "whereas",
    "but", "with" always; "and" and "or" only before a determiner, a preposition, a hedge or
    a figure ("and the council as operator", "and in October about 3 °C"), not between two
    words of one phrase ("renewed and amended", "central and northern", "the Harbour and
    Customs Authority"), which a claim may regroup without swapping anything."""
    if tokens[n].lower not in LISTING:
        return True
    if n + 1 >= len(tokens):
        return False
    after = tokens[n + 1]
    # a name after it opens a part unless a name stands before it too ("Benin and Sweden")
    return after.lower in OPENERS or after.word[:1].isdigit() \
        or after.word[:1].isupper() and not tokens[n - 1].word[:1].isupper()


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
            if a2 != a or t == s or abs(t - s) > NEAR:
                continue
            for (b, t2), y in cells.items():
                if t2 != t or b == a or abs(b - a) > NEAR:
                    continue
                p = cells.get((b, s))
                # the claim's two parts read from the sentence's two and what leads into
                # them: a part with words from a later clause regroups the sentence
                last = max(s, t)
                if any(place in (a, b) and other > last for (place, other) in cells):
                    continue
                # the two swapped parts of one kind, and their two partners of one kind (two
                # figures, two words): a figure crossed with a word is a regrouped clause
                if p is not None and numeral[x] == numeral[y] and numeral[p] == numeral[q]:
                    return x, q, y, p
    return None
