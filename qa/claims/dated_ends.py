"""A date set beside the opposite deed is that deed's date, not another date of the claim's:
"the drought ended 40 years ago" is not contradicted by "the drought began 300 years ago".

A sentence that gives the claim's event reversed ("began" / "ended", "rose" / "fell") and
another date or "N years ago" for it dates the reversed event: a thing that began at one time
ends at another, a price that rose in one year may fall in the next. Read as two conflicts,
the date and the deed, it called true claims contradicted, the sentence dating the other end
of the span the claim dates. One difference at a time tells what the sentence says of the
claim's event: with the claim's date stated, a reversed deed conflicts ("began in 1890" /
"ended in 1890"); with the deed the claim's, another date conflicts ("ended in 1890" / "ended
in 1902"); with both changed the sentence tells of another event, and the claim's date and
deed are left unstated, neither stated nor in conflict.

Only where every conflict of the sentence is such a date or such a reversal: a name or a
figure of another kind set against the claim still tells of the claim's event.
"""
from __future__ import annotations

import re

from qa.types import ConflictKind, VALUE_KINDS

from .facts import Mention, Parsed

# a count of a unit of time placed back from now: "11,000 years ago", "300 years before
# present", "12,000 BP"
AGO_RE = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:ago|before\s+present|BP)\b", re.I)


def time_point(text: Parsed, mention: Mention) -> bool:
    """The mention dates something: a year, a month, or a count of time back from now. A
    length of time ("over the following three years") dates nothing: another length is another
    fact of the same deed ("later than planned, over two years" / "earlier than planned, in
    six months" stays a conflict)."""
    if mention.family in ("year", "month"):
        return True
    return mention.family == "count" and AGO_RE.match(text.text, mention.end) is not None


def other_event_dated(result, claim: Parsed, terms) -> None:
    """Drops from `result` (a `compare.Comparison`) a reversed deed and the other dates that
    come with it (see the module's docstring); the claim's dates they held go back to the
    unstated facts. `terms` gives a text's index terms."""
    relations = [c for c in result.conflicts if c.kind == ConflictKind.RELATION]
    dated = [c for c in result.conflicts if c.kind in VALUE_KINDS]
    if not relations or not dated or len(relations) + len(dated) != len(result.conflicts):
        return
    mentions = []
    for c in dated:
        mine = next((m for m in claim.mentions if m.text == c.claim), None)
        if mine is None or not time_point(claim, mine):
            return
        mentions.append(mine)
    for c in result.conflicts:
        result.excluded.difference_update(terms(c.claim))
    result.conflicts = []
    result.unstated.extend(m for m in mentions if not any(m is u for u in result.unstated))
