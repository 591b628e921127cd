"""A span between two events that one document dates in two sentences of their own.

"Two weeks after the guild asked for the lease, the port board granted it" places one event
from another; a report seldom says "two weeks" but dates each event where it tells it: "On 3
May 2031 the guild asked for the lease. ... The port board granted it on 17 May 2031."
`intervals` reads such an offset when one text (a sentence, a neighbour pair) gives both
dates; here the claim is cut at its offset into its two events, each read as a claim of its
own ("the guild asked for the lease", "the port board granted it"), and the offset is read
against the dates of the sentences that support them.

A join of two sentences far apart is loose (round 79 supported false claims with one), so
each event must be supported alone, as strictly as any claim (its actor, its verb, every
word), by a sentence of one document that dates it once, by the date that opens the sentence
or follows "on" / "in" (not "after 3 May", not "until May"): that date is the event's. The
offset is then read by `intervals.apart` (days exactly, months by the calendar, hedges and
bounds). Dates that place the events otherwise contradict the claim, a conflict of the
figure's kind, only when every such pair of sentences of every document that supports both
events says so, even with the offset read hedged: then both events are surely the claim's,
and the sources date them apart otherwise.

The offset may open the claim ("Two weeks after B, A", A going on past further commas: "...,
citing C"), stand between commas inside it ("In May 2031, two weeks after B, A": the event
placed is "In May 2031, A") or close it; the event it counts from ends at the first comma.
The placed event contradicted alone contradicts the claim (`qa.claims.placed_event`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..errors import UsageError
from ..types import CheckResult, Conflict, ConflictKind, Evidence, Stance, Verdict
from .facts import Mention, Parsed, parse
from .figure_roles import offset, offset_direction
from .intervals import apart, date_end, dates, offset_end, word_before_date
from .placed_event import anchor_checked, contradicted_placed
from .vocabulary import Vocabulary

# a cheap test before any parse: a measure of time, then an offset's word
OFFSET_CUE_RE = re.compile(r"\b(?:day|week|fortnight|month|year|decade)s?\b[\w\s-]{0,12}?"
                           r"\b(?:later|earlier|after|before|prior)\b", re.I)
# the year given to two dates of one paragraph that name none (`one_year`)
ANY_YEAR = 2001
# the words before a date that make it the date of the sentence's own event
ON_DATE = frozenset("on in during".split())
# how an offset's clause opens after its figure: "after the vote", "before the vote"
PREPOSITIONS = frozenset("after before prior".split())
# hedge words that may stand before an offset ("just about two weeks after ...")
HEDGES = r"(?:(?:just|only|some|about|around|roughly|nearly|almost|exactly|a|full|fully|" \
         r"little|over|under|more|less|than)\s+)*"
HEDGE_RE = re.compile(rf"^{HEDGES}$", re.I)
# a clause joined to the one before, the offset opening it: "..., and nine days later ..."
JOINED_RE = re.compile(rf"(?:,\s*(?:and|but)?|;)\s*{HEDGES}$", re.I)
# the hedge words that end the event the offset places: "A came just two weeks after B"
TRAILING_RE = re.compile(rf",?\s*{HEDGES}$", re.I)


def read_apart(claim: str, result: CheckResult, check_one, vocab: Vocabulary
               ) -> CheckResult:
    """`result` (the claim read whole, not found), or the claim supported or contradicted by
    two sentences of one document dating its two events (`events`). `check_one`: the checker
    of one claim (called only for a claim with an offset that splits into two events)."""
    parsed = parse(claim, vocab)
    split = events(parsed)
    if split is None:
        return result
    mention, own, other = split
    try:
        own_read = check_one(own)
        if own_read.verdict != Verdict.SUPPORTED or own_read.unverified:
            # the placed event contradicted alone (`qa.claims.placed_event`)
            return contradicted_placed(result, own, own_read, vocab) or result
        other_read = check_one(other)
    except UsageError:  # a part that makes no statement ("The 2031 elections.")
        return result
    if other_read.verdict != Verdict.SUPPORTED or other_read.unverified:
        return result
    way = offset_direction(parsed, mention)
    fitting, against, undecided = [], [], False
    for mine in supports(own_read):
        for theirs in supports(other_read):
            if mine.hit.passage.source != theirs.hit.passage.source \
                    or mine.sentence == theirs.sentence:
                continue
            when, since = event_date(mine.sentence, vocab), event_date(theirs.sentence, vocab)
            if when is None or since is None:
                continue
            if mine.hit.passage.paragraph == theirs.hit.passage.paragraph:
                when, since = one_year(when, since)
            if apart(since[1], when[1], mention, way):
                fitting.append((mine, theirs))
            elif comparable(since[1], when[1], mention) \
                    and not apart(since[1], when[1], replace(mention, bound="approx"), way):
                against.append((mine, theirs, f"{since[0]} / {when[0]}"))
            else:
                undecided = True  # dates that neither fit the offset nor surely refute it
    confidence = min(own_read.confidence, other_read.confidence)
    if fitting and not against:
        return replace(result, verdict=Verdict.SUPPORTED, confidence=confidence, unverified=(),
                       evidence=ranked(fitting[0], Stance.SUPPORTS))
    if not against or fitting or undecided:
        return result
    mine, theirs, given = against[0]
    figure = claim[mention.start:offset_end(parsed, mention)]
    return replace(result, verdict=Verdict.CONTRADICTED, confidence=confidence, unverified=(),
                   evidence=ranked((mine, theirs), Stance.CONTRADICTS,
                                   (Conflict(figure, given, ConflictKind.NUMBER),)))


def read_anchor(claim: str, result: CheckResult, check_one, vocab: Vocabulary) -> CheckResult:
    """`result` (the claim contradicted whole), or not found when its conflicts are the
    other event's (`placed_event.anchor_checked`)."""
    split = events(parse(claim, vocab))
    return result if split is None else anchor_checked(result, split, check_one)


def events(claim: Parsed) -> tuple[Mention, str, str] | None:
    """The claim's offset and its two events as claims of their own: the event the offset
    places, then the one it counts from. "Nine days after the guild asked, the board
    granted it", "In May, nine days after the guild asked, the board granted it", "The board
    granted it nine days after the guild asked", "The guild asked, and nine days later the
    board granted it"; None for any other shape (one offset only)."""
    found = [m for m in claim.mentions if offset(claim, m) and offset_direction(claim, m)]
    if len(found) != 1:
        return None
    mention = found[0]
    text, end = claim.text.rstrip(" .!"), offset_end(claim, mention)
    word = claim.text[mention.end:end].split()[-1].lower()
    before, after = text[:mention.start], text[end:].strip()
    if word == "ago":  # counted from now, not from the other clause's event
        return None
    if word == "prior":
        if not after.lower().startswith("to "):
            return None
        after = after[3:]
    if word in PREPOSITIONS:
        if HEDGE_RE.match(before):  # "Two weeks after B, A" (A may go on: "..., with C")
            other, comma, own = after.partition(", ")
            return (mention, clause(own), clause(other)) if comma else None
        if before.rstrip().endswith(",") and ", " in after:  # "In May, two weeks after B, A"
            other, _, rest = after.partition(", ")
            return mention, clause(f"{before.rstrip(' ,')}, {rest}"), clause(other)
        own = TRAILING_RE.sub("", before)
        return (mention, clause(own), clause(after)) if "," not in after else None
    joined = JOINED_RE.search(before)
    if joined is None or "," in after.lstrip(", ")[:-1]:
        return None
    return mention, clause(after.lstrip(", ")), clause(before[:joined.start()])


def clause(text: str) -> str:
    text = text.strip(" ,;")
    return text[:1].upper() + text[1:] + "."


def event_date(sentence: str, vocab: Vocabulary) -> tuple[str, tuple[int, int, int]] | None:
    """The one date of the sentence's own event, as written and as (day, month, year): opening
    the sentence or after "on", "in", "during"; None when the sentence has none or several."""
    text = parse(sentence, vocab)
    found = {when[1:]: text.text[when[0].start:date_end(text, when)] for when in dates(text)
             if own_date(text, when[0])}
    return next((written, when) for when, written in found.items()) if len(found) == 1 \
        else None


def one_year(when, since):
    """Two dates of one paragraph that give their months but no year, less than half a year
    apart, as dates of one year: a paragraph that dates its events "On 3 May" and "On 17 May"
    tells of one year, which it gives elsewhere or not at all ("On 28 December" and "On 4
    January" may be of two, so months farther apart are left without one)."""
    (told, (day, month, year)), (told_since, (day_since, month_since, year_since)) = when, since
    if year or year_since or not (month and month_since) or abs(month - month_since) > 5:
        return when, since
    return (told, (day, month, ANY_YEAR)), (told_since, (day_since, month_since, ANY_YEAR))


def own_date(text: Parsed, mention: Mention) -> bool:
    n = word_before_date(text, mention.start)
    return n is None or text.tokens[n].word.lower() in ON_DATE


def comparable(since: tuple[int, int, int], when: tuple[int, int, int], mention: Mention
               ) -> bool:
    """Both dates give the parts the offset's measure counts by: days and weeks need the
    day, months the month, years the year."""
    needed = {"day": 0, "week": 0, "fortnight": 0, "month": 1}.get(mention.unit, 2)
    return all(since[k] and when[k] for k in range(needed, 3))


def supports(result: CheckResult) -> list[Evidence]:
    """The sentences that support the event whole: the first support's facts, all of them (the
    others listed may state only a part: "asked the port board for a lease" beside "the port
    board granted the lease")."""
    found = [e for e in result.evidence if e.stance == Stance.SUPPORTS]
    return [e for e in found if set(e.states) >= set(found[0].states)] if found else []


def ranked(found, stance: Stance, conflicts: tuple[Conflict, ...] = ()) -> tuple:
    return tuple(replace(e, stance=stance, conflicts=conflicts,
                         hit=replace(e.hit, rank=n)) for n, e in enumerate(found, start=1))
