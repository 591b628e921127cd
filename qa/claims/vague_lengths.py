"""A length of time the claim gives by its unit alone, with no figure ("in the preceding
months", "over the next few weeks", "in recent years"), against another unit after the same
word in the sentence ("in the preceding years", "in the next six months").

A unit without a figure is a fact of time like "six months" is: "the deaths of seven
peacekeepers in the preceding years" does not state "in the preceding months", yet the unit
is one word of many, and the share of the claim a sentence must state let it pass. The
sentence fills the same place when the word before the unit is the same ("preceding",
"next", "recent", or a preposition of length: "for"); the two lengths differ when their
spans cannot meet. A plural without a figure ("months", "a few weeks") is a length told in
the largest unit that fits it: two of the unit at least, and no more than one of the next
unit up ("weeks": two weeks to a month), so "a decade" meets "for years", while "six months"
meets neither "a few weeks" nor "years".
"""
from __future__ import annotations

import re

from ..types import Conflict, ConflictKind
from .facts import MEASURES, SIZES, Parsed, Token, measure_unit, per_unit_of_time, remembered

# the words that may stand between the place-giving word and the unit: a vague quantity is
# no figure, and a figure is read from the mention it belongs to
BETWEEN = frozenset("a an the few several couple of many some".split())
# the units of time (`facts.MEASURES`), shortest first, and each one's next unit up, more
# than two of it: "months" last no longer than a year, "weeks" than a month (not a fortnight)
TIME_UNITS = sorted((u for u, m in MEASURES.items() if m == "time"), key=SIZES.__getitem__)
NEXT_UNIT = {unit: next(u for u in TIME_UNITS if SIZES[u] > 2 * SIZES[unit])
             for unit in TIME_UNITS[:-1]}
# the prepositions of a length, which give the unit after them its place as a content word
# does ("for several weeks" / "for a fortnight")
LASTING = frozenset("for over within during throughout across".split())
# a word that may be a unit of time, the cheap test before the word-by-word one
TIME_WORD = re.compile(r"\b(?:" + "|".join(
    u[:-1] + "(?:y|ies)" if u.endswith("y") and u[-2] not in "aeiou" else u + "s?"  # century
    for u in TIME_UNITS) + r")\b", re.I)
REACH = 4  # how many words after the place-giving word the sentence's unit may stand


def time_unit(token: Token) -> str:
    """The unit of time the word names ("months" -> month), or ""."""
    unit = measure_unit(token.word)
    return unit if MEASURES.get(unit) == "time" else ""


def counted(text: Parsed, token: Token):
    """The count mention the token belongs to or follows right away ("six months": six)."""
    for mention in text.mentions:
        if mention.family == "count" and mention.start <= token.start <= mention.end + 1:
            return mention
    return None


def place_word(text: Parsed, i: int) -> int | None:
    """The index of the word giving the unit at i its place: the content word before it, past
    vague quantities and figures, in the same clause."""
    j = i - 1
    while j >= 0 and i - j <= REACH:
        token = text.tokens[j]
        if text.tokens[j + 1].brk:
            return None
        if token.word.lower() in BETWEEN or counted(text, token) is not None:
            j -= 1
            continue
        return j if token.terms or token.word.lower() in LASTING else None
    return None


def span_of(text: Parsed, token: Token, unit: str) -> tuple[float, float]:
    """The least and most the length may be, in days."""
    mention = counted(text, token)
    if mention is not None and isinstance(mention.value, (int, float)):
        return float(mention.value) * SIZES[unit], float(mention.value) * SIZES[unit]
    if token.word.lower().rstrip("s") != token.word.lower():  # a plural without a figure
        most = SIZES[NEXT_UNIT[unit]] if unit in NEXT_UNIT else 10 * SIZES[unit]
        return 2 * SIZES[unit], most
    return SIZES[unit], SIZES[unit]


def says_time(text: Parsed) -> bool:
    """The text has a word of time (`TIME_WORD`), remembered on its parse: a sentence meets
    claim after claim, and the search of a long sentence cost 1% of a batch (round 51)."""
    return remembered(text, ("says time",), find_says_time, text)


def find_says_time(text: Parsed) -> bool:
    return TIME_WORD.search(text.text) is not None


def other_lengths(claim: Parsed, sentence: Parsed) -> list[Conflict]:
    """The claim's uncounted lengths of time that the sentence gives another, in the same
    place, where the sentence says the claim's unit nowhere."""
    if not says_time(claim) or not says_time(sentence):
        return []  # most claims and sentences: no unit of time
    said_units = remembered(sentence, ("time units",),
                            lambda: frozenset(time_unit(t) for t in sentence.tokens) - {""})
    if not said_units:
        return []  # most sentences: no unit of time at all
    found = []
    for i, token in enumerate(claim.tokens):
        unit = time_unit(token)
        if not unit or unit in said_units or counted(claim, token) is not None:
            continue
        if i and per_unit_of_time(claim.text, claim.tokens[i - 1].start,
                                  claim.tokens[i - 1].end):
            continue  # "145 days a year": the rate's unit, no length (`facts`)
        j = place_word(claim, i)
        if j is None:
            continue
        place = claim.tokens[j]
        theirs = unit_in_place(sentence, place)
        if theirs is None:
            continue
        start, other, other_unit = theirs
        low, high = span_of(claim, token, unit)
        their_low, their_high = span_of(sentence, other, other_unit)
        if their_high < low or their_low > high:
            found.append(Conflict(claim.text[claim.tokens[j + 1].start:token.end],
                                  sentence.text[start:other.end], ConflictKind.NUMBER,
                                  (start, other.end)))
    return found


def unit_in_place(sentence: Parsed, place: Token) -> tuple[int, Token, str] | None:
    """The unit of time after the sentence's word of the same place ("preceding"), if one:
    where its length starts ("few" of "the next few days"), its word and its unit."""
    terms = set(place.terms)
    for k, token in enumerate(sentence.tokens):
        if token.word.lower() != place.word.lower() and not (terms and terms & set(token.terms)):
            continue
        for after in sentence.tokens[k + 1:k + 1 + REACH]:
            if after.brk:
                break
            unit = time_unit(after)
            if unit:
                return sentence.tokens[k + 1].start, after, unit
            if after.word.lower() not in BETWEEN and counted(sentence, after) is None:
                break
    return None
