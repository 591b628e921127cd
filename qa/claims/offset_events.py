"""A date the sentence gives one event, where the claim's event is the one it places from it.

"In July 2013, the force replaced a joint mission, which had come to the country six months
earlier" dates the replacing; the coming is placed six months before it. "... on 24 July
2019, a day after a bomb injured two guards" dates the first event; the injuring is a day
before. A claim that gives the placed event the sentence's date ("the joint mission came to
the country in July 2013") finds each of its words in the sentence, the date included, but
the date is not its event's. Where the offset can be counted from the date (years from a
year, months from a month and year, days or weeks from a full date), the date it gives is
the placed event's: a claim that says otherwise at its own precision is in conflict with it
("in July 2019" is still right for a day before 24 July 2019). Where it cannot be counted
("two weeks after" a month), the claim's date is left unstated.

`qa.claims.reckoned` counts an offset that opens its sentence from the sentence before;
this reads one inside the sentence, with the same arithmetic (`reckoned.moved_date`).

The placed event is the clause after the offset's "after" or "before" ("a day after a bomb
injured ..."), or the clause the offset ends with "earlier" or "later" ("which had come ...
six months earlier"). The claim's event is the placed one when the verb its date dates
(`dated.dated_verb`) is a verb of that clause and of no other part of the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..search.wordnet import base_forms, verb_base
from ..types import Conflict, ConflictKind
from .dated import dated_verb
from .facts import Mention, Parsed, Token, clause_bounds, remembered
from .figure_roles import OFFSET_RE, offset
from .intervals import dates
from .reckoned import moved_date, written

# the placed event lies before the dated one after these ("a day after X": X a day before
# the date; "which had come six months earlier"), after it otherwise ("a year before X")
BACK = frozenset(("after", "earlier"))
OPENING = frozenset(("after", "before", "prior"))  # the placed event follows the word


@dataclass(frozen=True)
class OffsetReading:
    """How the sentence dates the claim's event, placed from its date: `numbers` are the
    claim's date mentions; `conflict` the counted date against the claim's, or None; stated
    when the counted date is the claim's, else unstated (it cannot be counted)."""
    numbers: tuple[int, ...]
    placer: Mention
    stated: bool = False
    conflict: Conflict | None = None


def offsets_of(sentence: Parsed) -> list[Mention]:
    """The sentence's offsets of time (`offset`)."""
    return [m for m in sentence.mentions if offset(sentence, m)]


def offset_dated(claim: Parsed, sentence: Parsed) -> OffsetReading | None:
    """The reading of the claim's date for a claim whose event the sentence places from its
    date (`offset`); None for most pairs: a sentence with no offset of time, a claim with
    no date or whose date is neither the sentence's nor the one counted from it."""
    placers = remembered(sentence, ("offsets",), offsets_of, sentence)
    claimed = dates(claim) if placers else []
    if len(claimed) != 1:
        return None
    mention, *mine = claimed[0]
    verb = dated_verb(claim, mention)
    if verb is None:
        return None
    numbers = tuple(n for n, m in enumerate(claim.mentions) if m.family in ("year", "month"))
    for placer in placers:
        span, end = placed_span(sentence, placer)
        anchors = [d for d in dates(sentence) if not span[0] <= d[0].start < span[1]]
        if len(anchors) != 1:
            continue
        anchor = tuple(anchors[0][1:])
        way = -1 if sentence.text[:end].split()[-1].lower() in BACK else 1
        counted = moved_date(anchor, placer.value, placer.unit, way) \
            if not placer.bound and isinstance(placer.value, (int, float)) else None
        if not only_in(verb, sentence, span):
            if counted is not None and agrees(mine, counted) and not agrees(mine, anchor) \
                    and not written_at(verb, sentence):
                # the claim's verb reworded ("put in" / "installed"): its date is the placed
                # event's, whose event the sentence may be telling, or the dated one's, which
                # it then misdates; neither stated nor in conflict
                return OffsetReading(numbers, placer)
            continue
        if counted is not None and agrees(mine, counted):
            return OffsetReading(numbers, placer, stated=True)
        if not agrees(mine, anchor):
            return None  # neither date: the claim's is left to the other readers
        if counted is None:
            return OffsetReading(numbers, placer)
        phrase = sentence.text[placer.start:end].rsplit(None, 1)[0]
        shown = f"{written(counted)} ({phrase} {'before' if way < 0 else 'after'} " \
                f"{written(anchor)})"
        return OffsetReading(numbers, placer, conflict=Conflict(
            written(tuple(mine)), shown, ConflictKind.DATE, (placer.start, placer.end)))
    return None


def placed_span(sentence: Parsed, placer: Mention) -> tuple[tuple[int, int], int]:
    """Where the placed event's clause lies (after "after"/"before" to its clause's end, or
    the clause of an offset ending with "earlier"/"later"), and where the offset ends."""
    end = OFFSET_RE.match(sentence.text, placer.end).end()
    if sentence.text[:end].split()[-1].lower() in OPENING:
        return (end, clause_bounds(sentence, end, end)[1]), end
    return clause_bounds(sentence, placer.start, placer.end), end


def forms(token: Token) -> set[str]:
    word = token.word.lower()
    return {word, *base_forms(word), verb_base(word) or word}


def only_in(verb: Token, sentence: Parsed, span: tuple[int, int]) -> bool:
    """The claim's verb is written in the span (in any form), and nowhere else in the
    sentence."""
    inside = [span[0] <= start < span[1] for start in written_at(verb, sentence)]
    return any(inside) and all(inside)


def written_at(verb: Token, sentence: Parsed) -> list[int]:
    """Where the sentence writes the claim's verb, in any form."""
    mine = forms(verb)
    return [t.start for t in sentence.tokens if forms(t) & mine]


def agrees(mine, counted) -> bool:
    """The claim's (day, month, year) is the counted one as far as the claim gives it ("in
    July 2019" for 23 July 2019); a part the count cannot give (a month, from years) is
    not stated."""
    return all(not own or own == theirs for own, theirs in zip(mine, counted))
