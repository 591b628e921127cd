"""Which clause a place noun belongs to when a "where" clause tells what happens there.

`clauses.crossed_clauses` compares the clauses of a claim and a sentence by the stretches
between breaks. A relative "where" clause set off after a noun ("the eastern valley (where
most of the floods struck) and the western coast (where the ferry line runs)") is about that
noun, but the noun stands in the clause before the break, beside the other place the text
names there: both places fell in one clause, neither clause of the claim strayed, and a claim
giving each place the other's deed ("the coast is where most of the floods struck, while in
the valley the ferry line runs") was supported. Here the noun right before such a clause is
counted in the "where" clause it heads; and a subject set off by its own "where" aside before
its copula ("the coast, where the ferry runs, is where the floods struck") belongs to the
clause its copula opens ("is where ..."), the one it is said to be; and a short phrase of
place opening the text ("In the valley, the ferry line runs") belongs to the clause it places.
"""
from __future__ import annotations

from collections import Counter

from .auxiliaries import TENSED_BE
from .facts import Parsed, remembered

RELATIVE = "where"
# prepositions of place that may open a text with its phrase ("Across the valley, ..."), and
# how many words the phrase may have after the preposition
PLACE_PREPOSITIONS = frozenset("in at across throughout within inside outside near".split())
PHRASE_REACH = 4


def bound_clause_numbers(text: Parsed, numbers: list[int], claim: bool = False) -> list[int]:
    """`numbers` (the text's `clauses.clause_numbers`) with each noun that heads a "where"
    clause set off after it moved into that clause (or into the clause of its copula, when
    the aside stands between the noun and "is where"); the numbers themselves when there is
    none. In a `claim`, only into its copula's clause: a claim's noun before its own "where"
    aside is as often its main verb's object ("sailed from the piers, where ..."), a word of
    both clauses, and moved it would stray from the main clause the sentence tells; but two
    nouns each heading its own "where" aside ("between the valley, where ..., and the coast,
    where ...") are two places set side by side by what happens in each, as in a sentence."""
    heads = where_heads(text, numbers)
    if claim and len(heads) < 2:
        heads = {n: clause for n, clause in heads.items() if clause != numbers[n + 1]}
    fronted = fronted_place(text, numbers)
    if not heads and fronted is None:
        return numbers
    moved = list(numbers)
    if fronted is not None:
        for n in range(fronted[0]):
            moved[n] = fronted[1]
    for n, clause in heads.items():
        moved[n] = clause
    return moved


def fronted_place(text: Parsed, numbers: list[int]) -> tuple[int, int] | None:
    """(how many tokens, the clause after them) of a short phrase of place opening the text,
    set off by a comma ("In the valley, the ferry line runs"): the place of the clause after
    it, which a comma alone parted from it. None without one."""
    tokens = text.tokens
    if not tokens or tokens[0].word.lower() not in PLACE_PREPOSITIONS:
        return None
    end = next((k for k in range(1, min(len(tokens), PHRASE_REACH + 2)) if tokens[k].brk), None)
    if end is None or text.text[tokens[end - 1].end:tokens[end].start].strip() != ",":
        return None
    return end, numbers[end]


def where_heads(text: Parsed, numbers: list[int]) -> dict[int, int]:
    """Each noun heading a "where" clause set off after it (its token index) -> the clause
    it belongs to (`copula_clause`), remembered on the parse."""
    return remembered(text, ("where heads",), find_where_heads, text, numbers)


def find_where_heads(text: Parsed, numbers: list[int]) -> dict[int, int]:
    tokens = text.tokens
    heads = {}
    for n in range(1, len(tokens) - 1):
        if not tokens[n].brk or tokens[n].word.lower() != RELATIVE:
            continue
        head = tokens[n - 1]
        between = text.text[head.end:tokens[n].start]
        if head.word.isalpha() and ("(" in between or "," in between):
            # "where" right after a comma or an opening bracket, a word before it
            heads[n - 1] = copula_clause(text, n, numbers)
    return heads


def place_crossed(claim: Parsed, sentence: Parsed, placed: list[tuple[int, int, int, int]],
                  numbers: list[int]) -> bool:
    """A claim clause's place noun that the sentence puts in one "where" clause while the
    claim clause's other words are at home (two at least, more than anywhere else) in another
    "where" clause, one the sentence gives to another noun ("north, where the ferry runs, is
    where most floods struck" / "the valley (where most floods struck) and the north (where
    the ferry runs)"): the claim ties its place to what the sentence says of another place.
    `placed`: `clauses.placements`; `numbers`: the sentence's own clause numbers."""
    heads = where_heads(sentence, numbers)
    if len(heads) < 2:
        return False
    counts: dict[int, Counter] = {}
    for mine, theirs, _, k in placed:
        if k not in heads:
            counts.setdefault(mine, Counter())[theirs] += 1
    headed = {clause: k for k, clause in heads.items()}
    for mine, theirs, n, k in placed:
        if k not in heads or mine not in counts:
            continue
        ranked = counts[mine].most_common(2)
        home = ranked[0][0]
        if ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) \
                and home != theirs and home in headed \
                and sentence.tokens[headed[home]].lower != claim.tokens[n].lower:
            return True
    return False


def copula_clause(text: Parsed, n: int, numbers: list[int]) -> int:
    """The clause the noun before the "where" at `n` belongs to: that of "is where" right
    after the aside "where" opens ("the coast, where the ferry runs, is where ..."), else the
    aside's own."""
    tokens = text.tokens
    end = next((k for k in range(n + 1, len(tokens)) if tokens[k].brk), None)
    if end is not None and end + 1 < len(tokens) and tokens[end].word.lower() in TENSED_BE \
            and tokens[end + 1].word.lower() == RELATIVE and not tokens[end + 1].brk:
        return numbers[end]
    return numbers[n]
