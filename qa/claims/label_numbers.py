"""A number that labels something ("a level-2 hospital", "COVID-19", "Resolution 2100") does
not state a claim's count of something ("at least two new troop pledges").

`compare.stated_by` takes any figure of the sentence with the claim's value as the claim's
fact stated. A label's number counts nothing (`identifiers.identifier`), so a claim counting
two things of its own ("the hospital's arrival prompted at least two new pledges") read as
stated by the "2" of "a level-2 hospital" had its one checkable figure verified by a word of
the hospital's name. A claim's figure that is itself that label ("the level-2 hospital",
"the level 2 hospital": the same word before it) is still stated by it.
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed
from .identifiers import identifier

WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[\s-]*$")


def label_against_count(claim: Parsed, mine: Mention, sentence: Parsed,
                        theirs: Mention) -> bool:
    """The sentence's figure is a label's number and the claim's figure is no label, nor
    after the label's word."""
    if mine.family != "count" or theirs.family != "count" or not identifier(sentence, theirs):
        return False
    if identifier(claim, mine):
        return False
    ours, label = word_before(claim, mine), word_before(sentence, theirs)
    return not (ours and label and ours.lower() == label.lower())


def word_before(text: Parsed, mention: Mention) -> str:
    found = WORD_BEFORE_RE.search(text.text, max(0, mention.start - 40), mention.start)
    return found.group(1) if found else ""
