"""Figures that no figure of another role can rival, however alike their kinds.

Two figures of one kind (two counts, two spans of time) answer the same question only when
they play the same part in their sentences. Two parts are told apart here:

- an *offset*, a span of time followed by the word that places one event from another ("two
  weeks later", "three months after the vote", "a year earlier"), gives the time to the event
  of its clause. A sentence that states none of that clause's past verbs tells of other
  events, and a span of it that is no offset is no rival: "... on 16 May, and two weeks
  later the board ended the lease" is not contradicted by "On 16 May, after nine years of
  service, the board asked to end the lease" (the nine years lead to the asking, not to the
  ending); "had come to the port six months earlier" still rivals "had arrived three months
  before" (`compare.rival_of`);
- a *member*: "One option in the review was to withdraw ..." singles out one of a set and
  says what it is; it is not the size of the set ("the review offered three options"). A
  count of one that is the subject of a description is read so: the word "one" (not "only
  one", "a single", a digit), its noun, then "is" or "was" and no past participle. "One
  soldier was killed" reports an event that befell one, a tally that "three soldiers were
  killed" contradicts.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..search.wordnet import can_be_verb, verb_base
from .facts import FRACTION_RE, MEASURES, SIZES, Mention, Parsed, Token, groups_of
from .vocabulary import Vocabulary

# the words after a span that make it the time from one event to another
OFFSET_WORDS = frozenset("later earlier before after ago afterwards afterward prior".split())
# the measure's word (and "full", "whole") if the mention stops before it, then the offset word,
# in one clause: "two weeks later", not "within twelve months, earlier than planned"
OFFSET_RE = re.compile(r"(?:[\s-]+[^\W\d_]+){0,2}\s+(?:%s)\b" % "|".join(sorted(OFFSET_WORDS)),
                       re.I)
COPULAS = frozenset(("is", "was"))
LIMITING = frozenset("only just single sole".split())  # "only one option": the set's size
AUXILIARIES = ("be", "have", "do")
JOINING = ("and", "but")  # after a comma: where another clause of the claim begins
JOINERS = frozenset("and but or when while after before because as since that which who".split())


def offset(text: Parsed, mention: Mention) -> bool:
    """A span of time (a count with a measure) that the next word or the one after its
    measure places from another event: "two weeks later", "a year after the coup"."""
    if mention.family != "count" or not mention.unit:
        return False
    return bool(OFFSET_RE.match(text.text, mention.end))


# the preposition that makes a count of a unit of time the days on which something happened
OCCASION_RE = re.compile(r"(?:^|\W)on\s+$", re.I)


def occasion(text: Parsed, mention: Mention) -> bool:
    """A count of a unit of time after "on" ("on one day in May", "on two nights"): the
    occasions on which the event happened, not how long anything lasted. It answers another
    question than a span ("across the last 60 years", "for three weeks"): one figure each side
    does not make them rivals (`compare.rival_of`)."""
    return mention.family == "count" and MEASURES.get(mention.unit) == "time" \
        and bool(OCCASION_RE.search(text.text[max(0, mention.start - 5):mention.start]))


# a span of time measuring a state ("eight years of the guild's charter"): its unit, then "of"
STRETCH_RE = re.compile(r"\s+[a-z]+\s+of\b")


# offset words that take no event after them: the event they count from is the text's context
BARE_OFFSETS = frozenset("later earlier ago afterwards afterward".split())


def bare_offset(text: Parsed, mention: Mention) -> bool:
    """An offset (`offset`) from an event the text does not name ("a year later"), unlike one
    that names it ("thirty years after the first charters", which a stretch of the same
    charters measures: "after nearly 20 years of charters")."""
    found = OFFSET_RE.match(text.text, mention.end) if offset(text, mention) else None
    return found is not None and found[0].split()[-1].lower() in BARE_OFFSETS


def stretch_of(text: Parsed, mention: Mention) -> bool:
    """A span of time that measures how long a state lasted ("after eight years of the
    guild's charter"), not the gap from one event to another that an offset gives ("a year
    later"): an offset of the claim's is no such stretch's rival, whatever their units."""
    return mention.family == "count" and bool(mention.unit) \
        and bool(STRETCH_RE.match(text.text, mention.end))


# the direction an offset word places its event from the other: "earlier" and "before" agree
EARLIER = frozenset("earlier before ago prior".split())
HEDGED = 0.25  # how far apart two offsets may be when one is hedged ("about a year" / 11 months)


def offset_direction(text: Parsed, mention: Mention) -> int:
    """-1 for an offset (`offset`) back in time ("a year before"), 1 forward ("two weeks
    later"), 0 for a figure that is no offset."""
    if not offset(text, mention):
        return 0
    word = OFFSET_RE.match(text.text, mention.end)[0].split()[-1].lower()
    return -1 if word in EARLIER else 1


def other_offset(claim: Parsed, mine: Mention, sentence: Parsed,
                 candidates: list[Mention]) -> Mention | None:
    """The sentence's one offset in the claim's offset's direction, a span of time too far
    from the claim's to be it, in whatever unit ("had come six months earlier" / "had arrived
    roughly a year before"): both give the time from one event to the same other, which
    words beside the figures seldom pair ("year before" / "months earlier")."""
    way = offset_direction(claim, mine)
    if not way or mine.unit not in SIZES:
        return None
    theirs = [s for s in sentence.mentions if offset_direction(sentence, s) == way]
    if len(theirs) != 1 or theirs[0] not in candidates or theirs[0].unit not in SIZES \
            or MEASURES.get(theirs[0].unit) != MEASURES.get(mine.unit):
        return None
    a, b = mine.value * SIZES[mine.unit], theirs[0].value * SIZES[theirs[0].unit]
    if (mine.bound or theirs[0].bound) and abs(a - b) <= HEDGED * max(a, b):
        return None  # "roughly a year" / "eleven months earlier": the one span, hedged
    return theirs[0]


def another_event(claim: Parsed, mention: Mention, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim's figure is an offset (`offset`) and the sentence states none of the past
    verbs of the offset's clause (the claim's words from the ", and" or ", but" before it to
    the next), by the same stem or a synonym: its event is not told there."""
    if not offset(claim, mention):
        return False
    tokens = claim.tokens
    here = next((k for k, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
    joins = [k for k, t in enumerate(tokens) if t.brk and t.word.lower() in JOINING]
    start = max((k for k in joins if k <= here), default=0)
    end = min((k for k in joins if k > here), default=len(tokens))
    verbs = {term for t in tokens[start:end] if participle(t.word.lower()) for term in t.terms}
    groups = groups_of(sentence, vocab)
    return bool(verbs) and not any(vocab.matches(v, sentence.terms, groups) for v in verbs)


def member_of_stated_set(claim: Parsed, mention: Mention, sentence: Parsed,
                         vocab: Vocabulary) -> bool:
    """A member the claim singles out ("One option in the review was ...", `member`) is one of
    a set the sentence names by the same noun ("the review offered three options: ..."): the
    word "one" says no more than that; what the member is, the rest of the claim must state."""
    if not member(claim, mention):
        return False
    noun = next(t for t in claim.tokens if t.start >= mention.end)
    return any(vocab.matches(t, sentence.terms, groups_of(sentence, vocab)) for t in noun.terms)


def member(text: Parsed, mention: Mention) -> bool:
    """The count is the word "one" before a singular noun, the subject of "is" or "was"
    followed by no past participle, in the same clause (no comma, no word that joins another
    clause between them): one of a set, described ("One option in the review delivered in
    January was withdrawing ...")."""
    if mention.family != "count" or mention.value != 1 or mention.bound or mention.unit \
            or mention.text.lower() != "one":
        return False
    tokens = text.tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= mention.end), None)
    if k is None or tokens[k].brk or tokens[k].word.lower().endswith("s"):
        return False  # no noun after it, or a plural: "one of the options", a count
    before = [t.word.lower() for t in tokens if t.end <= mention.start][-1:]
    if before and before[0] in LIMITING:
        return False
    for i in range(k + 1, len(tokens)):
        if tokens[i].brk:
            return False
        word = tokens[i].word.lower()
        if word in COPULAS:
            after = tokens[i + 1].word.lower() if i + 1 < len(tokens) else ""
            return not participle(after)
        if word in JOINERS:
            return False  # "One soldier died and the base was ...": another clause's verb
    return False


LIST_JOINERS = frozenset(("and", "or"))
COUNTING = ("count", "percent", "amount")


def item_before(text: Parsed, mention: Mention) -> list[Token]:
    """The words before a figure that no earlier figure owns: a figure owns the words after
    it up to the next clause break, "and", "or" or figure ("8,831 military personnel, 1,052
    police and approximately 1,000 civilian personnel": "police" is 1,052's, not a word of
    1,000's role). Only an item a joint ends is owned: "174 peacekeepers killed in hostile acts
    over ten years" runs into the next figure in one clause, and "hostile acts" is a word of
    the ten years' role too; so are words that follow no figure ("a mission, which had come
    ... six months earlier")."""
    owned: set[int] = set()
    earlier = [m for m in text.mentions if m.family in COUNTING and m.end <= mention.start]
    starts = [t.start for t in text.tokens]
    for other in earlier:
        run = []
        for k in range(bisect_left(starts, other.end), len(starts)):
            token = text.tokens[k]
            if token.brk or token.word.lower() in LIST_JOINERS:
                break
            if token.start >= mention.start or token.word[0].isdigit():
                run = []  # no joint before the next figure: one clause, not a list
                break
            run.append(k)
        owned.update(run)
    return [t for k, t in enumerate(text.tokens)
            if t.end <= mention.start and k not in owned and t.terms]


def participle(word: str) -> bool:
    """A past form of a verb that is not an auxiliary: "killed", "taken", "withdrew", "left"."""
    if not word.isalpha() or not can_be_verb(word):
        return False
    base = verb_base(word)
    return base not in AUXILIARIES if base else word.endswith("ed")


# hedges that leave a span's length as written: none, or nearness ("about", "roughly")
NEAR = ("", "approx")


def same_span(mine: Mention, theirs: Mention) -> bool:
    """Two spans of time in different units that are the same length ("ten years" / "the
    last decade", "two weeks" / "14 days"): one figure written two ways, not two figures that
    only their words could pair. A hedge of nearness on either side ("about a fortnight" /
    "two weeks") leaves the length what it is, so it is still one figure; a bound ("over a
    week" / "eight days") says where it stops, and is left to `compare.agree`."""
    if mine.family != "count" or theirs.family != "count" \
            or mine.bound not in NEAR or theirs.bound not in NEAR \
            or not mine.unit or not theirs.unit or mine.unit == theirs.unit \
            or mine.unit not in SIZES or theirs.unit not in SIZES \
            or MEASURES.get(mine.unit) != MEASURES.get(theirs.unit):  # days, not metres
        return False
    a, b = mine.value * SIZES[mine.unit], theirs.value * SIZES[theirs.unit]
    return abs(a - b) <= 0.02 * max(a, b)


def rounded_share(mine: Mention, theirs: Mention) -> bool:
    """A share in words the source gives as its percent, rounded to a unit ("about two-thirds"
    / "67 percent", "one-sixth" / "16 percent"): the writer's rounding of that very figure,
    not another figure near it. The claim's hedge must allow the rounding ("about",
    "roughly" or none: "more than two-thirds" is decided by its bound). Of the same thing
    still (`compare.stated_by` asks it): "about two-thirds of the troops" is not "67 percent
    of the incidents"."""
    return mine.family == theirs.family == "percent" and mine.bound in ("fraction", "approx") \
        and bool(FRACTION_RE.search(mine.text)) and not FRACTION_RE.search(theirs.text) \
        and abs(mine.value - theirs.value) < 1
