"""A span of time between two events stated by the two dates the text gives them.

"The board asked on 16 May, and two weeks later the council ended the lease" says what "On
16 May the board asked ... The council ended the lease on 30 May" says: the text states no
"two weeks", but its two dates lie two weeks apart. A claim's offset (`figure_roles.offset`:
a span of time placing one event from another, "two weeks later", "a month before the vote")
is stated here by a date of the text that agrees with one of the claim's dates (the other
event's) and another date of the text that far from it, in the offset's direction. The rest
of the claim (the verbs, the actors) is still weighed as ever: this only reads the figure.

Days and weeks are counted exactly, months by the calendar (a day or two either way, since
months differ in length), years by the year; a hedged offset ("about six months later") may
be a quarter off, a bound ("more than two weeks later") one way only.
"""
from __future__ import annotations

from datetime import date

from .approach import approached_from
from .facts import Mention, Parsed, remembered, word_terms
from .limits import limit
from .figure_roles import HEDGED, OFFSET_RE, offset, offset_direction
from .sequence import ORDER_WORDS, referring_back
from .vocabulary import Vocabulary

DAYS = {"day": 1, "week": 7, "fortnight": 14}
YEARS = {"year": 1, "decade": 10}
# the length of each measure in days, a month and a year on average
SIZES_IN_DAYS = {**DAYS, "month": 365.25 / 12, "year": 365.25, "decade": 3652.5}
SLACK_DAYS = 3  # "a month later" from 31 January is 28 February or 2 March
JOINS = (",", ", ", " ", " of ")  # between a month (with its day) and its year


def spanned(claim: Parsed, mention: Mention, text: Parsed) -> Mention | None:
    """The text's date that lies the claim's offset `mention` away from the text's date of the
    claim's other event, if there is one: from a date of the other event (`reference`) the
    offset's way, from a date of the offset's own event the other way."""
    way = offset_direction(claim, mention)
    if not way or not mention.value or offset_word(claim, mention) == "ago":
        return None
    theirs = dates(text)
    for mine, day, month, year in dates(claim):
        side = way if reference(claim, mention, mine) else -way
        for anchor in (t for t in theirs if same_date((day, month, year), t[1:])):
            for other in theirs:
                if other is not anchor and apart(anchor[1:], other[1:], mention, side):
                    return other[0]
    return None


def offset_word(claim: Parsed, mention: Mention) -> str:
    return OFFSET_RE.match(claim.text, mention.end)[0].split()[-1].lower()


def reference(claim: Parsed, mention: Mention, date_: Mention) -> bool:
    """Whether the claim's date `date_` is the other event's, which the offset counts from: a
    date told before an adverb ("on 16 June, and two weeks later ...", "a month before
    that"), or one in the clause a preposition opens ("a month before the vote in January");
    any other date is the offset's own event's ("raised the fees in March, a month after the
    guild refused")."""
    end = offset_end(claim, mention)
    n = next((i for i, t in enumerate(claim.tokens) if t.end == end), None)
    tokens = claim.tokens
    word = tokens[n].word.lower() if n is not None else ""
    if n is None or n + 1 >= len(tokens) or tokens[n + 1].brk \
            or not (word in ORDER_WORDS or word == "prior" and tokens[n + 1].word == "to") \
            or referring_back(claim, n):
        return date_.start < mention.start  # an adverb: "later", "before" closing its clause
    close = next((t.start for t in tokens[n + 1:] if t.brk), len(claim.text))
    return tokens[n].end <= date_.start < close


def spanned_terms(claim: Parsed, stated: dict[int, Mention], vocab: Vocabulary
                  ) -> frozenset[str]:
    """The terms of the claim's offsets that a text states by two dates (`stated`: claim
    mention number -> the text's mention stating it, a date for an offset `spanned`): the
    figure, its measure and the word placing it ("two weeks later")."""
    return frozenset(t for n, theirs in stated.items() if theirs.family in ("month", "year")
                     and claim.mentions[n].family == "count"
                     # a count stated by a date is not always an offset ("over the last
                     # 2,000 years": no "later" after it, no offset's end to read)
                     and offset(claim, claim.mentions[n])
                     for t in offset_terms(claim, claim.mentions[n], vocab))


def spanned_by(claim: Parsed, text: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of each claim offset that `text` (two sentences read as one) states by two
    dates: neither sentence alone states the span, as each gives one of its dates."""
    return frozenset(t for m in claim.mentions if offset(claim, m) and spanned(claim, m, text)
                     for t in offset_terms(claim, m, vocab))


def offset_terms(claim: Parsed, mention: Mention, vocab: Vocabulary) -> tuple[str, ...]:
    return word_terms(claim.text[mention.start:offset_end(claim, mention)], vocab)


def offset_end(claim: Parsed, mention: Mention) -> int:
    """Where the offset's word ends: "two weeks later|"."""
    return OFFSET_RE.match(claim.text, mention.end).end()


def has_offset(claim: Parsed) -> bool:
    """Whether the claim places an event by a span from another (most claims do not)."""
    return remembered(claim, ("has offset",), find_has_offset, claim)


def find_has_offset(claim: Parsed) -> bool:
    return any(offset(claim, m) for m in claim.mentions)


def dates(text: Parsed) -> list[tuple[Mention, int, int, int]]:
    """(mention, day, month, year) of each date of the text (0 where it leaves one out): a
    month with its day and the year written right after it, or a year alone; a month whose
    year is not given takes the text's one year, if it has just one (a sentence dating two
    events of one year names it once)."""
    return remembered(text, ("dates",), find_dates, text)


def find_dates(text: Parsed) -> list[tuple[Mention, int, int, int]]:
    years = [m for m in text.mentions if m.family == "year" and not m.bound]
    found, used = [], set()
    for m in text.mentions:
        if m.family != "month":
            continue
        year = next((y for y in years if text.text[m.end:y.start] in JOINS), None)
        if year:
            used.add(year)
        elif len({y.value for y in years}) == 1 and not limit(text, years[0]):
            year = years[0]  # (not the year of a limit, "until May 2031": `qa.claims.limits`)
        found.append((m, m.day, int(m.value), int(year.value) if year else 0))
    found += [(y, 0, 0, int(y.value)) for y in years if y not in used]
    return found


def date_end(text: Parsed, when) -> int:
    """Where a date of `dates` ends: at its year, when one follows its month."""
    mention = when[0]
    year = next((y for y in text.mentions if y.family == "year" and y.start >= mention.end
                 and text.text[mention.end:y.start] in JOINS), None) \
        if mention.family == "month" else None
    return year.end if year else mention.end


def word_before_date(text: Parsed, start: int) -> int | None:
    """The index of the word before a date, past its day ("before 3 March"), or None."""
    before = [k for k, t in enumerate(text.tokens) if t.end <= start]
    while before and text.tokens[before[-1]].word[:1].isdigit():
        before.pop()
    return before[-1] if before else None


def same_date(mine: tuple[int, int, int], theirs: tuple[int, int, int]) -> bool:
    """The claim's date is the text's, as far as the claim gives it (its day, its month, its
    year) and the text gives the same parts."""
    return all(a == b for a, b in zip(mine, theirs) if a) and sum(map(bool, mine)) \
        == sum(1 for a, b in zip(mine, theirs) if a and b)


def apart(start: tuple[int, int, int], end: tuple[int, int, int], mention: Mention,
          way: int) -> bool:
    """`end` lies the offset `mention` from `start`, forward (`way` 1) or back (-1): by their
    days where both give them, else by their months, else by their years."""
    unit, span = mention.unit, mention.value
    if unit not in SIZES_IN_DAYS or not (start[2] and end[2]):
        return False
    if start[0] and end[0]:
        try:
            gap = (date(end[2], end[1], end[0]) - date(start[2], start[1], start[0])).days
        except ValueError:  # "30 February": no date to count from
            return False
        slack = 0 if unit in DAYS else SLACK_DAYS
        return fits(gap * way, span * SIZES_IN_DAYS[unit], mention.bound, slack,
                    approached_from(mention))
    if unit in DAYS:
        return False  # "two weeks later" needs both days
    if unit == "month" and start[1] and end[1]:
        months = (end[2] - start[2]) * 12 + end[1] - start[1]
        return fits(months * way, span, mention.bound, 0, approached_from(mention))
    if unit in YEARS:  # by the calendar: "ten years later" from July 2013 is 2023
        return fits((end[2] - start[2]) * way, span * YEARS[unit], mention.bound, 0,
                    approached_from(mention))
    return False


def fits(gap: float, span: float, bound: str, slack: float, side: str = "") -> bool:
    """The gap between the dates is the span as the claim hedges it; a hedge that comes near
    from one side (`side`, `approach.approached_from`) keeps to that side: "a little over two
    months" is not 25 April to 20 June, "a little under" not 25 April to 1 July."""
    if gap <= 0:
        return False
    if bound == "lower":
        return gap > span
    if bound == "upper":
        return gap <= span
    if side == "lower":
        return span - slack <= gap <= span + HEDGED * span
    if side == "upper":
        return span - HEDGED * span <= gap <= span + slack
    if bound:
        return abs(gap - span) <= HEDGED * span
    return abs(gap - span) <= slack
