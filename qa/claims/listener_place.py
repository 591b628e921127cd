"""The listener's place as the claim's setting: "If you're watching from Tulsa, ..." -> "In
Tulsa, ...".

A broadcaster or a guide addresses the claim's fact to listeners in a place: "If you're
watching from Tulsa, March is your windiest month", "If you live in Leeds, ...". The condition
is the listener's own act (watching, living, tuning in), which no source states; its place is
what the fact is about, as "In Tulsa, March is the windiest month" says. Left in, the verb
("watching") was weighed as a fact no sentence states, and the place, inside a condition, was
not read as the claim's setting, so a true claim was left not_found.

Read only in one syntactic place: a claim opening with "If you" (an optional auxiliary or
contracted "'re"/"'ve"), one to three lower-case words of the listener's act, a preposition of
place ("in", "from", "at", "near", "around") and a capitalised name, then the comma that ends
the condition. Nothing in the condition may deny or bound anything (a negation, a figure): "If
you don't live in Tulsa, ..." or "If you drive 40 miles from Tulsa, ..." stay as written. The
place is kept: a claim about another place than the source's is no more stated than before.
"""
from __future__ import annotations

import re

# "If you're watching from", "If you are tuning in from", "If you live in", "If you happen to
# be in": the listener's act, at most three lower-case words, none a negation
LISTENER_RE = re.compile(
    r"^(?i:if)\s+(?:you|You)(?:['\u2019](?:re|ve)|\s+(?:are|were|have|had))?"
    r"(?P<act>(?:\s+[a-z]+){1,3}?)\s+(?:in|from|at|near|around)\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*,\s*(?=\S)")
DENIALS = frozenset("not never no don't doesn't didn't aren't won't can't".split())


def listener_place_read(text: str) -> str:
    """`text` with an opening condition on the listener's place read as "In PLACE," (itself
    when it has none)."""
    match = LISTENER_RE.match(text)
    if match is None or set(match.group("act").split()) & DENIALS:
        return text
    return f"In {match.group('place')}, {text[match.end():]}"
