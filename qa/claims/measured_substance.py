"""What a measured figure is a measure of: "40 kilotonnes of sulphur" / "40 kilotonnes of
soot".

A figure with a unit of measure ("tonnes", "gigatonnes", "litres") measures the thing named
after its "of": the sentence "the smelter released between 40 and 70 kilotonnes of soot" does
not say how much sulphur it released. The claim's figures, its unit and every other word
stated, the one unstated word left to the tolerance for a word the sentence may leave out
(`check.stance_of`) was that thing, and a claim with another substance in its place was
supported. A claim that repeats its source's range, read as stated since
`qa.claims.range_stated`, met this most often.

Support is withheld when, for a figure of the claim the sentence states, both write a word
right after the figure (its unit, or what it counts) and "of" and a lower-case phrase after
it, and the first word of the claim's phrase is not stated by the sentence while the first
word of the sentence's phrase is no word of the claim: the sentence measures another thing.
A phrase the sentence leaves out ("40 kilotonnes") or words stated in another form ("CO2" /
"carbon dioxide", counted as stated by `check`) withhold nothing.
"""
from __future__ import annotations

import re

from .compare import unit_after
from .facts import Mention, Parsed, Token, range_partner

OF_RE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
REACH = 3  # content words of the phrase after "of": "tonnes of carbon dioxide equivalent"


def unit_of(text: Parsed, figure: Mention) -> Token | None:
    """The word right after the figure, or after the other end of the range it begins
    ("between 40 and 70 kilotonnes"): what the figure is in."""
    partner = range_partner(text, figure)
    if partner is not None and partner.start > figure.start:
        figure = partner
    unit = unit_after(text, figure)
    if unit is None or text.text[figure.end:unit.start].strip():
        return None
    return unit


def measured_phrase(text: Parsed, unit: Token) -> list[Token]:
    """The lower-case content words right after "<unit> of (the)", before a function word,
    a clause break or a figure; empty when no "of" follows the unit or a name does (the
    owner of what is counted, "the staff of the Agency", is asked elsewhere)."""
    after = [t for t in text.tokens if t.start >= unit.end]
    content = [t for t in after if t.terms]
    if not content or content[0].brk \
            or not OF_RE.fullmatch(text.text, unit.end, content[0].start):
        return []
    run = [content[0]]
    for token in content[1:REACH]:
        if token.brk or text.text[run[-1].end:token.start].strip():
            break
        run.append(token)
    if any(not t.word.islower() for t in run):
        return []
    return run


def substance_other(claim: Parsed, sentence: Parsed, stated: dict[int, Mention],
                    told: frozenset[str]) -> bool:
    """A figure of the claim stated by the sentence (`stated`: claim mention number -> the
    sentence's), written before a word and "of" a phrase the sentence leaves wholly unstated
    (`told`: the claim terms it states in any form), while the sentence's figure is written
    before a word and "of" a phrase whose first word the claim does not write."""
    for n, mine in enumerate(claim.mentions):
        theirs = stated.get(n)
        if theirs is None or mine.family != "count" or theirs.family != "count":
            continue
        unit = unit_of(claim, mine)
        phrase = measured_phrase(claim, unit) if unit is not None else []
        # the phrase's first word: a rate or a place may follow it ("of methane per
        # hectare"), stated while the thing measured is not
        if not phrase or not told.isdisjoint(phrase[0].terms):
            continue
        their_unit = unit_of(sentence, theirs)
        if their_unit is None:
            continue
        other = measured_phrase(sentence, their_unit)
        if other and not set(other[0].terms) <= claim.terms:
            return True
    return False
