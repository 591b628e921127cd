"""A figure broken down into parts: "an authorized strength of 12,640 uniformed personnel, of
which 11,200 military and 1,440 police".

The total and its parts are one quantity counted whole and by kind. A claim that states one
of them ("short of its authorized 12,640") speaks of that quantity there, and its other
figures of the same unit ("had deployed only 8,831 military") are another quantity, no
figure of the breakdown stated wrongly (`compare.rival_of`), unless the claim gives them
together as a breakdown of its own ("comprised 13,200 military personnel and 1,440 police":
the one it states wrongly).
"""
from __future__ import annotations

import re

from .facts import NUMBER_FAMILIES, Mention, Parsed

# what opens the parts of a total: "12,640 personnel, of which 11,200 military", "12,640
# personnel comprised 11,200 military"
PARTS_RE = re.compile(r"\b(?:of which|of whom|including|compris(?:ed|es|ing)|consist(?:ed|s|ing)"
                      r" of|made up of)\b", re.I)
LIST_GAP = 3  # words between two figures of one list: "8,831 military personnel and 1,052"
# the words that join two figures of one list: "1,640 police alongside 11,200 military"
JOINERS = frozenset("and or plus alongside with".split())
CLAUSE_END_RE = re.compile(r"[.;:]")


def breakdowns(sentence: Parsed) -> list[list[Mention]]:
    """Each total with its parts, in the sentence: the last figure before "of which" in its
    clause, and the figures after it to the clause's end."""
    figures = [m for m in sentence.mentions if m.family in NUMBER_FAMILIES]
    if len(figures) < 2 or not PARTS_RE.search(sentence.text):
        return []
    found = []
    for cue in PARTS_RE.finditer(sentence.text):
        before = [m for m in figures if m.end <= cue.start()
                  and not CLAUSE_END_RE.search(sentence.text, m.end, cue.start())]
        end = CLAUSE_END_RE.search(sentence.text, cue.end())
        parts = [m for m in figures if m.start >= cue.end()
                 and (end is None or m.start < end.start())]
        if before and parts:
            found.append([before[-1], *parts])
    return found


def listed_together(text: Parsed) -> list[list[Mention]]:
    """The figures the text gives as one breakdown: a total with its parts (`breakdowns`),
    and figures listed together ("13,200 military personnel and 1,440 police": at most
    LIST_GAP words between each two, the last of them a joiner, "and", "alongside", or a
    comma)."""
    figures = [m for m in text.mentions if m.family in NUMBER_FAMILIES]
    found, run = breakdowns(text), figures[:1]
    for before, after in zip(figures, figures[1:]):
        between = text.text[before.end:after.start]
        words = between.split()
        if len(words) <= LIST_GAP and (words and words[-1].lower() in JOINERS
                                       or between.rstrip().endswith(",")):
            run.append(after)
            continue
        if len(run) > 1:
            found.append(run)
        run = [after]
    if len(run) > 1:
        found.append(run)
    return found
