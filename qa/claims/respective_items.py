"""Figures a sentence gives "respectively" to listed things that are no names.

"Peat and moss make up 30% and 8% of the bog's mass, respectively" gives 30% to peat and 8%
to moss. The names' reading (`compare.respective_pairs`) pairs only names, so against a list
of common nouns a claim giving one item the other's figure ("Moss makes up 30% of the bog's
mass") met a sentence that states each of its words and its figure, and was supported.

The items are read from the words before the first listed figure: the last "and" (or "or")
there ends the list, the items before it split at commas. Each item is named by a word no
other item has ("the harbour fund and the river fund": harbour, river): the item after the
"and" by its first such word (its head is not known: the verb follows it unmarked), each
item before it by its last. A claim names an item when it states that item's word and no other item's; it gives
that item another's figure when its figure of the family has the other item's value and
not its own item's.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .facts import Mention, Parsed, remembered
from .tallies import AMOUNTS

# what stands between two listed figures: a comma or "and", after at most two words of the
# first figure's unit ("1,150 divers and 260 pilots")
FIGURE_JOINT = re.compile(r"(?:\s+[^\W\d]+){0,2}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)",
                          re.I)
LIST_END = re.compile(r"\s(?:and|or)\s", re.I)


class Item(NamedTuple):
    """A listed item's word: its term (what a claim must state) and the word as written."""
    term: str
    word: str


def listed_items(sentence: Parsed) -> list[tuple[Item, Mention]]:
    """(the item's word, its figure) for each item of a list that the sentence's
    figures pair "respectively", in order; [] where there is none (remembered)."""
    return remembered(sentence, ("respective items",), find_items, sentence)


def find_items(sentence: Parsed) -> list[tuple[Item, Mention]]:
    at = next((t.start for t in sentence.tokens if t.lower == "respectively"), None)
    if at is None:
        return []
    figures = listed_figures(sentence, at)
    if len(figures) < 2:
        return []
    head = sentence.text[:figures[0].start]
    ends = list(LIST_END.finditer(head))
    if not ends:
        return []
    end = ends[-1]
    # the items before the last "and", each from its comma to the next (their offsets)
    stop = len(head[:end.start()].rstrip().rstrip(","))  # "A, B, and C": no empty item
    cuts = [0] + [m.end() for m in re.finditer(",", head[:stop])] + [stop]
    if len(cuts) - 1 < len(figures) - 1:
        return []
    spans = list(zip(cuts[:-1], cuts[1:]))[len(cuts) - len(figures):] + [(end.end(), len(head))]
    terms = [terms_between(sentence, start, stop) for start, stop in spans]
    # an item's word is its own, not a head it shares ("the harbour fund and the river fund")
    said = [{item.term for item in these} for these in terms]
    own = [[item for item in these
            if not any(item.term in other for j, other in enumerate(said) if j != i)]
           for i, these in enumerate(terms)]
    words = [last(these) for these in own[:-1]] + [next(iter(own[-1]), None)]
    if None in words or len({word.term for word in words}) < len(words):
        return []  # an item without a word of its own, or two items of one word
    return list(zip(words, figures))


def listed_figures(sentence: Parsed, at: int) -> list[Mention]:
    """The run of figures of one family last before "respectively", joined by commas or
    "and" ("42% and 21%", "450, 200 and 120"; what they count may follow them)."""
    before = sorted((m for m in sentence.mentions if m.family in AMOUNTS and m.end <= at),
                    key=lambda m: m.start)
    run: list[Mention] = before[-1:]
    for figure in reversed(before[:-1]):
        joint = sentence.text[figure.end:run[0].start]
        if figure.family != run[0].family or not FIGURE_JOINT.fullmatch(joint):
            break
        run.insert(0, figure)
    return run


def terms_between(sentence: Parsed, start: int, end: int) -> list[Item]:
    """The terms of the sentence's words from `start` to `end`, in order, each with its
    word."""
    return [Item(term, token.word) for token in sentence.tokens
            if start <= token.start and token.end <= end for term in token.terms]


def last(terms: list[Item]) -> Item | None:
    return terms[-1] if terms else None


def swapped_items(claim: Parsed, sentence: Parsed
                  ) -> list[tuple[Mention, Mention, Item, Item]]:
    """(the claim's figure, the sentence's figure of its value, the claim's item, the item the
    sentence gives that figure) where the claim names one listed item only and gives it
    another item's figure; [] otherwise."""
    items = listed_items(sentence)
    if not items:
        return []
    said = {term for token in claim.tokens for term in token.terms}
    named = [(word, figure) for word, figure in items if word.term in said]
    if len(named) != 1:
        return []
    word, own = named[0]
    mine = [m for m in claim.mentions if m.family == own.family]
    if any(m.value == own.value for m in mine):
        return []
    return [(m, figure, word, other) for m in mine for other, figure in items
            if other != word and figure.value == m.value][:1]
