"""A part of a month ("the end of February 2015", "late May", "early March") stated by a date
of the sentence whose day falls in it ("on 28 February 2015").

The claim's month is stated by the sentence's date as ever (`compare.agree`: the sentence's
day is more precise than the claim's month); the word that picks a part of it is stated here
when the sentence's day lies in that part: days 1-10 its beginning, 11-20 its middle, 21-31
its end. For support only: a day outside the part states the month, not the claim's part of
it, and is left to the usual reading (no conflict is read here).

Two limits, both measured (bench/README, round 38, support18):
- a part of a year ("the start of 2020" by "since February 2020") was read too and dropped: a
  month of the year is a loose cue, and it lent the weight of "start" to a sentence on
  another event, which then outweighed the sentence contradicting the claim's year;
- a sentence that denies what the claim affirms, or the reverse, states no part: "By the
  end of February 2015 the mission had deployed its full strength" was supported by "on 28
  February 2015 the mission had not yet reached full deployment", the sentence's denial
  being read elsewhere as no conflict (a hole of `check.align` this does not fill).
"""
from __future__ import annotations

import re

from ..text.scripts import table_key
from ..types import Conflict, ConflictKind
from .facts import Mention, Parsed, Token, word_terms
from .intervals import dates
from .vocabulary import Vocabulary

# the days of the month each word picks
EARLY, MIDDLE, LATE = (1, 10), (11, 20), (21, 31)
PARTS = {"early": EARLY, "beginning": EARLY, "start": EARLY, "mid": MIDDLE, "middle": MIDDLE,
         "late": LATE, "end": LATE}
# "late", "mid-" right before the month; "the end of", "the beginning of" a little before
PART_RE = re.compile(r"\b(early|mid|middle|late)[\s-]+$|\b(beginning|start|middle|end)\s+of\s+"
                     r"(?:the\s+month\s+of\s+)?$", re.IGNORECASE)


def part_terms(claim: Parsed, stated: dict[int, Mention], sentence: Parsed,
               vocab: Vocabulary) -> frozenset[str]:
    """The terms of each claim word that picks a part of a month (`PARTS`) the sentence
    states (`stated`: claim mention number -> the sentence's mention) with a day in that
    part, the two alike in denial."""
    if claim.has_negation != sentence.has_negation:
        return frozenset()
    found = set()
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        if mine.family != "month" or mine.day or not theirs.day:
            continue
        match = PART_RE.search(claim.text, 0, mine.start)
        if match:
            word = match[1] or match[2]
            first, last = PARTS[table_key(word)]
            if first <= theirs.day <= last:
                found.update(word_terms(word, vocab))
    return frozenset(found)


# a word picking a part of a year or month right before it, as either text may write it:
# "early 2021", "early in 2021", "mid-2015", "the start of 2021", "the end of the year of"
NAMED_PART_RE = re.compile(r"\b(?:(early|mid|middle|late)(?:[\s-]+in)?[\s-]+|"
                           r"(beginning|start|middle|end)\s+of\s+)$", re.IGNORECASE)


def named_part_terms(claim: Parsed, stated: dict[int, Mention], sentence: Parsed,
                     vocab: Vocabulary) -> frozenset[str]:
    """The terms of each claim word that picks a part of a year or month the sentence states
    (`stated`) when the sentence picks the same part of it in a word of its own ("early in
    2021" / "at the start of 2021", "late 2022" / "the end of 2022"): the same part of the same
    period in other words, not a day or month read as falling in it (the loose cue the module
    docstring tells of). The two alike in denial, as for `part_terms`."""
    if claim.has_negation != sentence.has_negation:
        return frozenset()
    found = set()
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        if mine.family not in ("year", "month") or mine.day or theirs.day:
            continue
        ours = named_part(claim.text, mine.start)
        if ours and ours[1:] == named_part(sentence.text, theirs.start)[1:]:
            found.update(word_terms(ours[0], vocab))
    return frozenset(found)


def named_part(text: str, start: int) -> tuple[str, tuple[int, int]] | tuple:
    """The word picking a part of the period starting at `start`, and the days it picks."""
    match = part_match(text, start)
    if not match:
        return ()
    word = match[1] or match[2]
    return word, PARTS[table_key(word)]


def part_match(text: str, start: int) -> re.Match | None:
    """The words picking a part of the period starting at `start` ("early ", "the end of ")."""
    return NAMED_PART_RE.search(text, max(0, start - 20), start)


# the months of a year that a word picking a part of it clearly leaves out: "early 2023" is
# not June to December, "late 2023" not January to July, "mid-2023" not its first or last two
# months (a year's thirds, with a month of slack at each edge: April and May may be early,
# August late)
OUTSIDE_YEAR_PART = {"early": range(6, 13), "beginning": range(6, 13), "start": range(6, 13),
                     "mid": (1, 2, 11, 12), "middle": (1, 2, 11, 12),
                     "late": range(1, 8), "end": range(1, 8)}


def part_against_month(claim: Parsed, stated: dict[int, Mention],
                       sentence: Parsed) -> list[tuple[int, Conflict]]:
    """(the claim's year's mention number, its date conflict) for each claim year picked in
    part ("early 2023") that the sentence states with a month of it the part clearly leaves
    out ("June 2023"): the claim dates the event in another part of the year. A month is a
    loose cue for support (module docstring) but a plain one against: the sentence gives the
    date more precisely, and it is not in the part the claim names."""
    found = []
    for n in stated:
        mine = claim.mentions[n]
        if mine.family != "year" or mine.bound:
            continue
        match = part_match(claim.text, mine.start)
        if not match:
            continue
        outside = OUTSIDE_YEAR_PART[table_key(match[1] or match[2])]
        months = [(m, month_) for m, _, month_, year in dates(sentence)
                  if m.family == "month" and year == int(mine.value)]
        month = next((m for m, month_ in months if month_ in outside), None)
        # a month of the sentence inside the part states it ("by the end of 2024" / "On 14
        # March, ... by December 2024"): the other month is of another event of the sentence
        if month is not None and all(month_ in outside for _, month_ in months):
            found.append((n, Conflict(claim.text[match.start():mine.end],
                                      f"{month.text} {int(mine.value)}", ConflictKind.DATE,
                                      (month.start, month.end))))
    return found


def picks_period_part(text: Parsed, token: Token) -> bool:
    """The word picks a part of one of the text's years or months ("late" in "by late 2023",
    "early" in "early in 2021"): a piece of the date's value, which the dates compare
    (`part_against_month`), not a word of the event's own that a WordNet antonym elsewhere
    in a sentence ("Earlier in 2022, ...") could reverse."""
    for mention in text.mentions:
        if mention.family in ("year", "month"):
            match = part_match(text.text, mention.start)
            if match and match.start() <= token.start < match.end():
                return True
    return False
