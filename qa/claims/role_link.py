"""Whether two names that share a word beside them are tied to it the same way.

`compare.same_role` gives two names one role when a content word on the same side of both is
shared: "Sweden suspended" / "Egypt suspended". The shared word tells the role only if it is
tied to each name alike: "Nigeria protested the prime minister's speech" and "Mali's interim
prime minister" share "prime" after the name, but in the claim a verb stands between the
name and "prime" (the name is the subject of "protested", the prime minister its object),
while in the sentence the name owns the prime minister. Likewise "the hospital was financed
by the Union" / "the hospital to the mission's supercamp": the hospital is the thing the
Union financed, across the verb, and the place of the mission's camp without one. A verb
between a name and a word is a clause's predicate linking two of its parties; no verb
between, the word qualifies or is qualified by the name in one phrase. Two names are in the
same role by a shared word only where that word is tied to both the same way.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, irregular_base
from .facts import Mention, Parsed, Token, around, clause_bounds, content

# forms before a verb that make it a predicate ("was financed", "has sent", "will send")
AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did will would can could may might "
    "must shall should".split())
WINDOW = 2  # as `facts.WINDOW`: the content words either side that tell a fact's role


def tied_alike(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
               expand, sides: tuple[bool, bool]) -> bool:
    """Some word shared on a side of the two names (`sides`: before, after, the sides whose
    shared words `same_role` reads) stands across a verb from both names or from neither.
    `expand`: a token list's terms and synonym groups (`compare.expand`, with its vocabulary)."""
    ours, others = window(claim, mine), window(sentence, theirs)
    for side in (0, 1):
        if not sides[side]:
            continue
        for a in ours[side]:
            mine_terms = expand([a])
            for b in others[side]:
                if not mine_terms.isdisjoint(expand([b])) \
                        and across_verb(claim, mine, a) == across_verb(sentence, theirs, b):
                    return True
    return False


def window(text: Parsed, name: Mention) -> tuple[list[Token], list[Token]]:
    """The content words just before and after the name, those after within its clause unless
    it has none there (as `compare.neighbours` reads a name's role)."""
    before, after = around(text, name.start, name.end, WINDOW, content)
    _, high = clause_bounds(text, name.start, name.end)
    mine = [t for t in after if t.start < high]
    return before, mine if before or mine else after


def across_verb(text: Parsed, name: Mention, word: Token) -> bool:
    """A verb of a predicate stands between the name and the word (neither included)."""
    low, high = (word.end, name.start) if word.end <= name.start else (name.end, word.start)
    tokens = text.tokens
    for n, t in enumerate(tokens):
        if t.start >= high:
            break
        if t.start >= low and predicate_verb(tokens, n):
            return True
    return False


def predicate_verb(tokens: list[Token], n: int) -> bool:
    """The word is a verb in a past form ("financed", "sent") or right after an auxiliary."""
    word = tokens[n].lower
    if not word.isalpha() or not can_be_verb(word):
        return False
    return word.endswith("ed") or bool(irregular_base(word)) \
        or n > 0 and tokens[n - 1].lower in AUXILIARIES
