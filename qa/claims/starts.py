"""Two starts of the same span: "only started giving support in 2020" against "from 2017
onward, the mandate incorporated support".

A date after "since" or "from" is the start of a span, not the date of an event, so
`compare.lone_date` leaves it out ("bounded"); a date the claim gives to a verb of beginning
("started ... in 2020", "first included ... in 2014") is a start too. As with two deadlines
(`qa.claims.deadlines`), two starts are comparable with each other: when the claim and the
sentence each give one and they differ in a part, the sentence starts what the claim says
at another date (if it states the rest of the claim, as every conflict must,
`check.stance_of`).
"""
from __future__ import annotations

from ..search.wordnet import base_forms, verb_base
from .deadlines import dates, other_bound
from .facts import Mention, Parsed

# the words right before a date that make it the start of a span
STARTS = frozenset("since from".split())
# WordNet's verbs of beginning (the synset of "begin": begin, start, commence) and the
# adverbs that say something happened a first time
BEGINNINGS = frozenset("begin start commence first initially".split())


def other_start(claim: Parsed, sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """The parts of the claim's one start that the sentence's one start gives otherwise,
    each with the sentence's part: [(2020, 2017)]."""
    return other_bound(claim, sentence, "starts", starts)


def starts(text: Parsed) -> list[list[Mention]]:
    """The text's dates that start a span: after "since" or "from" ("from early 2017"), or
    after "in" in a clause where a word of beginning comes before the date."""
    found = []
    for date in dates(text):
        words = [w.strip(",").lower() for w in text.text[:date[0].start].split()[-2:]]
        while words and words[-1] in ("the", "early", "late", "mid"):
            words.pop()  # "since the start of", "from early 2017": the word before the date
        if words and (words[-1] in STARTS or words[-1] == "in" and begun(text, date[0])):
            found.append(date)
    return found


def begun(text: Parsed, date: Mention) -> bool:
    """A word of beginning before the date in its clause ("started to include ... in 2020")."""
    for token in reversed([t for t in text.tokens if t.end <= date.start]):
        word = token.word.lower()
        if BEGINNINGS.intersection(base_forms(word)) or verb_base(word) in BEGINNINGS:
            return True
        if token.brk:
            return False
    return False
