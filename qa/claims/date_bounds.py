"""A date the claim gives as a bound of its event ("approved the budget before April 2016",
"signed the lease after February 2012"), read against the sentence's date of the event.

Read as the date of the event, "before April 2016" was set against "in March 2016": April
against March, a true claim contradicted. The bound is stated by a date of the sentence on
its side of it, as far as the claim gives the date ("before June 2012": any day of May
2012), and conflicts, as before, with a date on the other side. A date equal to the bound as
far as the claim gives it ("in April 2016" for "before April 2016") states nothing: the
claim's date is left unstated.

A date in an opening "After / Before ..." clause (a loose bound, `opening_bound`) is also a
fact of that clause's own event: "After the flood in May 2031, the board hired forty pilots"
says the flood came in May 2031. A sentence's later date ("After the flood of May 2033, the
board hired forty pilots") bounds the hiring on the claim's side but states nothing of the
flood's date, and held as a bound it supported the claim (round 65, leaddate69: a leading
clause's year or month changed, supported). Every date of a claim is a fact to verify: a
loose bound is never held by a date on its side; it is left unstated, or, against the date
of the sentence's own opening clause of the same side, read as a date of the same role
(`bound_reading`).
"""
from __future__ import annotations

from .facts import Mention, Parsed
from .figure_roles import OFFSET_RE, offset
from .intervals import dates, word_before_date

BOUNDS = {"before": -1, "after": 1}  # which side of its date the claim puts its event
# the side of a loose bound (the date of an opening "Before ..." clause's event) is this
# many times a bound's: the same side, and a sentence's date equal to it is read as the
# date of the event, not as a date that states nothing (`bound_reading`)
LOOSE = 2


def claim_bounds(claim: Parsed) -> dict[int, tuple[int, tuple[int, int, int]]]:
    """{number of a claim date mention: (side, its date as (day, month, year))} for each date
    the claim writes right after "before" or "after"."""
    found = {}
    # "a month before January 2022": an offset from the date, no bound (`offset_events`)
    offsets = [OFFSET_RE.match(claim.text, m.end).end() for m in claim.mentions
               if offset(claim, m)]
    for mention, *when in dates(claim):
        word = word_before_date(claim, mention.start)
        side = BOUNDS.get(claim.tokens[word].word.lower()) if word is not None else None
        if side and claim.tokens[word].end in offsets:
            continue
        # (an opening clause's date is a loose bound, `LOOSE` times its side: it may date
        # the main event too, "After seven died in 2022, Egypt stopped convoys" / "stopped
        # in 2022")
        side = side or LOOSE * opening_bound(claim, word)
        if not side:
            continue
        for n, m in enumerate(claim.mentions):
            if m is mention or (m.family == "year" and when[2] and m.value == when[2]
                                and m.start > mention.start
                                and not claim.text[mention.end:m.start].strip(" ,of")):
                found[n] = (side, tuple(when))
    return found


# the words before a date that make it the date of its clause's event ("imposed sanctions in
# January 2022")
DATING = frozenset(("in", "on"))


def opening_bound(claim: Parsed, word: int | None) -> int:
    """The side a claim that opens on "Before" or "After" and a clause of its own puts its
    main event on, of a date dating that clause's event ("Before the guild imposed fees in
    January 2022, the board had expelled its envoy": the expulsion came before the fees, so
    before January 2022 at the latest, as "before January 2022" says); 0 for any other date.
    `word` is the index of the word before the date, which must be "in" or "on", within the
    opening clause (no clause break after the opener)."""
    tokens = claim.tokens
    if word is None or not tokens or tokens[0].word.lower() not in BOUNDS \
            or tokens[word].word.lower() not in DATING \
            or any(t.brk for t in tokens[1:word + 1]):
        return 0
    return BOUNDS[tokens[0].word.lower()]


def opening_side(text: Parsed, mention: Mention) -> int:
    """The side of the opening "Before" or "After" clause the date stands in ("After the
    flood of May 2033, ..."), whatever word dates it there; 0 for a date outside one."""
    tokens = text.tokens
    if not tokens or tokens[0].word.lower() not in BOUNDS:
        return 0
    if any(t.brk for t in tokens[1:] if t.start < mention.start):
        return 0
    return BOUNDS[tokens[0].word.lower()]


def bound_reading(bound: tuple[int, tuple[int, int, int]], sentence: Parsed
                  ) -> tuple[str, Mention | None]:
    """("holds", the sentence's date mention on the bound's side), ("equal", None) when a
    date of the sentence is the bound as far as the claim gives it, or ("", None) when no
    date of the sentence decides (left to the reading of the date as the event's)."""
    side, (day, month, year) = bound
    mine = [part for part in (year, month, day) if part]
    candidates = []
    for mention, *theirs in dates(sentence):
        their = [p for p, own in zip(reversed(theirs), (year, month, day)) if own]
        if len(their) == len(mine) and all(their):  # "in 2016" does not say whether it
            candidates.append((mention, their))  # was before April 2016
    if len(candidates) != 1:
        return "", None  # two dates: which is the event's is not this reading's to say
    mention, their = candidates[0]
    if their == mine:
        if abs(side) == LOOSE:
            return "", None  # "After seven died in 2022, Egypt stopped" / "in 2022": the
            # date of both events, as the claim's own reading of it says
        word = word_before_date(sentence, mention.start)
        if word is not None and BOUNDS.get(sentence.tokens[word].word.lower()) == side:
            return "holds", mention  # "before 2015" / "before 2015": the bound itself
        return "equal", None
    if (their > mine) == (side > 0):
        if abs(side) == LOOSE:
            # "After the flood of May 2031, the board hired pilots" / "After the flood of May
            # 2033, the board hired pilots": the opening clause's date is a fact of that
            # clause's event (the flood's), which a later date of the sentence does not
            # state, however well it bounds the main event; where the sentence's date dates
            # an opening clause of the same side too, the two are one role, read as any
            # date (a conflict), else unstated
            return ("", None) if opening_side(sentence, mention) * LOOSE == side \
                else ("equal", None)
        return "holds", mention
    return "", None
