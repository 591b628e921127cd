"""A part of a month or a year ("the end of February 2015", "late 2022", "early March")
stated by a date of the sentence that falls in it ("on 28 February 2015", "in November
2022").

The claim's month or year is stated by the sentence's date as ever (`compare.agree`: the
sentence's day is more precise than the claim's month); the word that picks a part of it is
stated here when the sentence's day (of a month) or month (of a year) lies in that part: the
first ten days or four months are its beginning, the last eleven days or four months its
end. For support only: a date outside the part states the month, not the claim's part of it,
and is left to the usual reading (no conflict is read here).
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed, word_terms
from .intervals import dates
from .vocabulary import Vocabulary

# the part each word picks: (first, last) day of a month, (first, last) month of a year
EARLY, MIDDLE, LATE = ((1, 10), (1, 4)), ((11, 20), (5, 8)), ((21, 31), (9, 12))
PARTS = {"early": EARLY, "beginning": EARLY, "start": EARLY, "mid": MIDDLE, "middle": MIDDLE,
         "late": LATE, "end": LATE}
# "late", "mid-" right before the date; "the end of", "the beginning of" a little before
PART_RE = re.compile(r"\b(early|mid|middle|late)[\s-]+$|\b(beginning|start|middle|end)\s+of\s+"
                     r"(?:the\s+(?:month|year)\s+of\s+)?$", re.IGNORECASE)


def part_terms(claim: Parsed, stated: dict[int, Mention], sentence: Parsed,
               vocab: Vocabulary) -> frozenset[str]:
    """The terms of each claim word that picks a part of a month or year (`PARTS`) whose date
    the sentence states (`stated`: claim mention number -> the sentence's mention) with a day
    or month in that part."""
    found = set()
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        if mine.family not in ("month", "year") or of_month(claim, mine):
            continue  # "the end of February 2015": the part is the month's
        match = PART_RE.search(claim.text, 0, mine.start)
        if match and within(mine, theirs, sentence, PARTS[(match[1] or match[2]).lower()]):
            found.update(word_terms(match[1] or match[2], vocab))
    return frozenset(found)


def of_month(claim: Parsed, mention: Mention) -> bool:
    """A year written right after its month ("February 2015")."""
    return mention.family == "year" and any(
        m.family == "month" and m.end <= mention.start
        and not claim.text[m.end:mention.start].strip(" ,") for m in claim.mentions)


def within(mine: Mention, theirs: Mention, sentence: Parsed,
           part: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    """The sentence's date of the claim's month (`theirs`, with its day) or year (a month of
    the sentence in that year) lies in the part."""
    (first_day, last_day), (first_month, last_month) = part
    if mine.family == "month" and not mine.day:
        return first_day <= theirs.day <= last_day
    if mine.family == "year":
        return any(year == mine.value and first_month <= month <= last_month
                   for _, _, month, year in dates(sentence) if month)
    return False
