"""A unit written by its initials after one figure and in full after the other: "400 ppm" /
"400 parts per million", "65 mph" / "65 miles per hour".

Measurements in encyclopedic and scientific text give a compound unit both ways, often in the
same paragraph ("from 313 parts per million (ppm) in 1960, passing the 400 ppm mark"). Read
word by word, "400 parts" and "400 ppm" count two different things, and a true claim was
called contradicted by its own figure (`compare.swapped_numbers`), or left unverified for
the unit's words. The letters of the short unit, read in order, are the initials of the long
unit's words: the same unit, whatever it measures, with no table of units.
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed, measure_unit

VOWELS = frozenset("aeiouy")  # "by", "my": words, not initials
# a written-out compound unit has two to four words ("parts per million", "barrels per day",
# "tonnes of oil equivalent"); a longer run of initials is a name's acronym, not a unit
SHORTEST, LONGEST = 2, 4
WORD_RE = re.compile(r"[A-Za-z]+")


def unit_abbreviation(word: str) -> str:
    """The word's letters, lower-cased, when it may be a unit's initials: two to four letters,
    some lower case, none a vowel ("ppm", "mph", "kWh", "GtC"). A lower-case word with a
    vowel is a word of its own ("per", "ago"); one all in capitals is a name's acronym
    ("UN"), which `qa.claims.long_forms` and the acronym readings spell out; a unit of one
    word ("cm", "ft") is no initials ("65 cm" is not "65 cubic metres")."""
    if not (SHORTEST <= len(word) <= LONGEST and word.isalpha()) or word.isupper() \
            or measure_unit(word):
        return ""
    return word.lower() if not VOWELS.intersection(word.lower()) else ""


def words_after(text: Parsed, mention: Mention, count: int) -> list[str]:
    """The first `count` words written right after the figure (a bracket or a clause mark
    ends them: "400 (ppm)" names no unit by its words)."""
    tail = re.split(r"[(),;:\[\]]", text.text[mention.end:], maxsplit=1)[0]
    return WORD_RE.findall(tail)[:count]


def spelled_unit(short: Parsed, short_figure: Mention, long: Parsed, long_figure: Mention
                 ) -> list[str]:
    """The words after `long_figure` that the unit right after `short_figure` abbreviates
    ("parts per million" for "ppm"), or [] when it abbreviates none."""
    first = words_after(short, short_figure, 1)
    letters = unit_abbreviation(first[0]) if first else ""
    if not letters:
        return []
    spelled = words_after(long, long_figure, len(letters))
    if len(spelled) == len(letters) and "".join(w[0].lower() for w in spelled) == letters \
            and len(spelled[0]) > 1:  # "a" of "400 a year" is no unit's word
        return spelled
    # or the long side defines the short form in brackets right after the unit's words, as
    # its initials need not spell it ("313 parts per million by volume (ppmv)")
    defined = DEFINED_RE.match(long.text, long_figure.end)
    if defined and defined.group(2).lower() == first[0].lower():
        return WORD_RE.findall(defined.group(1))
    return []


# a figure's unit words, then its short form in brackets: " parts per million by volume (ppmv)"
DEFINED_RE = re.compile(r"\s+((?:[A-Za-z]+\s+){1,5})\(([A-Za-z]+)\)")


def same_unit_initialled(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention
                         ) -> bool:
    """One figure's unit is written by the initials of the other's ("300 parts per million"
    / "300 ppm", either way round)."""
    return bool(spelled_unit(sentence, theirs, claim, mine)
                or spelled_unit(claim, mine, sentence, theirs))


def initialled_unit_terms(claim: Parsed, sentence: Parsed, stated: dict[int, Mention]
                          ) -> frozenset[str]:
    """For support: the terms of the claim's unit written in full that the sentence gives by
    its initials after the same figure ("parts per million" by "400 ppm")."""
    return frozenset(term for t in initialled_unit_tokens(claim, sentence, stated)
                     for term in t.terms)


def initialled_unit_figures(claim: Parsed, sentence: Parsed, stated: dict[int, Mention]
                            ) -> list[int]:
    """The claim's number words inside such a unit ("million" of "parts per million", which
    the parse reads as a figure of its own): stated with the unit by its initials."""
    tokens = initialled_unit_tokens(claim, sentence, stated)
    return [n for n, m in enumerate(claim.mentions) if n not in stated
            and m.family == "count" and any(t.start == m.start and t.end == m.end
                                            for t in tokens)]


def initialled_unit_tokens(claim: Parsed, sentence: Parsed, stated: dict[int, Mention]
                           ) -> list:
    """The claim's words of a unit written in full after a figure that the sentence states
    with the unit by its initials."""
    found = []
    for n, source in stated.items():
        mention = claim.mentions[n]
        if mention is source or mention.family not in ("count", "amount"):
            continue
        spelled = spelled_unit(sentence, source, claim, mention)
        if spelled:
            found += [t for t in claim.tokens if t.start >= mention.end][:len(spelled)]
    return found
