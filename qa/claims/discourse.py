"""The words a claim's register adds to its fact, told from their syntactic place (round 56).

A radio interview, a memo or a post wraps the same facts a report states in words that state
none: a tag question asking the hearer to agree ("..., didn't they?"), the speaker's memory as
the claim's source ("If I remember rightly, ...", "..., as I recall."), a pseudo-cleft whose
factive verb presupposes its clause ("What we saw was that P", "The thing people forget is
that P": P is asserted, the seeing or forgetting is the speaker's), and a sentence adverb
of discourse set off by commas ("Admittedly,", "..., by the way, ...", "In any case,").
Left in, their words ("remember", "forget") are weighed as facts no sentence states (and a
claim ending in a tag question was refused as a question), so a stated claim is not found.
`discourse_removed` gives the claim without them; `qa.claims.frames.unframed` calls it with
its other frames.

Each is a closed syntactic place plus a test from a resource, not a list of phrases met:
- a tag question: a comma, an auxiliary with its pronoun ("didn't they", "is it not") or
  "right", "no", "yeah", then the question mark that ends the claim: the clause before it is
  asserted, its polarity its own (`tag_question`, asked by `check.validate`);
- a memory frame: a first-person conditional or "as" clause of remembering ("if I recall
  correctly", "as far as I remember", "if memory serves"), or "from memory"; not "as far as I
  know" or "I believe", which hedge the claim;
- a factive pseudo-cleft: "What" or "the (one) thing" and a speaker (a person pronoun or
  "people") with a verb that presupposes its complement (Kiparsky and Kiparsky's factives:
  "see", "find", "learn", "notice", "know", "realise", "remember", "forget", "discover",
  "understand"; the emotive "struck", "surprised"), then "is/was that". A negated or modal
  frame ("What we never saw", "What we hoped") does not match: it no longer asserts P;
- a discourse adverb (`qa/search/data/wordnet_discourse.txt`, tools/wordnet_discourse.py):
  an adverb whose every sense tagged in WordNet 3.0's concordance is glossed as a use in
  discourse (a sentence modifier, the speaker's attitude, "introducing a different topic",
  "as acknowledged"), at the start before a comma, between commas, or after a comma at the
  end. An adverb with a sense of manner, time, degree or doubt stays;
Nothing removed holds a figure, a negation of the clause or a name the claim asserts.

Tried and dropped: a wire dateline ("BAMAKO (Reuters) —") taken off, or read as "In Bamako,":
on the blind wire-bulletin set it lost one and two right contradictions and gained nothing
(round 56): a wire claim's dateline is where its event happened, a fact.
"""
from __future__ import annotations

import re

from ..search.wordnet import discourse_kind
from .clause_size import clause

# cheap test: a claim with none of these is left alone without trying the readings
CUE_RE = re.compile(r"\?|\b(?:remember|recall|recollect|memory|that|[a-z]+\s*,)",
                    re.IGNORECASE)

# "..., didn't they?", "..., is it not?", "..., right?": the hearer asked to agree
AUXILIARY = (r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|must|"
             r"wo|ca)")
TAG_RE = re.compile(
    rf",\s*(?:(?i:{AUXILIARY})(?:n['\u2019]t)?(?:\s+(?:it|they|he|she|we|you|there|that|"
    rf"I))(?:\s+not)?|(?i:right|no|yeah|eh|okay|ok|correct|true))\s*\?[\"'\u201d\u2019)]*\s*$")

# "If I remember rightly,", "As far as I can recall,", "If memory serves me right,", "From
# memory,": the speaker's memory given as the claim's source
MEMORY = (r"(?:(?:if|as\s+far\s+as|as)\s+(?:I|we)\s+(?:can\s+|could\s+|do\s+)?"
          r"(?:remember|recall|recollect)(?:\s+(?:it\s+)?(?:rightly|correctly|right|well))?"
          r"|if\s+(?:my\s+)?memory\s+serves(?:\s+(?:me|us))?"
          r"(?:\s+(?:right|rightly|correctly|well))?"
          r"|(?:from|to\s+(?:the\s+best\s+of\s+)?my|in\s+my)\s+(?:memory|recollection))")
MEMORY_START_RE = re.compile(rf"^(?i:{MEMORY})\s*,\s*(?=\S)")
MEMORY_INSIDE_RE = re.compile(rf",\s*(?i:{MEMORY})\s*(?:,\s*|(?=[.!]*\s*$))")

# "What we saw was that P", "The thing people forget is that P", "What few people realise is
# that P", "What struck me was that P"
SPEAKER = r"(?:I|we|you|they|people|everyone|everybody|many|most\s+people|few\s+people)"
# how a speaker may come to the fact; none negates or doubts it
BESIDE = r"(?:often|always|sometimes|really|soon|quickly|tend\s+to|need\s+to|have\s+to|must|should)"
FACTIVE = (r"(?:saw|see|sees|found|find|finds|learned|learnt|learn|noticed|notice|know|knew|"
           r"knows|realised|realized|realise|realize|remember|remembered|forget|forgets|forgot|"
           r"forgotten|discovered|discover|observed|understand|understood|overlook|overlooked)")
CLEFT_RE = re.compile(
    rf"^(?i:what|the\s+(?:one\s+)?thing|one\s+thing)(?:\s+that)?\s+(?i:{SPEAKER})"
    rf"(?:\s+(?i:{BESIDE}))*\s+(?i:{FACTIVE})\s+(?i:is|was)\s+(?i:that)\s+(?=\S)"
    r"|^(?i:what)\s+(?i:struck|surprised|shocked|amazed|stunned|impressed)\s+"
    r"(?i:me|us|people|everyone|everybody|many)\s+(?i:is|was)\s+(?i:that)\s+(?=\S)")

# a discourse adverb of one to four words, at the start, between commas or at the end
ADVERB = r"([A-Za-z]+(?:\s+[a-z]+){0,3})"
ADVERB_START_RE = re.compile(rf"^{ADVERB}\s*,\s*(?=\S)")
ADVERB_INSIDE_RE = re.compile(rf",\s*{ADVERB}\s*(?:,\s*|(?=[.!]*\s*$))")


def discourse_removed(text: str) -> str:
    """`text` without its tag question, memory frame, factive cleft or discourse adverbs
    (itself when it has none); a reading that would leave less than a clause is not taken."""
    if CUE_RE.search(text) is None:
        return text
    for remove in (untagged, unremembered, uncleft, unmarked):
        shorter = remove(text)
        if shorter != text and clause(shorter):
            text = shorter[0].upper() + shorter[1:]
    return text


def tag_question(text: str) -> bool:
    """The claim ends in a tag question: it asserts the clause before it."""
    return TAG_RE.search(text) is not None


def untagged(text: str) -> str:
    """"The pier closed in 2019, didn't it?" -> "The pier closed in 2019."."""
    return TAG_RE.sub(".", text, count=1)


def unremembered(text: str) -> str:
    """The text without the speaker's memory as its source."""
    text = MEMORY_START_RE.sub("", text, count=1)
    return MEMORY_INSIDE_RE.sub(closed, text)


def closed(inside: re.Match) -> str:
    """What an aside leaves: one space between the words its commas set apart, nothing before
    the claim's end."""
    return " " if inside.group(0).rstrip().endswith(",") else ""


def uncleft(text: str) -> str:
    """The clause a factive pseudo-cleft presupposes: "What we saw was that P" -> P."""
    match = CLEFT_RE.match(text)
    return text if match is None else text[match.end():]


def unmarked(text: str) -> str:
    """The text without its WordNet discourse adverbs set off by commas."""
    match = ADVERB_START_RE.match(text)
    if match and discourse_kind(match.group(1).lower(), "adverb"):
        text = text[match.end():]
    return ADVERB_INSIDE_RE.sub(
        lambda inside: closed(inside) if discourse_kind(inside.group(1).lower(), "adverb")
        else inside.group(0), text)
