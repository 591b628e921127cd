"""The clause after a colon that elaborates a lead-in, read for support on its own (round 62).

A colon joins a clause to what explains or elaborates it: the fact is in what follows
("Closures are old hat here: in May 2031, the Ostvik pier had shut ...", "Yes, the
gap was wide: Velden and Brenna took 70 percent ...", "Supply headache: some
depots took four weeks to reach"). The lead-in sums the fact up in the writer's words, which
no report uses, so weighed with the rest they keep a stated fact from being found.
`qa.claims.rhetoric` takes out one kind of lead-in, a verdict by a judging adjective, for
every reading; any other is read here, for support only.

`elaboration` gives the clause after the colon when the lead-in can hold no fact of its own:
a few words that judge their subject by "be" and a complement (a lexical verb tells an
event, which may be the claim's own unstated fact), without a figure, a date or a name
(`rhetoric.fact_bearing`) or a word of quantity (`rhetoric.measuring`), and the clause
after it a statement of its own (a verb, enough words). Measured (round 62): lead-ins of
any clause, verbless labels and lexical verbs included, gained 4 true supports and made one
wrong support on an unread set. `check.check` reads the elaboration alone only when the whole claim is not
found, and takes it only when it is supported: a lead-in is never what a sentence
contradicts, and a claim the sources contradict as written stays contradicted.
"""
from __future__ import annotations

import re

from .rhetoric import COPULA, MIN_CORE_WORDS, WORD_RE, fact_bearing, measuring

# the first colon of the claim, not one inside a figure or a time ("10:30", "3:1")
COLON_RE = re.compile(r"(?<!\d):(?!\d)\s+(?=\S)")
MAX_LEAD_WORDS = 8  # a lead-in sums up in a few words; a longer clause is a fact of its own
# a lead-in that judges: its subject, then "be" and what the subject is judged to be
# ("Closures are old hat here", "the gap was wide"); a lexical verb tells an
# event ("The residents feared attacks: ..."), which may be the claim's own unstated fact
JUDGING_RE = re.compile(rf"\w[^:]*?\s{COPULA}\s+\S")


def elaboration(claim: str, has_verb) -> str | None:
    """The clause after the claim's colon when the words before it are a lead-in without a
    fact (above), else None. `has_verb`: whether words can make a statement
    (`check.has_verb`)."""
    if ":" not in claim:
        return None
    match = COLON_RE.search(claim)
    if match is None:
        return None
    lead, core = claim[:match.start()], claim[match.end():]
    lead_words, core_words = WORD_RE.findall(lead), WORD_RE.findall(core)
    if not lead_words or len(lead_words) > MAX_LEAD_WORDS \
            or fact_bearing(lead) or measuring(lead) or not JUDGING_RE.match(lead) \
            or len(core_words) < MIN_CORE_WORDS or not has_verb(core_words):
        return None
    return core[0].upper() + core[1:] if core[:1].islower() else core
