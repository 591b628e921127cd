"""A claim told in the voice of the writer's own text, read without that voice (round 65).

A report that sums up its own work opens each claim with it: "The evaluation found that P",
"This inspection noted that P", "Our memo observes, P". Weighed with P, the frame's words
("evaluation", "found") are facts no source states, and a P the sources state word for word
is not found (a right support lost).

Whose voice it is decides, and the corpus tells: a noun that no passage of the sources uses
("memo", "appraisal" in reports that never mention one) can only be the writer's own
document, no party of the events, and its finding is the writer's assertion of P. So is a
person or a body the sources never speak of ("The rapporteur noted that P" in a hearing's
minutes): whoever passed P on, as `qa.claims.cited` reads a speaker without a name, and no
actor of the story. A noun the sources use ("the investigation found that", "the review
concluded", "the mission noted") may be an inquiry or a party of the story, whose finding is
itself the fact: that claim is read whole as before. Only verbs that assert their clause
open such a frame: "found", "notes", "observed", "concluded" (the listed reporting verbs of
`qa.claims.attribution`), never "argues", "claims" or "suggests", whose clause a text may
put forward without asserting it. Measured (round 65): read set 97, written as an audit's
findings, gained seven true supports (one of them by the aside after the impersonal frame
"It was noted that", read by `qa.claims.frames`); a set written as a hearing's minutes two,
its presiding officer the voice.

`check.check` reads the clause alone only when the whole claim is not found, and takes it
only when it is supported: a claim the sources contradict as written stays contradicted,
and a P no sentence states stays not found, frame or none.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .attribution import reporting_verbs
from .rhetoric import MIN_CORE_WORDS, WORD_RE, fact_bearing

# reporting verbs that put a clause forward without asserting it: the writer's text may argue
# or suggest what the sources deny, so its clause is no assertion of the writer's
PUT_FORWARD = frozenset("argued argues claimed claims suggested suggests".split())
MODIFIERS = 2  # lower-case words before the noun: "the final field evaluation"


def asserting_verbs() -> frozenset[str]:
    """The reporting verbs that assert the clause they report."""
    return reporting_verbs() - PUT_FORWARD


@lru_cache(maxsize=1)
def frame_pattern() -> re.Pattern:
    """The frame: "The", "This" or "Our", a few lower-case modifiers, the noun and an asserting
    verb, then the clause: "found that P", "noted that, in May, P", "found, P" or "found P"."""
    verbs = "|".join(sorted(asserting_verbs(), key=len, reverse=True))
    return re.compile(
        rf"^(?:The|This|Our)\s+(?P<modifiers>(?:[a-z][a-z-]*\s+){{0,{MODIFIERS}}}?)"
        rf"(?P<noun>[a-z]+)\s+(?:(?:also|further)\s+)?(?P<verb>{verbs})"
        r"(?:\s+that\s*,\s*|\s+that\s+|\s*,\s*|\s+)(?=\S)")


def own_text_clause(claim: str, spoken_of: Callable[[str], bool],
                    has_verb: Callable[[list[str]], bool]) -> str | None:
    """The clause the writer's own text is said to find or note (above), or None when the
    claim opens with no such frame. `spoken_of`: whether the sources use the noun
    (`check.spoken_of`); `has_verb`: whether words can make a statement (`check.has_verb`)."""
    match = frame_pattern().match(claim)
    if match is None:
        return None
    noun = match.group("noun")
    if spoken_of(noun) or fact_bearing(match.group(0)):
        return None
    core = claim[match.end():]
    words = WORD_RE.findall(core)
    if len(words) < MIN_CORE_WORDS or not has_verb(words):
        return None
    return core[0].upper() + core[1:] if core[:1].islower() else core
