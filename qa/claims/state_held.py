"""A state reached and the same state held agree.

`compare.change_against_none` sets a verb of change against one of no change ("levels have
grown" / "levels have remained unchanged"): a quantity that grew did not stay. A change of
state with its complement ("had become the largest donor", "turned into a garrison town") is
another case: the state it ends in is what "remains the largest donor" holds, so the two
verbs, followed by the same complement, tell one state at two moments, not one event told two
ways. Read as a conflict, a true claim ("by its tenth year the fund had become the region's
largest lender") was called contradicted by "the fund remains the largest lender in the
region". Only a predicative complement counts: the word right after each verb is an
article, a possessive or a content word, never a preposition ("rose to 5" / "stayed at 5"
set a path against a level, and stay a conflict).
"""
from __future__ import annotations

from .facts import DETERMINERS, Parsed, Token

COMPLEMENT = 3  # content words after a verb that its complement is read from


def complement(text: Parsed, verb: Token) -> set[str] | None:
    """The terms of the first COMPLEMENT content words after the verb, up to a clause break;
    None when a preposition or nothing stands right after it (no predicative complement)."""
    tokens = text.tokens
    i = tokens.index(verb)
    if i + 1 >= len(tokens) or tokens[i + 1].brk:
        return None
    first = tokens[i + 1]
    if not first.terms and first.lower not in DETERMINERS:
        return None  # "rose to", "remained at": a path or a level, not a state
    terms: set[str] = set()
    count = 0
    for token in tokens[i + 1:]:
        if token.brk:
            break
        if token.terms and not token.word[:1].isdigit():
            terms.update(token.terms)
            count += 1
            if count == COMPLEMENT:
                break
    return terms


def held_against_reached(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                         stasis_terms: frozenset[str]) -> bool:
    """A reversal of a change against a stasis (either side's word a verb of no change,
    `stasis_terms`: "had become" / "remains", read as WordNet antonyms) that `state_held`
    reads as one state: any other reversal ("approved the budget" / "rejected the budget",
    each with the same object) is none of this module's."""
    if not (set(mine.terms) | set(theirs.terms)) & stasis_terms:
        return False
    return state_held(claim, mine, sentence, theirs)


def state_held(changing: Parsed, change: Token, still: Parsed, stasis: Token) -> bool:
    """The change's verb and the stasis verb each take a predicative complement, and the two
    share a content word: one state, reached and held (see the module)."""
    mine, theirs = complement(changing, change), complement(still, stasis)
    return bool(mine and theirs and mine & theirs)
