"""The year a sentence's date leaves to its context, taken from the sentence that set it.

Reports give a year once, in a phrase that opens a sentence ("Earlier in 2022, Benin and
Sweden signalled ..."), and then date the events that follow by day and month alone ("In July,
it temporarily suspended ..."): the reader takes the year from the frame the paragraph set. A
claim that gives the whole date ("in July 2022") is stated by such a sentence when the frame's
year is the claim's. The inherited year only fills the gap: a sentence that writes any year of
its own keeps its own, and nothing is inherited from a sentence that mentions a year without
opening on it ("MINUSMA, deployed in 2013, ..." dates the deployment, not what follows), nor
from further back than the nearest sentence of the passage that mentions one (the paragraph
may have moved on to another time). A year that ends a state, where it began ("the quay has
been closed since May 2029") or how long it lasts ("until May 2031"), dates no event of the
story and is passed over (`limits.off_story`). A different year in the frame is not a
contradiction (`check.align` counts only agreeing years; bench/README, round 36, context16,
for why).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.sentences import split_sentences
from .around import YEAR_AFTER_RE  # a year right after a month: one date ("July 2022")
from .compare import agree
from .facts import MONTHS, Mention, Parsed, remembered
from .limits import off_story

# the words that may open a sentence before the year that frames it: prepositions of a time
# that holds the events told next ("In 2021,", "During 2019", "On 25 June 2014"), the part
# of the year ("In early 2022", "By the end of 2014" is a bound, not a frame: no "by"), and
# the connectives a sentence opens on ("However, in 2016")
FRAME_WORDS = frozenset(
    "in on during throughout at early earlier late later mid middle the of start beginning "
    "first second half spring summer autumn fall winter then also however meanwhile and but "
    "so thus".split()) | frozenset(MONTHS)
WORD_RE = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True)
class Inherited:
    """A year of the claim that the sentence's context states."""
    claim: int  # the claim's mention number
    year: Mention  # the passage's framing year
    frame: str  # the framing phrase as written ("Earlier in 2022")

    def shown(self) -> str:
        """How the report shows it: the year, and where it comes from."""
        return shown(self.year.text, self.frame)


def shown(fact: str, source: str) -> str:
    """A fact the sentence leaves to its context, as the report shows it: with the words of
    the context that state it ("2022 (from "Earlier in 2022")")."""
    return f"{fact} (from \"{source}\")"


def inherited_years(claim: Parsed, found, sentence: Parsed, passage: Parsed,
                    carried: tuple[Mention, str] | None = None) -> list[Inherited]:
    """The claim's years that the sentence leaves unsaid while stating their date's day or
    month without any year, and that the frame set before it in the passage states alike;
    `carried`: the year the paragraphs before under the same heading set
    (`qa.claims.carried_year`), taken when the passage mentions no year before the sentence."""
    if any(m.family == "year" and not off_story(sentence.text, m.start) for m in sentence.mentions):
        return []  # the sentence dates its events itself
    wanted = [n for n, m in enumerate(claim.mentions) if m.family == "year" and not m.bound
              and m in found.unstated and month_stated(claim, m, found)]
    if not wanted:
        return []
    frame = remembered(passage, ("frame before", sentence.text),
                       frame_year, sentence, passage)
    if frame is None:  # "On 11 November, ..." told before "Earlier in 2022, ..."
        frame = remembered(passage, ("frame after", sentence.text),
                           year_looked_back, sentence, passage)
    if frame is None and carried is not None and undated_before(sentence, passage):
        frame = carried
    if frame is None:
        return []
    year, phrase = frame
    return [Inherited(n, year, phrase) for n in wanted if agree(claim.mentions[n], year)]


def month_stated(claim: Parsed, year: Mention, found) -> bool:
    """The claim's year completes a month of the claim ("July 2022") that the sentence states."""
    return any(claim.mentions[n].family == "month" and claim.mentions[n].end <= year.start
               and YEAR_AFTER_RE.fullmatch(claim.text[claim.mentions[n].end:year.end])
               for n in found.stated)


def frame_year(sentence: Parsed, passage: Parsed) -> tuple[Mention, str] | None:
    """The year that opens the nearest sentence before `sentence` in its passage to mention a
    year, with its opening phrase; None when that sentence mentions years without opening on
    one, or no sentence before does."""
    at = passage.text.find(sentence.text)
    if at <= 0:
        return None
    return last_opening_year(passage, split_sentences(passage.text[:at])) or None


def last_opening_year(passage: Parsed, spans) -> tuple[Mention, str] | None | bool:
    """The year that opens the last of the sentence `spans` to mention a year, with its
    opening phrase; None when that sentence mentions years without opening on one, or opens
    on a bound; False when none of them mentions a year."""
    for start, end in reversed(spans):
        found = first_year(passage, start, end)
        if found is None:
            continue
        first, opening = found
        if first.bound or not frames(opening):
            return None
        return first, passage.text[start:first.end].strip()
    return False


def first_year(passage: Parsed, start: int, end: int) -> tuple[Mention, str] | None:
    """The first year the passage mentions between `start` and `end` (a sentence), with the
    words before it from `start`; None if there is none. An end of a state ("the quay has
    been closed since May 2029", "would stay until May 2031") is passed over: it dates no
    event of the story, and the year the story is in reaches past it."""
    years = [m for m in passage.mentions if m.family == "year" and start <= m.start < end
             and not off_story(passage.text, m.start)]
    if not years:
        return None
    first = min(years, key=lambda m: m.start)
    return first, passage.text[start:first.start]


def year_looked_back(sentence: Parsed, passage: Parsed) -> tuple[Mention, str] | None:
    """The year of the nearest sentence after `sentence` in its passage to open on a year,
    when it opens by looking back within that year ("Earlier in 2022,", "Later in 2022,"):
    the events told before it, dated by day or month alone, fall in that year too. None when
    that sentence opens on a year otherwise ("In 2021, ..." may start another time). A year a
    sentence between mentions without opening on it dates that sentence's own thing ("would
    stay until May 2024"), not the time of the story, so it is passed over."""
    at = passage.text.find(sentence.text)
    if at < 0:
        return None
    after = at + len(sentence.text)
    for start, end in split_sentences(passage.text[after:]):
        start, end = start + after, end + after
        found = first_year(passage, start, end)
        if found is None:
            continue
        first, opening = found
        if first.bound or not frames(opening):
            continue  # a year of the sentence's own thing ("until May 2024")
        if looks_back(opening):
            return first, passage.text[start:first.end].strip()
        return None  # "In 2021, ...": another time begins
    return None


def looks_back(opening: str) -> bool:
    """An opening that places what follows earlier or later in a year the story is in
    ("Earlier in", "Later in"), not a year of its own ("In", "During")."""
    words = WORD_RE.findall(opening.lower())
    return len(words) >= 2 and words[-2] in ("earlier", "later") and words[-1] == "in"


def frames(opening: str) -> bool:
    """The words before a year at a sentence's start make it the time of what the sentence
    tells ("Earlier in 2022,", "On 25 June 2014", "2022 was"): a few words of time only."""
    words = WORD_RE.findall(opening.lower())
    return len(words) <= 6 and all(w in FRAME_WORDS or w.isdigit() for w in words)


def undated_before(sentence: Parsed, passage: Parsed) -> bool:
    """No sentence of the passage before `sentence` mentions a year: a year one mentions sets
    the passage's own time or names another, and the year set before the passage does not
    reach past it."""
    at = passage.text.find(sentence.text)
    return at >= 0 and not any(m.family == "year" and m.start < at
                               and not off_story(passage.text, m.start) for m in passage.mentions)
