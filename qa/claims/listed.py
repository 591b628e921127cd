"""A name the sentence gives only as one item of a list.

"When Islamic armed groups such as Ansar Dine, the Movement for Unity and Jihad in West Africa
(MUJAO), and al-Qaida in the Islamic Maghreb (AQIM) advanced southwards ..." names MUJAO, and
says of it only what it says of the whole list. A claim about MUJAO alone ("MUJAO was formed
as a splinter group of al-Qaida") finds its name there and most of its weight in the other
names, yet none of what it says MUJAO was. Where the claim's subject (its first name, not
itself a list) stands in the sentence only between two commas, in a stretch of at most ITEM
words (brackets left out: an acronym after a name), the claim's other words, besides names,
figures and dates, must be stated as support asks of the whole claim (`check.SUPPORT`).
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed

ITEM = 10  # words of a list item between its two commas
BRACKETS_RE = re.compile(r"\([^)]*\)")
LIST_GOES_ON_RE = re.compile(r"\s*(?:,|and\b|or\b)")


def subject_listed(claim: Parsed, sentence: Parsed) -> bool:
    """The claim's subject, a name, is named by the sentence only as an item of a list."""
    subject = next((m for m in claim.mentions if m.family == "name"), None)
    if subject is None or claim.text[:subject.start].strip().lower() not in ("", "the") \
            or LIST_GOES_ON_RE.match(claim.text, subject.end):
        return False  # not the claim's opening name, or a list itself ("A, B and C held")
    here = [m for m in sentence.mentions if m.family == "name" and m.kind == subject.kind
            and names(m, subject)]
    return bool(here) and all(item(sentence, m) for m in here)


def names(mention: Mention, subject: Mention) -> bool:
    """The sentence's mention names the claim's subject."""
    if subject.kind == "country":
        return mention.value == subject.value
    return bool(subject.value) and subject.value <= mention.value


def item(sentence: Parsed, mention: Mention) -> bool:
    """The mention stands between two commas, in a stretch of at most ITEM words."""
    text = sentence.text
    left, right = text.rfind(",", 0, mention.start), text.find(",", mention.end)
    if left < 0 or right < 0:
        return False
    return len(BRACKETS_RE.sub("", text[left + 1:right]).split()) <= ITEM
