"""A quantity's change against its standstill where `compare.unchanged` cannot see it: a
verb of change of magnitude that the stasis table (`wordnet.hypernym_antonyms`) does not reach,
or a standstill said without "remain" / "stay" ("stagnated", "held steady"); read by
`compare.change_against_none`.

The stasis table opposes a verb to "remain" / "stay" where one of its first sense's hypernyms,
within two steps, is "change" ("grow" -> "increase" -> "change"). Verbs whose first sense is
one of motion or of force ("climb", "soar", "boost", "fall") stop short of "change", and a
phrasal verb ("went up", "ramped up") has no row at all; "wages climbed" / "wages remained
flat" and "levels went up" / "levels have since remained unchanged" were read as no conflict.

Here such a verb counts as a change where it tells a quantity moving of itself, the reading
`change_way` gives it: a single verb with a direction of magnitude
(`change_way.quantity_changes`: finite, nothing after it that could be its object: "fares
climbed by 12 percent", "levels were boosted to match"), or a phrasal verb whose single verbs
agree on a direction (`change_way.phrasal_direction`: "went up") with its particle right after
the verb and nothing after the particle that could be an object. Used with an object ("the
council boosted the troops", "ramped up resources") the verb's subject is the doer, not the
thing that changes, and "the council remained divided" is no stasis of it: such verbs are left
out. Their standstill must be a figure's (`figure_stasis`: "remained flat", "stayed at 4
percent", "did not change", "stagnated", "held steady"), not a thing staying in a place ("the
ship went down" / "the ship remained in the harbour"). What a change of magnitude opposes is
what "grow" opposes in the stasis table (`KIND_OF_CHANGE`)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from ..search.wordnet import base_forms, hypernym_antonyms
from .change_way import of_itself, phrasal_direction, quantity_changes
from .facts import Parsed, Token, negated_word, remembered
from .particles import phrasal_spans

# a verb the stasis table gives, of a change of magnitude: what it opposes is what any change
# of magnitude opposes ("remain", "stay"; denied "change")
KIND_OF_CHANGE = "grow"


def magnitude_pairs(changing: Parsed, other: Parsed, vocab, changes: Callable,
                    same_subject: Callable) -> Iterator[tuple[Token, Token]]:
    """(the verb, the other's word of standstill) for each verb of `changing` telling a
    quantity moving that the stasis table lacks (`magnitude_changes`), where `other` says a
    figure stood still (`figure_stasis`: "remained flat", "stagnated", "held steady") and
    tells no change of the same thing ("fares climbed in 2019 and have held steady since" is
    two times of one thing; "wages stagnated as the trade slowed" tells another thing's), and
    `changing` no standstill of its own. `compare.change_against_none` then asks that the same
    thing change and stay. Passed in, as compare reads this module: `changes` is
    `compare.changes`, the stasis table's verbs of a text; `same_subject` is
    `compare.same_subject` (the same word right before two verbs)."""
    found = figure_stasis(other, vocab)
    if found is None:
        return  # most pairs
    # and the stasis table's verbs ("rose", "grew"), whose "remained" `compare.unchanged` reads,
    # against a standstill without "remain" ("stagnated", "held steady")
    moving = magnitude_changes(changing) + [token for token, _, _ in changes(changing, vocab)]
    if not moving or figure_stasis(changing, vocab) is not None:
        return
    theirs = [token for token, _, _ in changes(other, vocab)] \
        + [token for token, _ in quantity_changes(other) + phrasal_moves(other)]
    for token in moving:
        if not any(same_subject(changing, token, other, change) for change in theirs):
            yield token, found


def magnitude_changes(text: Parsed) -> list[Token]:
    """Each verb of the text telling a quantity moving of itself that the stasis table lacks,
    in order: a single verb (`change_way.quantity_changes`: "climbed", "were boosted") or a
    phrasal verb (`phrasal_moves`: "went up"); remembered on the parse."""
    def make():
        found = [token for token, _ in quantity_changes(text)
                 if not hypernym_antonyms(token.word)[0]]
        found += [token for token, _ in phrasal_moves(text)]
        return sorted(found, key=lambda t: t.start)
    return remembered(text, ("magnitude changes",), make)


def figure_stasis(text: Parsed, vocab) -> Token | None:
    """The text's first word of a figure standing still, None if none: a verb of standstill
    (`standstill`), "remained" / "stayed" with a word of no change, "the same", "at" or a
    figure after it ("remained flat", "stayed at 4 percent"; not "remained in the camps",
    where a ship or a unit stays, not a figure), or "change" denied ("did not change");
    remembered on the parse."""
    return remembered(text, ("figure stasis", vocab), find_figure_stasis, text, vocab)


def find_figure_stasis(text: Parsed, vocab) -> Token | None:
    found = standstill(text)
    if found is not None:
        return found
    still, above = stasis_terms(vocab)
    tokens = text.tokens
    for n, token in enumerate(tokens):
        terms = set(token.terms)
        if terms & above and terms & text.negated.keys():
            return token  # "did not change"
        if not terms & still or terms & text.negated.keys() or n + 1 >= len(tokens):
            continue
        after = tokens[n + 1].word.lower()
        if after in STEADY or after in ("the", "at") and not tokens[n + 1].brk \
                and (after == "at" or n + 2 < len(tokens)
                     and tokens[n + 2].word.lower() == "same") \
                or figure_at(text, tokens[n + 1]):
            return token
    return None


@lru_cache(maxsize=4)  # one vocabulary a run: made once, not for every text
def stasis_terms(vocab) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the words of no change ("remain", "stay") and of "change" itself
    (`wordnet.hypernym_antonyms` of KIND_OF_CHANGE), as the vocabulary's analyzer stems them."""
    still, above = hypernym_antonyms(KIND_OF_CHANGE)
    return (frozenset(t for w in still for t in vocab.analyzer.terms(w)),
            frozenset(t for w in above for t in vocab.analyzer.terms(w)))


def figure_at(text: Parsed, token: Token) -> bool:
    return any(m.start <= token.start < m.end for m in text.mentions if m.family != "name")


def phrasal_moves(text: Parsed) -> list[tuple[Token, int]]:
    """The affirmed phrasal verbs of change of the text said of a quantity moving of itself,
    with their direction: the particle right after the verb ("levels went up", not "ramped the
    resources up") and no object after it ("went up significantly", not "ramped up
    resources"); remembered on the parse."""
    def make():
        found = []
        for i, j, singles in phrasal_spans(tuple(text.tokens)):
            token, way = text.tokens[i], phrasal_direction(singles)
            if j == i + 1 and way and of_itself(text, j) \
                    and not negated_word(text, token):
                found.append((token, way))
        return found
    return remembered(text, ("phrasal moves",), make)


# a quantity staying where it was, said without "remain" or "stay" (which the stasis table
# gives): a verb of standing still said of a figure ("wages stagnated", "output plateaued"),
# and "held" with an adjective of no change ("prices held steady"). WordNet files "stagnate"
# (stand still) under "be", not under "stay", so the table cannot reach it; written for qa.
STANDSTILL_VERBS = frozenset("stagnate plateau flatline".split())
HOLD_VERBS = frozenset("hold holds held holding".split())
STEADY = frozenset("steady stable flat constant level unchanged".split())


def standstill(text: Parsed) -> Token | None:
    """The text's first affirmed word of a quantity standing still (`STANDSTILL_VERBS`,
    "held steady"), None if none; remembered on the parse."""
    return remembered(text, ("standstill",), find_standstill, text)


def find_standstill(text: Parsed) -> Token | None:
    for n, token in enumerate(text.tokens):
        word = token.lower
        if not token.terms or negated_word(text, token):
            continue
        if word in HOLD_VERBS:
            if n + 1 < len(text.tokens) and text.tokens[n + 1].lower in STEADY \
                    and of_itself(text, n + 1):
                return token
        elif not STANDSTILL_VERBS.isdisjoint(base_forms(word)):  # in C: no generator a word
            return token
    return None
