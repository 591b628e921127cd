"""What a claim and what a sentence have that a reading of `compare.compare` needs before it
can find a conflict, as `qa.claims.gates` tells it for `check.align`'s readings: worked out
once per parse, remembered on it, and asked by `compare` before it calls a reading that would
return nothing at once (most pairs). Each feature is the reading's own first test, made by the
same helper the reading calls, so a pair without it gets exactly the reading's empty result.
A sentence's test its reading asked only after the claim's passed (a unit of time, a multiple,
an alternative, a verb of continuing or ending) is left to `compare` to ask so
(`sentence_shows`), not made for every sentence."""
from __future__ import annotations

from .change_way import changes_of, quantity_changes
from .clauses import sets_against, sets_aside
from .continuation import verbs
from .deadlines import bounds_of, deadlines
from .facts import UNMADE, Parsed, remembered
from .intervals import dates
from .not_until import before_undenied
from .quantifiers import quantities
from .restated import restatements
from .starts import starts
from .tallies import changes_from_to, hinted
from .vague_lengths import says_time
from .without_gerund import without_gerunds

OPPOSITE = "opposite"  # opposites: a claim word with an antonym in the table
EXCLUSIVE = "exclusive"  # exclusive_predicates: a claim word of an exclusive pair
CHANGE = "change"  # reversed_change: a verb of change, or a quantity's
TIME = "time"  # other_lengths: a unit of time (the sentence's asked by `compare` after)
MULTIPLE = "multiple"  # other_multiple: "half", "three times" (likewise)
SET_AGAINST = "set against"  # swapped_alternative: "rather than", ", not" (likewise)
QUANTIFIER = "quantifier"  # share_against_counts (the claim's side): "the majority"
FIGURE = "count or percent"  # share_against_counts (the sentence's side)
CONTINUATION = "continuation"  # ended_against_continued: "kept", "ended" (the sentence's
# asked by `compare` after the claim's: few claims have one)
WITHOUT = "without"  # denied_by_without: "without consulting", either side
ORDINAL = "ordinal"  # outranked: "the second", either side
# change_against_none: a verb of change or of standstill, or a word of the stasis table
# (`compare.change_or_stasis`: compare's own tables, added by `compare.claim_compares`)
STASIS = "change or stasis"
# reordered: a word of order or of a connective's pair (`compare.relation_or_order`, likewise)
RELATION = "relation or order"
RESTATED = "restated"  # the restatements read after the facts: "two-thirds (67 percent)"
FROM_TO = "from to"  # changed_from: "from 174 to 300"
DEADLINE = "deadline"  # other_deadline: one deadline, "by June 2024"
START = "start"  # other_start: one start, "started in 2020"
# other_units: a figure followed by its unit ("four months"; `compare.measured_units`, added
# by `compare.claim_compares` as OPPOSITE is)
MEASURED = "measured"
ONE_DATE = "one date"  # offset_dated: the claim's one date, placed from the sentence's
BEFORE = "before"  # done_before: "before DATE", the claim denying nothing
# respective_swaps: a figure owned by its actor ("Benin pulled out 200 and Sweden 450"), or
# listed "respectively" (`compare.figure_owners`, `compare.respective_pairs`: added by
# `compare.claim_compares`)
OWNED_FIGURE = "owned figure"


def claim_features(claim: Parsed) -> frozenset[str]:
    """The features the claim has, but for those of `compare`'s own tables (OPPOSITE,
    EXCLUSIVE: `compare.claim_compares` adds them and remembers the whole on the parse)."""
    return frozenset(name for name, has in (
        (CHANGE, remembered(claim, ("changes",), changes_of, claim)
         or quantity_changes(claim)),
        (TIME, says_time(claim)),
        (MULTIPLE, hinted(claim)),
        (SET_AGAINST, sets_against(claim) or sets_aside(claim)),
        (QUANTIFIER, quantities(claim)),
        (CONTINUATION, verbs(claim)),
        (WITHOUT, without_gerunds(claim)),
        (ORDINAL, any(m.family == "ordinal" for m in claim.mentions)),
        (RESTATED, restatements(claim)),
        (FROM_TO, changes_from_to(claim)),
        (DEADLINE, len(bounds_of(claim, "deadlines", deadlines)) == 1),
        (START, len(bounds_of(claim, "starts", starts)) == 1),
        (ONE_DATE, len(dates(claim)) == 1),
        (BEFORE, before_undenied(claim)))
        if has)


def sentence_shows(feature: str, sentence: Parsed) -> bool:
    """Whether the sentence has one of the features its readings ask of it only after the
    claim's: by the reading's own helper, itself remembered on the parse."""
    if feature == TIME:
        return says_time(sentence)
    if feature == MULTIPLE:
        return hinted(sentence)
    if feature == CONTINUATION:
        return bool(verbs(sentence))
    return sets_against(sentence) or sets_aside(sentence)  # SET_AGAINST


def sentence_compares(sentence: Parsed) -> frozenset[str]:
    """The features the sentence has, remembered on its parse."""
    found = sentence.memo.get(("sentence compares",), UNMADE)  # a hit without a call
    if found is UNMADE:
        found = remembered(sentence, ("sentence compares",), read_sentence_compares, sentence)
    return found


def read_sentence_compares(sentence: Parsed) -> frozenset[str]:
    return frozenset(
        name for name, has in (
            (FIGURE, any(m.family in ("count", "percent") for m in sentence.mentions)),
            (WITHOUT, without_gerunds(sentence)),
            (ORDINAL, any(m.family == "ordinal" for m in sentence.mentions)))
        if has)
