"""Whether a figure in conflict counts the very thing the claim's figure counts, in an event
another typed fact of the claim places: the claim's value replaced in its place.

A differing figure is what another event of the same passage most often has, so it needs most
of the claim's other words (`check.CONTRADICT`), unless the claim's other facts place it
(`qa.claims.anchored`: two of them, one a name) or the sentence names the claim's subject
before another count of the same noun (`qa.claims.count_place`). A claim that rewords its
actor and its verb falls short of both although the sentence tells the same fact: "the
army's own figures showed its soldiers did 350 human rights violations in 2020" / "the
mission's data records the MDSF as perpetrating 530 human rights violations and abuses in
2020". There the two figures count the same thing, said by two content words or more after
each ("human rights violations"), and the sentence states another typed fact of the claim
(the year): the thing counted is the anchor a name is for `anchored`, and one more fact
places the count in the claim's event, so the rest needs only `check.REVERSED_REST`.

Not read: a measure ("11,500 years ago" / "about 10 thousand years ago": the unit and its
"ago" are what any two ages share, as for `count_place`); a single shared word ("12
trawlers" / "40 trawlers": any two counts of a kind); a count with no other fact of the claim
stated (two counts of one kind of thing in two years); a fact of the figure's own family
(another count beside it is of its series); the corpus's setting, which every passage names.
"""
from __future__ import annotations

from ..types import FIGURE_KINDS
from .facts import Parsed
from .tallies import COUNTED, counted, words_after

# content terms the two figures' counted words must share: a kind of thing, not a word any
# count may have ("troops", "people")
SHARED = 2


def counted_in_full(conflicts, claim: Parsed, sentence: Parsed) -> bool:
    """One figure in conflict, no measure, the two figures counting the same thing said by
    every one of their COUNTED content words alike, in the phrase each heads (`phrase`: "30
    percent of the coastguard's patrol capacity" / "70 percent of the coastguard's patrol
    capacity", "40 guild harbour pilots" / "55 guild harbour pilots"): a phrase that long is
    the fact itself, the figure in its own role, where two words ("harbour pilots") are what
    two counts of one kind of thing share. The figure is then placed without another fact,
    and the rest needs only what the event needs (`check.rest_for_event`)."""
    figures = figure_pair(conflicts, claim, sentence)
    return figures is not None and len(phrase(claim, figures[0])
                                       & phrase(sentence, figures[1])) >= COUNTED


def phrase(text: Parsed, figure) -> set[str]:
    """The terms of the noun phrase a figure heads: its first COUNTED content words, in one
    run ("of the coastguard's patrol capacity"), ending at a preposition ("dredgers to the
    western canal" is the dredgers: where they went is another fact)."""
    return {t for token in words_after(text, figure, COUNTED, one_run=True)
            for t in token.terms}


def figure_pair(conflicts, claim: Parsed, sentence: Parsed):
    """The claim's and the sentence's figure of a single figure conflict, neither a measure
    ("years ago", "km": shared by any two durations or lengths); None otherwise."""
    if len(conflicts) != 1 or conflicts[0].kind not in FIGURE_KINDS:
        return None
    conflict = conflicts[0]
    mine = next((m for m in claim.mentions if m.text == conflict.claim
                 and m.family != "name"), None)
    theirs = next((m for m in sentence.mentions if (m.start, m.end) == conflict.span), None)
    if mine is None or theirs is None or mine.unit or theirs.unit:
        return None
    return mine, theirs


def counted_in_place(conflicts, claim: Parsed, sentence: Parsed, found,
                     background: set[str] = frozenset()) -> bool:
    """One figure in conflict, the two figures counting the same thing (SHARED terms of
    `tallies.counted`), and the sentence stating another typed fact of the claim, of another
    family and not the corpus's setting."""
    figures = figure_pair(conflicts, claim, sentence) if found is not None else None
    if figures is None:
        return False
    mine, theirs = figures
    if len(counted(claim, mine) & counted(sentence, theirs)) < SHARED:
        return False
    return any(claim.mentions[n].family != mine.family and claim.mentions[n] is not mine
               and claim.mentions[n].text not in background
               for n in found.stated)
