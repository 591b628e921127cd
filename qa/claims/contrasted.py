"""Two names set against each other by "unlike", the other way round.

"Unlike the prior Ouagadougou agreement, the Algiers process did not include civil society"
says the Algiers process left civil society out and the Ouagadougou agreement did not. A claim
with the two names in each other's place ("Unlike the Algiers process, the Ouagadougou
agreement did not include civil society") says the opposite of each, and states every word of
the sentence: the verb-based reading of swapped names (`opposition.swapped_names`) finds no
verb between them, as the contrast is told by a preposition. Here the names are read by their
side of the contrast: inside the phrase of "unlike" (up to its clause break), or outside it.
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed
from .vocabulary import Vocabulary

# the prepositions that set a thing apart from what the clause says of another
CONTRAST_RE = re.compile(r"\b(?:unlike|contrary\s+to|in\s+contrast\s+(?:to|with)|"
                         r"as\s+opposed\s+to)\s", re.I)
CLAUSE_END_RE = re.compile(r"[,;:.!?]")


def contrast_span(text: Parsed) -> tuple[int, int] | None:
    """Where the phrase of the text's one contrast preposition stands, from the preposition to
    its clause break; None without one, or with two (which is set against which is unclear)."""
    found = list(CONTRAST_RE.finditer(text.text))
    if len(found) != 1:
        return None
    start = found[0].start()
    end = CLAUSE_END_RE.search(text.text, found[0].end())
    return start, end.start() if end else len(text.text)


def contrast_swapped(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                     ) -> tuple[Mention, Mention] | None:
    """(the claim's name outside its contrast phrase, the sentence's name in that place) where
    the claim's name inside the phrase is the one the sentence says outside its own, and the
    claim's name outside is the one the sentence sets apart; None otherwise."""
    if CONTRAST_RE.search(sentence.text) is None:
        return None  # most sentences
    if claim.has_negation != sentence.has_negation:
        # one side denies what the other affirms: the names swapped and the deed reversed
        # agree ("unlike A, B did not include" / "unlike B, A was marked by the inclusion")
        return None
    theirs = contrast_span(sentence)
    if theirs is None:
        return None
    inside = lambda m, span: span[0] <= m.start and m.end <= span[1]
    names = [m for m in claim.mentions if m.family == "name"]
    their_names = [m for m in sentence.mentions if m.family == "name"]
    if CONTRAST_RE.search(claim.text) is None:
        # no contrast in the claim: it says of the name the sentence sets apart what the
        # sentence says of another ("The Narvik council published" / "The Tromso board, in
        # contrast to the Narvik council, published")
        main = [m for m in their_names if not inside(m, theirs)
                and not any(found_as(n, m) for n in names)]
        for b in names:
            if main and any(inside(m, theirs) and found_as(b, m) for m in their_names) \
                    and not any(not inside(m, theirs) and found_as(b, m)
                                for m in their_names):
                return b, main[0]
        return None
    ours = contrast_span(claim)
    if ours is None:
        return None
    apart = [m for m in names if inside(m, ours)]
    said = [m for m in names if not inside(m, ours)]
    for a in apart:
        main = [m for m in their_names if not inside(m, theirs) and found_as(a, m)]
        if not main or any(inside(m, theirs) and found_as(a, m) for m in their_names):
            continue  # the sentence does not say the claim's set-apart name in its clause only
        for b in said:
            if found_as(b, a):
                continue  # one actor named twice
            if any(inside(m, theirs) and found_as(b, m) for m in their_names) \
                    and not any(not inside(m, theirs) and found_as(b, m)
                                for m in their_names):
                return b, main[0]
    return None


def found_as(name: Mention, other: Mention) -> bool:
    """The two mentions name one actor (same words, or the one's words inside the other's)."""
    mine, yours = name.text.lower(), other.text.lower()
    return mine == yours or mine in yours or yours in mine
