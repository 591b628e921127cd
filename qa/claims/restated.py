"""A figure the claim gives twice, the second time in brackets right after the first:
"two-thirds (67 percent) of the incidents", "some 13,000 (about 13,300) troops". The two are
one fact written two ways, so a sentence that states one of them states the other ("accounted
for 67 percent" states "two-thirds (67 percent)"); a bracketed figure of another value ("two
thirds (60 percent)") is a second fact, left to be stated on its own.

So is a name the claim abbreviates in brackets right after it, as a timeline or a briefing
defines its short forms: "Côte d'Ivoire (CIV) informs the UN ...", "the Harbour Safety Office
(HSO) closed the pier". The acronym is the name again, stated where the name is, though the
corpus never uses it; its letters must abbreviate the name (`abbreviates`: each, in order, in
the name, the first its first), so that "the African Union (ECOWAS)" stays two names.
"""
from __future__ import annotations

import re
import unicodedata

from .facts import Mention, Parsed, remembered

FIGURES = frozenset(("count", "percent", "amount"))
ROUNDING = 0.5  # "two-thirds" (66.67) written "67 percent": the bracket rounds
SHARE = 0.01  # the same, for large figures ("13,000 (13,050)")
ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]*[A-Z]")  # "CIV", "UNGA", "MoD"


def restatements(claim: Parsed) -> tuple[tuple[int, int], ...]:
    """(n, k) for each claim figure n restated by figure k in brackets right after it."""
    return remembered(claim, ("restatements",), found_restatements, claim)


def found_restatements(claim: Parsed) -> tuple[tuple[int, int], ...]:
    return tuple(find(claim))


def find(claim: Parsed):
    mentions = claim.mentions
    for n, first in enumerate(mentions):
        for k, second in enumerate(mentions):
            if k != n and restates(claim, first, second):
                yield n, k
            elif k != n and abbreviated(claim, second, first):
                yield n, k  # the acronym (n) stated where its name (k) is


def abbreviated(claim: Parsed, name: Mention, acronym: Mention) -> bool:
    """`acronym` abbreviates `name` in brackets right after it: "Côte d'Ivoire (CIV)"."""
    return name.family == "name" and acronym.family == "name" \
        and ACRONYM_RE.fullmatch(acronym.text) is not None \
        and claim.text[name.end:acronym.start].strip() == "(" \
        and claim.text[acronym.end:acronym.end + 1] == ")" \
        and abbreviates(acronym.text, name.text)


def abbreviates(acronym: str, name: str) -> bool:
    """Each letter of the acronym is a letter of the name, in order, the first the name's
    first (accents and case aside): "CIV" of "Côte d'Ivoire", "UNGA" of "UN General
    Assembly"; not "ECOWAS" of "African Union"."""
    letters = plain_letters(name)
    if not letters or plain_letters(acronym)[:1] != letters[:1]:
        return False
    rest = iter(letters)
    return all(letter in rest for letter in plain_letters(acronym))


def plain_letters(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalpha()
                   and c.isascii())


def restates(claim: Parsed, first: Mention, second: Mention) -> bool:
    """`second` is `first` again, in brackets right after it: one family, the same value to
    rounding."""
    return first.family in FIGURES and second.family == first.family \
        and claim.text[first.end:second.start].strip() == "(" \
        and claim.text[second.end:second.end + 1] == ")" \
        and same_value(first.value, second.value)


def same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= max(ROUNDING, SHARE * max(abs(a), abs(b)))
