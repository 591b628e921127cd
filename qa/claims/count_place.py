"""Whether a sentence gives another count of the very thing the claim counts, said of the
claim's own subject: the claim's count replaced in its place.

A differing figure is what another event of the same passage most often has, so a figure in
conflict needs most of the claim's other words (`check.CONTRADICT`). A claim that rewords its
verb falls short of that although the sentence tells the same thing: "the inspection laid out
five options" / "the inspection ... offered three options", "Norland's proposal sought 120
pilots" / "Norland's proposal to authorize ... 50 pilots". There the figure stands before the
same counted noun in both ("options", "pilots"), or after the same noun and its "of" ("a
force of 15,000" / "a force of 11,200"), and the sentence names the claim's subject
("the inspection", "Norland's proposal") before its figure: the subject and the thing counted
place the figure in the claim's event, as an opposite in its place names a reversed relation,
so the rest needs only as much (`check.REVERSED_REST`).

Not read (each a false contradiction on the report sets or CLIMATE-FEVER dev, bench/README
round 42): a count whose sentence names the claim's subject only after its own figure or not
at all ("the guild lost 12 trawlers" / "the storm sank 40 trawlers": same noun, another
subject); a subject named only by the corpus's setting, which every passage names; a claim
whose figure is in its subject ("12 of the fleet's divers were hurt" counts the subject
itself); a claim under a modal ("should be raised to 500": a proposal, not the count); two
counts in conflict at once (a breakdown of other figures); counts of two nouns; a count of a
measure ("9,300 years ago" / "about 8 thousand years ago"): a unit of time or length is what
any two durations or distances share, not a thing counted.
"""
from __future__ import annotations

from ..search.wordnet import MODALS
from ..text.analyze import load_stopwords
from ..types import Conflict, ConflictKind
from .facts import Mention, Parsed
from .subject_head import first_verb
from .tallies import counted


def count_in_place(conflicts: list[Conflict], claim: Parsed, sentence: Parsed,
                   background: set[str] = frozenset()) -> bool:
    """One count in conflict, the two figures counting the same noun (`tallies.counted`), not
    a measure, and the sentence naming the claim's subject before its figure
    (`subject_named`); the claim states a fact, not what should or would be."""
    if len(conflicts) != 1 or conflicts[0].kind != ConflictKind.NUMBER \
            or any(t.word.lower() in MODALS for t in claim.tokens):
        return False  # "should be raised to 500": a proposal, not the count
    conflict = conflicts[0]
    mine = next((m for m in claim.mentions if m.text == conflict.claim
                 and m.family == "count"), None)
    theirs = next((m for m in sentence.mentions if (m.start, m.end) == conflict.span
                   and m.family == "count"), None)
    if mine is None or theirs is None or mine.unit or theirs.unit:
        return False  # a measure ("years", "km") is shared by any two durations or lengths
    return bool(counted(claim, mine) & counted(sentence, theirs)
                or of_head(claim, mine) & of_head(sentence, theirs)) \
        and subject_named(claim, mine, sentence, theirs, background)


def of_head(text: Parsed, mention: Mention) -> set[str]:
    """The terms of the noun a figure is the measure of, right before its "of": what "a
    force of 11,200" or "a ceiling of 13,289" counts, where no noun follows the figure. Two
    figures of the same head are two counts of one thing, as two before the same counted
    noun are (`tallies.counted`)."""
    before = [t for t in text.tokens if t.end <= mention.start]
    if len(before) < 2 or before[-1].word.lower() != "of" or before[-2].brk \
            or before[-1].brk or not before[-2].word.isalpha() \
            or before[-2].word.lower() in load_stopwords():
        return set()
    return set(before[-2].terms)


def subject_named(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                  background: set[str]) -> bool:
    """The sentence states, before its figure, a content word of the claim's subject (the
    words before its first verb, from the last clause break: "Lodwar", "the inspection") that
    is not the corpus's setting (a name most passages give); the claim's figure is not in that
    subject ("12 of the fleet's divers were hurt" counts the subject itself, which a sentence
    on the fleet's strength names too)."""
    tokens = claim.tokens
    verb = first_verb(claim)
    if verb is None:
        return False
    start = max((i for i in range(verb + 1) if tokens[i].brk), default=0)
    subject = tokens[start:verb]
    if not subject or subject[0].start <= mine.start < tokens[verb].start:
        return False
    setting = [(m.start, m.end) for m in claim.mentions
               if m.family == "name" and m.text in background]
    stop = load_stopwords()
    before = {term for t in sentence.tokens if t.end <= theirs.start for term in t.terms}
    return any(t.terms and t.word.lower() not in stop and set(t.terms) <= before
               and not any(a <= t.start < b for a, b in setting)
               for t in subject)
