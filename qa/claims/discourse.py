"""The words a claim's register adds to its fact, told from their syntactic place (round 56).

A wire bulletin, a radio interview or a post wraps the same facts a report states in words
that state none: a dateline ("BAMAKO (Reuters) —": where the story was filed), the speaker's
memory as the claim's source ("If I remember rightly, ...", "..., as I recall."), a
pseudo-cleft whose factive verb presupposes its clause ("What we saw was that P", "The thing
people forget is that P": P is asserted, the seeing or forgetting is the speaker's), and a
sentence adverb of discourse set off by commas ("Admittedly,", "..., by the way, ...", "In
any case,"). Left in, their words ("Reuters", "remember", "forget") are weighed as facts no
sentence states, or a capitalised place is read as the event's (a dateline's "Mali" against
the claim's own), and a stated claim is not found. `discourse_removed` gives the claim
without them; `qa.claims.frames.unframed` calls it with its other frames.

Each is a closed syntactic place plus a test from a resource, not a list of phrases met:
- a dateline: words in capitals at the claim's start before a dash, a place by the
  lexicon's capitals and countries or WordNet's proper nouns, or followed by its country
  (", Mali") or its agency in brackets ("(AFP)"); one holding a figure (a date) stays,
  since a figure is never taken out;
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
- "Back" before "in" and a year at the start ("Back in 2014, ..."): the year says when.
Nothing removed holds a figure, a negation of the clause or a name the claim asserts.
"""
from __future__ import annotations

import re

from ..search.wordnet import discourse_kind, proper_noun
from ..text.lexicon import capital_cities, country_names

# cheap test: a claim with none of these is left alone without trying the readings
CUE_RE = re.compile(r"^[A-Z]{2}|^Back\s|\b(?:remember|recall|recollect|memory|that|[a-z]+\s*,)",
                    re.IGNORECASE)

# "BAMAKO —", "BAMAKO, Mali (AP) —", "GAO (Reuters) –": capitals, an optional country, an
# optional agency in brackets, then a dash; no figure anywhere in it
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z'\u2019.-]{2,}(?:\s+[A-Z][A-Z'\u2019.-]+){0,2})"
    r"(?:,\s+(?P<country>[A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+){0,2}))?"
    r"(?:\s*\((?P<agency>[A-Z][A-Za-z.&'\u2019 -]{0,30})\))?"
    r"\s*(?:--?|\u2013|\u2014)\s+(?=\S)")

# "If I remember rightly,", "As far as I can recall,", "If memory serves me right,", "From
# memory,": the speaker's memory given as the claim's source
MEMORY = (r"(?:(?:if|as\s+far\s+as|as)\s+(?:I|we)\s+(?:can\s+|could\s+|do\s+)?"
          r"(?:remember|recall|recollect)(?:\s+(?:it\s+)?(?:rightly|correctly|right|well))?"
          r"|if\s+(?:my\s+)?memory\s+serves(?:\s+(?:me|us))?(?:\s+(?:right|rightly|correctly|well))?"
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

# "Back in 2014, ...": "back" only points to the past the year it stands before already gives
BACK_RE = re.compile(r"^Back\s+(?=in\s+(?:[A-Za-z]+\s+)?\d{4}\b)")

# a discourse adverb of one to four words, at the start, between commas or at the end
ADVERB = r"([A-Za-z]+(?:\s+[a-z]+){0,3})"
ADVERB_START_RE = re.compile(rf"^{ADVERB}\s*,\s*(?=\S)")
ADVERB_INSIDE_RE = re.compile(rf",\s*{ADVERB}\s*(?:,\s*|(?=[.!]*\s*$))")

MIN_CLAUSE_WORDS = 4  # what is left must be a clause of its own


def discourse_removed(text: str) -> str:
    """`text` without its dateline, memory frame, factive cleft or discourse adverbs (itself
    when it has none)."""
    if CUE_RE.search(text) is None:
        return text
    for remove in (undated, unremembered, uncleft, unmarked, unpointed):
        shorter = remove(text)
        if shorter != text and clause(shorter):
            text = shorter[0].upper() + shorter[1:]
    return text


def clause(text: str) -> bool:
    return len(re.findall(r"[^\W\d_]+|\d+", text)) >= MIN_CLAUSE_WORDS


def undated(text: str) -> str:
    """The text without a dateline: "BAMAKO (Reuters) — The Council ..." -> "The Council ..."."""
    match = DATELINE_RE.match(text)
    if match is None or not dateline(match):
        return text
    return text[match.end():]


def dateline(match: re.Match) -> bool:
    """The capitals are a place (a capital, a country, a name WordNet knows as an instance:
    "BAMAKO", "TIMBUKTU"), or a country or an agency follows them: an acronym alone before a
    dash ("UNSC — renewed ...") is the claim's subject and stays."""
    place = match.group("place")
    country = match.group("country")
    if country is not None and country.lower() not in country_names():
        return False
    if country or match.group("agency"):
        return True
    words = place.lower()
    return words in capital_cities() or words in country_names() \
        or " " not in words and proper_noun(place.title())


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


def unpointed(text: str) -> str:
    """"Back in 2014 the mission ..." -> "In 2014 the mission ..."."""
    return BACK_RE.sub("", text, count=1)


def unmarked(text: str) -> str:
    """The text without its WordNet discourse adverbs set off by commas."""
    match = ADVERB_START_RE.match(text)
    if match and discourse_kind(match.group(1).lower(), "adverb"):
        text = text[match.end():]

    return ADVERB_INSIDE_RE.sub(
        lambda inside: closed(inside) if discourse_kind(inside.group(1).lower(), "adverb")
        else inside.group(0), text)
