"""A year before 1900 read as a date: "first described in 1824 by ...", "since 1889, ...".

A bare figure is read as a year only from 1900 to 2099 (`facts.number_mention`): "1500" is as
often a count ("1500 troops"). An earlier year was then a count, no date: a claim dating an
event "in 1924" met a sentence dating it "in 1824" as a year against a count, no rival, and
the wrong date went unread; and two texts giving "since 1889" and "since 1850" set two counts
against each other as figures of a quantity. A figure from 1000 to 1899 is read as a year
where a preposition of time stands right before it and no noun it could count right after it:
the next word is a function word or a verb in the past ("since 1889 occurred"), or the clause
or text ends.
"""
from __future__ import annotations

import re

from .past_forms import past_verb_form

EARLY_YEAR_RE = re.compile(r"1[0-8]\d\d")
# prepositions that put a date after them ("by", "from", "around" take counts as often:
# "cut by 1500", "from 1200 to 1500 troops", "around 1500 people")
TIME_BEFORE_RE = re.compile(r"\b(?:in|since|until|till|during|circa|before|after)\s+$", re.I)
# what may follow a year: the clause's end, or a function word ("in 1824 by the mathematician")
AFTER_RE = re.compile(r"\s*(?:[,;:.!?)\]–—-]|$|(?:by|and|or|to|when|as|with|the|that|in|on|at|"
                      r"for|but|while|until|which|who|from|after|before)\b)")
BEFORE_REACH = len("during  ")
NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")


def early_year(text: str, raw: str, start: int, end: int) -> bool:
    """The bare figure `raw` at `start`..`end` is a year before 1900 (see above)."""
    return bool(EARLY_YEAR_RE.fullmatch(raw)) \
        and bool(TIME_BEFORE_RE.search(text, max(0, start - BEFORE_REACH), start)) \
        and (bool(AFTER_RE.match(text, end)) or past_after(text, end))


def past_after(text: str, end: int) -> bool:
    """The word after the figure is a verb in the past: the figure ends its phrase."""
    word = NEXT_WORD_RE.match(text, end)
    return word is not None and past_verb_form(word.group(1))
