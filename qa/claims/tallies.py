"""Where a sentence gives a figure in another construction than the claim: as "the number of"
what the claim's figure counts, or as the end of a change the claim says went from it.

"The article was corrected to say that more than 300 peacekeepers had been killed" and "the
article was edited to change the number of peacekeepers killed to 174" give two figures for
one count, though no content word stands beside both figures on the same side: the sentence
names what it counts before its figure ("the number of peacekeepers killed ... 174"), the
claim after ("300 peacekeepers ... killed"). And "the figure was raised from 174 to more than
300" against "the figure was changed to 174": the sentence's end of the change is the claim's
start, and the claim's end is another figure.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..search.wordnet import base_forms, scale_direction
from ..text.lexicon import words as lexicon
from ..text.scripts import table_key
from .breakdowns import breakdowns, listed_together
from .facts import UNITS, Mention, Parsed, Token, clause_bounds, last_words, remembered

AMOUNTS = frozenset(("count", "percent", "amount"))  # the figures that count something
COUNTED = 3  # content words after a figure that say what it counts ("of X's uniformed personnel")
REACH = 6  # words from "number of" to the sentence's figure ("of peacekeepers killed to 174")


def counted(text: Parsed, mention: Mention) -> set[str]:
    """The terms of the first COUNTED content words after a figure, before the next figure or
    clause break: what "90 percent of MINUSMA's uniformed personnel" counts is stated by "90
    per cent of uniformed personnel", not only by a sentence whose first word after it is
    "MINUSMA"."""
    return {term for token in words_after(text, mention, COUNTED) for term in token.terms}


def words_after(text: Parsed, mention: Mention, most: int, until: frozenset[str] = frozenset(),
                one_run: bool = False) -> list[Token]:
    """The first `most` content words after a figure, ending before the next figure, a clause
    break or a word of `until`; with `one_run`, also at the first word without terms after a
    content word ("41 percent of all the faults in" ends at "in"; leading function words are
    skipped either way). The one reader of a figure's noun phrase: `counted` here,
    `counted_heads.phrase_tokens` (which ends at a coordinator) and `counted_other.phrase`."""
    run: list[Token] = []
    for token in text.tokens:
        if token.start < mention.end:
            continue
        if len(run) == most or token.brk or token.word[0].isdigit() \
                or token.word.lower() in until:
            break
        if token.terms:
            run.append(token)
        elif run and one_run:
            break
    return run


def number_of(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """The sentence gives its figure as "the number of" what the claim's figure counts, in one
    clause, at most REACH words before it: "the number of peacekeepers killed to 174" for
    "300 peacekeepers had been killed"."""
    if mine.family not in AMOUNTS or theirs.family != mine.family:
        return False
    before = [t for t in sentence.tokens if t.end <= theirs.start][-REACH - 2:]
    for k in range(len(before) - 2, -1, -1):
        if before[k].word.lower() == "number" and before[k + 1].word.lower() == "of":
            between = before[k + 2:]
            if any(t.brk for t in between) or before[k + 1].brk:
                return False
            said = {term for t in between for term in t.terms}
            return bool(said & counted(claim, mine))
    return False


def changed_from(claim: Parsed, sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """(the claim's end figure, the sentence's) where the claim says a figure went "from A to
    B" and the sentence gives A as where it went ("to A"), and B nowhere: the sentence's end is
    the claim's start."""
    found = []
    for a, b in changes_from_to(claim):
        if any(s.family == b.family and s.value == b.value for s in sentence.mentions):
            continue
        ends = [s for s in sentence.mentions if s.family == a.family and s.value == a.value
                and word_before(sentence, s) == "to"]
        if ends:
            found.append((b, ends[0]))
    return found


def changes_from_to(claim: Parsed) -> list[tuple[Mention, Mention]]:
    """(start, end) of each "from A to B" of the claim's figures: the claim's alone, remembered
    on its parse (`changed_from` asks it for every sentence; most claims have none)."""
    return remembered(claim, ("changes from to",), find_changes_from_to, claim)


def find_changes_from_to(claim: Parsed) -> list[tuple[Mention, Mention]]:
    figures = [m for m in claim.mentions if m.family in AMOUNTS]
    return [(a, b) for a, b in zip(figures, figures[1:]) if a.family == b.family
            and claim.text[a.end:b.start].strip().lower() == "to"
            and word_before(claim, a) == "from"]


# words from "from" to the figure it opens ("from an average of nine hours")
FROM_REACH = 4


CHANGE_PARTICLES = ("up", "down")  # "up from 147", "down from 67 percent"


def start_value(text: Parsed, mention: Mention) -> bool:
    """The figure is where a change started: after "from" paired with an end ("from 67 percent
    to 16 percent", `changed_to_from`), or after "from" that follows "up", "down" or a
    verb that moves a figure up or down ("rose from 16 percent", "fell from 15,000",
    "plunged from 40 percent"; `wordnet.scale_direction`: WordNet gives "fall" and "decline"
    no direction in their first senses, of falling bodies and of refusing). It gives an earlier value of the measure, a fact of its own: the
    same figure said of anything else ("16 percent of troops" / "down from 67 percent",
    where 67 percent counts the incidents) does not state it."""
    if mention.family not in AMOUNTS:
        return False
    words = [w.lower() for w in last_words(text.text, mention.start, 2)]
    if not words or words[-1] != "from":
        return False
    return (len(words) == 2 and (words[0] in CHANGE_PARTICLES or scale_direction(words[0]) != 0)) \
        or changed_to_from(text, mention)


def changed_to_from(text: Parsed, mention: Mention) -> bool:
    """The figure after "from" is paired with another of its family by "to", either way round:
    "from 67 percent to 16 percent", "to 16 percent from 67 percent". The two ends of a change,
    whatever verb tells it ("went", "eased", "slipped") or none (a caption's "Troops in the
    sector: from 67% to 16%"); the pair is what `changed_from` reads as one too."""
    for other in text.mentions:
        if other.family != mention.family:
            continue
        if other.start >= mention.end \
                and text.text[mention.end:other.start].strip().lower() == "to":
            return True
        if other.end <= mention.start and word_before(text, other) == "to" \
                and text.text[other.end:mention.start].strip().lower() == "from":
            return True
    return False


def earlier_value(text: Parsed, mention: Mention) -> bool:
    """The text gives the figure as a start ("from 67 percent", "from an average of nine
    hours", "between 15,000 and"), as a change's start must be stated."""
    return bool({"from", "between"} & {
        w.lower() for w in last_words(text.text, mention.start, FROM_REACH)})


def difference_stated(claim: Parsed, mention: Mention, sentence: Parsed) -> Mention | None:
    """The claim's change by a figure ("fell by about three hours") that the sentence gives by
    its two ends ("fell from nine hours ... to just under six hours"): the difference of the
    ends, as the sentence's figure (hedged "approx" if either end is hedged), or None. Counts and
    amounts only, in one unit: a change "by 5 percent" from "40 to 45 percent" may be points."""
    if mention.family not in ("count", "amount") or word_before(claim, mention) != "by":
        return None
    figures = [m for m in sentence.mentions if m.family == mention.family
               and m.unit == mention.unit]
    for a, b in zip(figures, figures[1:]):
        if word_before(sentence, b) == "to" \
                and "from" in sentence.text[:a.start].lower().split()[-FROM_REACH:]:
            bound = "approx" if a.bound or b.bound else ""  # a hedged end: about the difference
            return replace(a, value=abs(float(a.value) - float(b.value)), bound=bound,
                           text=sentence.text[a.start:b.end])
    return None


def word_before(text: Parsed, mention: Mention) -> str:
    words = last_words(text.text, mention.start, 1)
    return words[-1].lower() if words else ""


# a multiple of a thing's measure ("half the size of Germany", "three times the size of"): the
# words that say how many times, without "times"; "N times" takes any number
MULTIPLIERS = {"half": 0.5, "twice": 2.0, "double": 2.0, "thrice": 3.0, "triple": 3.0}
MULTIPLE_RE = re.compile(
    r"\b(?:(?P<bound>more than|over|less than|under|nearly|almost|about|roughly|some)\s+)?"
    r"(?:(?P<word>half|twice|double|thrice|triple)|(?P<count>\d+(?:\.\d+)?|[a-z]+)\s+times)"
    r"(?P<end>)\s+(?:the\s+(?P<measure>\w+)\s+of|as\s+(?P<quality>\w+)\s+as)"
    r"\s+(?:the\s+)?(?P<what>\S+)",  # "the size of the park": the park, not "the"
    re.IGNORECASE)
LOWER, UPPER = ("more than", "over"), ("less than", "under")
HINT = re.compile(r"\b(?:half|twice|double|thrice|triple|times)\b", re.IGNORECASE)
# a measure said to be the same as a thing's: a multiple of one ("roughly the same size as
# Germany", "about as large as Germany"), which "three times the size of Germany" denies; not
# after a multiplier ("three times as large as" is the multiple above)
SAME_RE = re.compile(
    r"(?<!times )(?<!half )(?<!twice )\b(?:(?P<bound>about|roughly|nearly|almost|around|"
    r"approximately)\s+)?(?:the\s+same\s+(?P<measure>\w+)\s+as|"
    r"(?<!the same )as\s+(?P<quality>\w+)\s+as)\s+(?:the\s+)?(?P<what>\S+)",
    re.IGNORECASE)
# a hedged "the size of Germany" without a multiplier is one time it ("a country roughly the
# size of Germany"); unhedged, "the size of the force" is mostly the measure itself, no ratio
HEDGED_RE = re.compile(
    r"(?<!times )\b(?P<bound>about|roughly|nearly|almost|around|approximately)\s+the\s+"
    r"(?P<measure>size|length|width|height|weight|area)\s+of\s+(?:the\s+)?(?P<what>\S+)",
    re.IGNORECASE)
# a measure said to be equal to a thing's in so many words ("roughly equal in size to Germany",
# "comparable in area to Wales"): one time it, as "the same size as" is
EQUAL_RE = re.compile(
    r"(?<!times )\b(?:(?P<bound>about|roughly|nearly|almost|around|approximately)\s+)?"
    r"(?:equal|similar|comparable|identical|equivalent)\s+in\s+"
    r"(?P<measure>size|length|width|height|weight|area)\s+to\s+(?:the\s+)?(?P<what>\S+)",
    re.IGNORECASE)
# a comparative of dimension before "than" bounds the ratio at one ("smaller than Germany": less
# than one time its size)
COMPARATIVE_RE = re.compile(
    r"(?<!times )\b(?P<quality>smaller|larger|bigger|longer|shorter|wider|narrower|higher|taller|"
    r"heavier|lighter)\s+than\s+(?:the\s+)?(?P<what>\S+)", re.IGNORECASE)
COMPARATIVES = {"smaller": ("small", "upper"), "larger": ("large", "lower"),
                "bigger": ("big", "lower"), "longer": ("long", "lower"),
                "shorter": ("short", "upper"), "wider": ("wide", "lower"),
                "narrower": ("wide", "upper"), "higher": ("high", "lower"),
                "taller": ("tall", "lower"), "heavier": ("heavy", "lower"),
                "lighter": ("heavy", "upper")}
SAME_HINT = re.compile(r"\bsame\b|\bas\s+\w+\s+as\b|\b(?:the|in)\s+(?:size|length|width|"
                       r"height|weight|area)\s+(?:of|to)\b|\w+er\s+than\b", re.IGNORECASE)
# the measure an adjective of dimension gives ("as large as" speaks of the size, like "the size
# of"): the few adjectives "N times as ... as" takes for the measures `multiples` compares
DIMENSIONS = {"large": "size", "big": "size", "small": "size", "vast": "size",
              "long": "length", "short": "length", "wide": "width", "high": "height",
              "tall": "height", "heavy": "weight", "narrow": "width"}
APPROX = 0.25  # how far a hedged "the same" may be from one: "roughly the same" holds 1.2 times


def multiples(text: str) -> list[tuple[float, str, str, tuple[int, int]]]:
    """(how many times, bound, the measure and its thing, span of the multiplier) of each
    multiple in the text: "more than three times the size of Germany" -> (3.0, "lower",
    "size germany", the span of "more than three times")."""
    found = []
    for m in MULTIPLE_RE.finditer(text):
        if m["word"]:
            value = MULTIPLIERS[table_key(m["word"])]
        elif m["count"][0].isdigit():
            value = float(m["count"])
        elif m["count"].lower() in UNITS:
            value = float(UNITS[table_key(m["count"])])
        else:
            continue
        bound = (m["bound"] or "").lower()
        bound = "lower" if bound in LOWER else "upper" if bound in UPPER \
            else "approx" if bound else ""
        found.append((value, bound, measured(m), (m.start(), m.start("end"))))
    if SAME_HINT.search(text):
        for m in (*SAME_RE.finditer(text), *HEDGED_RE.finditer(text),
                  *EQUAL_RE.finditer(text)):
            bound = "approx" if m["bound"] else ""
            found.append((1.0, bound, measured(m), (m.start(), what_end(m))))
        for m in COMPARATIVE_RE.finditer(text):
            quality, bound = COMPARATIVES[table_key(m["quality"])]
            what = m["what"].strip(".,;:").lower()
            found.append((1.0, bound, f"{DIMENSIONS[quality]} {what}", (m.start(), what_end(m))))
    return found


def what_end(m: re.Match) -> int:
    return m.start("what") + len(m["what"].rstrip(".,;:"))


def measured(m: re.Match) -> str:
    """"size germany" for "the size of Germany", "the same size as Germany" and "as large
    as Germany": the measure and the thing it is measured on."""
    measure = (m["measure"] or m["quality"]).lower()
    return f"{DIMENSIONS.get(measure, measure)} {m['what'].strip('.,;:').lower()}"


def other_multiple(claim: Parsed, sentence: Parsed) -> tuple[str, str, tuple[int, int]] | None:
    """(the claim's multiple, the sentence's, its span) where both give a multiple of the same
    measure of the same thing and they cannot be the same: "roughly half the size of
    Germany" / "more than three times the size of Germany"."""
    if not hinted(claim) or not hinted(sentence):
        return None  # most texts have no multiple: one quick search each before the full one
    theirs = multiples_of(sentence)
    if not theirs:
        return None
    for value, bound, what, span in multiples_of(claim):
        for other, other_bound, other_what, other_span in theirs:
            if what == other_what and not within(value, bound, other, other_bound):
                return claim.text[slice(*span)], sentence.text[slice(*other_span)], other_span
    return None


def ratio_words(mine: str, sentence: Parsed, vocab) -> set[str]:
    """The terms of the claim's multiple `mine` that say the ratio, not its measure and thing:
    "roughly the same size as Germany" against "three times the size of Germany" is in
    conflict by "roughly the same"; "size" and "Germany", which the sentence states too, are
    of the rest the claim shares with it, as they are beside "twice the size of Germany"
    (whose span holds the multiplier alone)."""
    return set(vocab.analyzer.terms(mine)) - set(sentence.terms)


def multiple_measured(text: Parsed, mention: Mention) -> str:
    """What the multiple whose count the figure is measures ("size old" for the "three" of
    "three times the size of the old basin"), "" where the figure counts no multiple. Such a
    figure counts no thing of its own: another multiple's count is its rival only where the
    two measure the same thing ("four times the size of Luxembourg" is no rival)."""
    if not hinted(text):
        return ""  # most texts: no word of a multiple
    return next((what for _, _, what, (start, end) in multiples_of(text)
                 if start <= mention.start < end), "")


def multiples_of(text: Parsed) -> tuple[tuple[float, str, str, tuple[int, int]], ...]:
    """`multiples` of the text, remembered on its parse: a sentence's are asked for every
    claim that gives one, a claim's for every sentence."""
    return remembered(text, ("multiples",), lambda: tuple(multiples(text.text)))


def hinted(text: Parsed) -> bool:
    """The text may give a multiple (a word of one): the text's alone, remembered on its
    parse (`other_multiple` asks it of a claim for every sentence, of a sentence for every
    claim)."""
    return remembered(text, ("multiple hinted",), find_hinted, text)


def find_hinted(text: Parsed) -> bool:
    return bool(HINT.search(text.text) or SAME_HINT.search(text.text))


def within(a: float, a_bound: str, b: float, b_bound: str) -> bool:
    """Whether two multiples, each maybe hedged, can be one: "more than three times" holds
    "four times"; "twice" and "three times" differ; a figure hedged either way is its own."""
    if a == b:
        return True
    if "approx" in (a_bound, b_bound) and abs(a - b) <= APPROX * max(a, b):
        return True  # "roughly the same size" / "1.2 times the size"
    low_bound, high_bound = (a_bound, b_bound) if a < b else (b_bound, a_bound)
    return low_bound == "lower" or high_bound == "upper"


@lru_cache(maxsize=1)
def added_words() -> frozenset[str]:
    """The words that make a figure an increment ("additional", "extra"): the added side of
    `words.json`'s increment_opposites, which `qa.claims.reversals` sets against "existing"."""
    return frozenset(w for added, _ in lexicon()["increment_opposites"] for w in added.split())


ADDING = frozenset({"add"})  # the verb of "additional", which WordNet does not derive from it


def increment(text: Parsed, mention: Mention) -> bool:
    """The figure counts what is added, not the whole: an added word right before it or right
    after it ("an additional 2,069 uniformed personnel", "2,069 extra troops"), or it is a
    part of such a figure, in brackets ("an additional 2,069 (1,730 troops, 339 police)") or
    in a breakdown ("900 extra staff, including 340 medics"). Remembered on the parse by the
    figure: a claim's is asked against every figure of every sentence, a sentence's with
    every claim."""
    return remembered(text, ("increment", mention), added_figure, text, mention)


def added_figure(text: Parsed, mention: Mention) -> bool:
    """`increment`, worked out."""
    before = last_words(text.text, mention.start, 1)
    after = text.text[mention.end:].split(None, 1)[:1]
    if any(w.lower().strip(",.;:") in added_words() for w in before + after) \
            or any(ADDING & set(base_forms(w.lower())) for w in before):
        return True  # "would have added 2,690": the verb of what the adjective says
    if any(mention in parts[1:] and increment(text, parts[0]) for parts in breakdowns(text)):
        return True
    opened = text.text.rfind("(", 0, mention.start)
    if opened < 0 or ")" in text.text[opened:mention.start]:
        return False
    whole = [m for m in text.mentions if m.end <= opened and m.family in AMOUNTS]
    return bool(whole) and increment(text, whole[-1])


def other_increment(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """One figure is an increment and the other not: a total of 12,640 and an additional 2,069
    count two things, no conflict of one."""
    return mine.family in AMOUNTS and increment(claim, mine) != increment(sentence, theirs)



# the words that make a figure a ceiling set by a decision, not a count of what there is: "an
# authorized strength of 12,640", "mandated to maintain a force of 11,200", "a ceiling of 300"
CEILINGS = frozenset("authorized authorised authorization authorisation mandated ceiling "
                     "ceilings".split())
# words from the ceiling's word to its figure, no other figure between: "authorized to
# maintain a force of"
CEILING_REACH = 6


def ceiling(text: Parsed, mention: Mention) -> bool:
    """The figure is a ceiling: a ceiling's word up to CEILING_REACH words before it in its
    clause, after any other figure, or one of the two words after it ("12,640 authorized",
    "15,000 was authorised"), or it is listed after such a figure, as a part of it or beside
    it ("an authorized strength of 12,640 personnel, of which 11,200 military", "an
    authorized 11,200 troops and 1,440 police"). Remembered on the parse by the figure, as
    `increment` is."""
    return remembered(text, ("ceiling", mention), ceiling_figure, text, mention)


def ceiling_figure(text: Parsed, mention: Mention) -> bool:
    """`ceiling`, worked out."""
    low, high = clause_bounds(text, mention.start, mention.end)
    low = max([low] + [m.end for m in text.mentions if m.end <= mention.start])
    before = last_words(text.text, mention.start, CEILING_REACH, low)
    after = text.text[mention.end:high].split()[:2]
    if any(w.lower().strip(",.;:()") in CEILINGS for w in before + after):
        return True
    return any(mention in group[1:] and ceiling(text, group[0]) for group in listed_together(text))


def other_ceiling(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """The claim's figure is a ceiling and the sentence's a count of what there was ("an
    authorized strength of 12,640" / "only 8,831 military personnel deployed"): two
    quantities. Not the other way: a claim words a ceiling in many ways ("was allowed a
    force of 12,500", "Of its authorized strength, 1,940 were police")."""
    return mine.family in AMOUNTS and ceiling(claim, mine) and not ceiling(sentence, theirs)
