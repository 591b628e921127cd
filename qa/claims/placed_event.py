"""A claim that places its event from another by an offset, contradicted by one of the two.

"In June 2031, a month before the ferry strike, the port board raised its fees by 40 percent"
asserts the raise, its date and its figure, and places it from another event. A sentence
that sets the raise otherwise ("In June 2031 the port board raised its fees by 25 percent")
was found in conflict with the whole claim, but left the offset's words ("a month before the
ferry strike") unstated: a rest too large for a contradiction (`check.CONTRADICT`), so the
claim was not found. The event the offset places (`dated_apart.events`), read alone, has no
such words to miss; its conflict makes the claim false whatever the offset says. It is
taken (`contradicted_placed`) when the whole claim's reading found the same conflict in the
same sentence, and that sentence states the event's main verb (`main_verb`) or sets it
otherwise: read alone, a short clause meets a conflict with another event as easily as with
its own ("the salvage crew left on 9 February" against "On 8 February the salvage crew
repaired the lamps").

The other way round, a conflict the whole claim met in the words of the event the offset
counts from, such as its date ("A month after the audit came out in August 2031, the guild
asked for lower fees" against "In September 2031, the guild asked for lower fees"), is that
event's, not the claim's, when the sources state that event as the claim gives it: read alone,
it is supported (`anchor_checked`), and the claim is read as if nothing conflicted, the span
between the two events deciding (`dated_apart`). Any other conflict stands (an event counted
from that is not found alone may be the one the sentence sets otherwise), and so does a
conflict with the offset itself ("a month after" / "A month earlier", "two weeks" / "two
months"): it is the claim's.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..errors import UsageError
from ..types import CheckResult, Evidence, Stance, Verdict
from .facts import Mention, Token, parse
from .main_verb import main_verb
from .vocabulary import Vocabulary


def contradicted_placed(result: CheckResult, own: str, own_read: CheckResult,
                        vocab: Vocabulary) -> CheckResult | None:
    """The claim (`result`, not found whole) contradicted by the event its offset places
    (`own`, read alone as `own_read`), or None when the conflict may be another event's."""
    if own_read.verdict != Verdict.CONTRADICTED:
        return None
    whole = {}
    for e in result.evidence:
        whole.setdefault(e.sentence, set()).update(e.conflicts)
    verb = main_verb(parse(own, vocab))
    if not any(e.stance == Stance.CONTRADICTS and whole.get(e.sentence, set()) & set(e.conflicts)
               and verb_told(verb, e) for e in own_read.evidence):
        return None
    return replace(result, verdict=Verdict.CONTRADICTED, confidence=own_read.confidence,
                   disagreement=own_read.disagreement, evidence=own_read.evidence,
                   unverified=own_read.unverified)


def verb_told(verb: Token | None, evidence: Evidence) -> bool:
    """The sentence states the clause's main verb or conflicts with it ("reached" / "had
    not yet reached"); a clause whose verb `main_verb` does not find is placed by the
    conflict the whole claim's reading found alone."""
    return verb is None or verb.word in evidence.states \
        or any(verb.word in conflict.claim.split() for conflict in evidence.conflicts)


def anchor_checked(result: CheckResult, split: tuple[Mention, str, str],
                   check_one: Callable[[str], CheckResult]) -> CheckResult:
    """`result` (the claim contradicted whole), or not found when every conflict it met lies
    in the event the offset counts from (`split`: the offset, the event it places, that
    event) and not in the placed one, and that event, read alone, is supported."""
    _, own, other = split
    against = [c for e in result.evidence if e.stance == Stance.CONTRADICTS for c in e.conflicts]
    if not against or not all(written(c.claim, other.rstrip(".")) and not written(c.claim, own)
                              for c in against):
        return result
    try:
        if check_one(other).verdict != Verdict.SUPPORTED:
            return result
    except UsageError:  # an event named by a noun ("the vote"): no statement to read
        return result
    return replace(result, verdict=Verdict.NOT_FOUND, disagreement=False,
                   evidence=tuple(replace(e, stance=Stance.RELATED) for e in result.evidence))


def written(words: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None
