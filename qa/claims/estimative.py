"""An analyst's estimative wrapper around a claim's clause, read for what it says (round 81).

Intelligence estimates and assessments number their judgements and give each a stated
likelihood or confidence: "Key Judgment 2: ...", "(KJ-3) ...", "We assess with high confidence
that P", "We judge that P", "With moderate confidence, we estimate P", "It is almost certain
that P", "X almost certainly did Y", "We assess it is unlikely that P". Left in, the label's
number is a figure no sentence states and "assess", "confidence", "high" are words no source
holds, so a stated clause was not found (round 81: 37 of the 47 wrong verdicts of a released
set written in this voice).

The label is layout, as a list marker is, and goes. The lead is the writer's own judgement
at a stated confidence: the writer asserts P, so the clause is checked (confidence is how sure
the analyst is of the evidence, not which way the judgement goes: low confidence is still P).
A stated likelihood decides which way:
- high ("it is almost certain / very likely / likely / probable that"; the adverbs "almost
  certainly", "very probably", "probably") asserts P, and goes;
- low ("unlikely", "very unlikely", "improbable", "almost no chance", "remote") asserts that P
  is not so: the clause is checked and its verdict turned (`unlikely_clause`, read as "It is
  not true that P" is, `qa.claims.frames.denial_of`);
- an even chance ("roughly even chance", "about even odds") asserts neither, and stays.
A third party's judgement ("The panel assesses that P") is an event of its own and stays.
"""
from __future__ import annotations

import re

# cheap test: a claim with none of these words has no estimative wrapper
CUE_RE = re.compile(r"\bKJ|\b(?:Judge?ments?|assess\w*|judge[ds]?|estimate[ds]?|certain\w*|"
                    r"likely|unlikely|probabl[ey]|improbable|chance)\b", re.IGNORECASE)

# a numbered judgement: "Key Judgment 2:", "Key Judgement 2 -", "KJ 4:", "KJ-4.", "(KJ-4)",
# "[KJ4]", "Key Judgment:"
LABEL_RE = re.compile(
    r"^\s*(?:[(\[]\s*KJ[\s-]*\d+[a-z]?\s*[)\]]\s*[:.\u2013\u2014-]?"
    r"|(?:Key\s+Judge?ments?|KJ)(?:[\s-]*\d+[a-z]?)?\s*[:.\u2013\u2014-])\s*(?=\S)",
    re.IGNORECASE)

LEVEL = r"(?:high|moderate|medium|low)"
CONFIDENCE = (rf"(?:with\s+(?:a\s+)?{LEVEL}(?:\s+(?:to|or)\s+{LEVEL})?\s+"
              rf"(?:degree\s+of\s+)?confidence)")
# the writer judging: "we assess", "I judge", "we continue to assess", "we now estimate"
JUDGING = (r"(?:we|I)(?:\s+(?:now|still|also|further|continue\s+to))?\s+"
           r"(?:assess|assessed|judge|judged|estimate|estimated)")
LEAD = rf"(?:{CONFIDENCE}\s*,?\s*)?{JUDGING}(?:\s*,?\s*{CONFIDENCE}\s*,?)?"

HIGH = (r"(?:almost|nearly|virtually)\s+certain|(?:very|highly)\s+(?:likely|probable)|likely|"
        r"probable|certain")
LOW = (r"(?:very|highly|extremely)\s+(?:unlikely|improbable)|unlikely|improbable|"
       r"(?:almost|virtually)\s+(?:no|zero)\s+chance|remote")
EVEN = r"(?:roughly|about)\s+(?:an\s+)?even\s+(?:chance|odds)"
# "it is likely that", "it likely that" (after "judge"), "that it is unlikely that"
LIKELIHOOD = r"(?:that\s+)?it(?:\s+is|['\u2019]s|\s+was)?\s+(?P<likelihood>{})\s+that\s+"
HIGH_RE = re.compile(rf"^(?:(?i:{LEAD})\s+)?(?i:{LIKELIHOOD.format(HIGH)})(?=\S)")
LOW_RE = re.compile(rf"^(?P<frame>(?:(?i:{LEAD})\s+)?(?i:{LIKELIHOOD.format(LOW)}))(?=\S)")
# "We assess with high confidence that P", "We judge that, by May, P"; at the start, only
# with its "that": "We assess the damage as severe" judges a thing, no clause
LEAD_RE = re.compile(rf"^(?i:{LEAD})\s*,?\s*that\b\s*,?\s*(?=\S)")
EVEN_RE = re.compile(rf"\b(?i:{EVEN})\b")
# the lead inside the claim, after a fronted phrase ("As of May, we assess P"), a relative
# pronoun ("..., which we judge slowed ...") or at the end ("P, we assess.")
INNER = ((re.compile(rf"\s*,\s*(?i:{LEAD})\s*(?=[.!]?\s*$)"), ""),
         (re.compile(rf",\s*(?i:{LEAD})(?:\s*that\b)?(?=\s+\S)"), ","),
         (re.compile(rf"\b(which|that|who)\s+(?i:{LEAD})(?=\s+\S)"), r"\1"))
# an adverb of high likelihood before the word it hedges ("almost certainly suspended");
# "probably not" keeps its "not". Not "likely" in any form: "the most likely bidder",
# "is very likely to" are adjectives, a choice or a forecast the claim states
ADVERB_RE = re.compile(r"(?<=\w)\s+(?i:(?:almost|nearly|virtually)\s+certainly|"
                       r"(?:very|most)\s+probably|probably)(?=\s+\w)")


def label_removed(text: str) -> str:
    """`text` without a numbered judgement's label ("Key Judgment 2:", "(KJ-2)")."""
    match = LABEL_RE.match(text)
    return text[match.end():] if match else text


def estimative_removed(text: str) -> str:
    """The clause an estimative wrapper of high likelihood or the writer's judgement frames,
    the judgement's label and adverbs taken out; `text` itself when it has none, and when its
    likelihood is low or even (`unlikely_clause` reads the low)."""
    if CUE_RE.search(text) is None or EVEN_RE.search(text):
        return text
    rest = label_removed(text)
    if LOW_RE.match(rest):
        return text
    match = HIGH_RE.match(rest) or LEAD_RE.match(rest)
    if match:
        rest = rest[match.end():]
    for pattern, kept in INNER:
        rest = pattern.sub(kept, rest)
    rest = ADVERB_RE.sub("", rest)
    if rest == text or len(re.findall(r"[^\W\d_]+", rest)) < 3:
        return text
    return rest[0].upper() + rest[1:]


def unlikely_clause(claim: str) -> tuple[str, str] | None:
    """The frame of low likelihood and the clause it frames ("We assess it is unlikely
    that", "the convoy reached the camp."), the clause's own wrapper taken out; or None."""
    if CUE_RE.search(claim) is None:
        return None
    rest = label_removed(claim)
    match = LOW_RE.match(rest)
    if match is None:
        return None
    clause = estimative_removed(rest[match.end():])
    if len(re.findall(r"[^\W\d_]+", clause)) < 3:
        return None
    return match.group("frame").strip(), clause[0].upper() + clause[1:]


def even_chance(claim: str) -> bool:
    """The claim gives its clause an even chance ("there is a roughly even chance that"):
    it asserts neither the clause nor its opposite, so no source's clause supports it."""
    return CUE_RE.search(claim) is not None and EVEN_RE.search(claim) is not None
