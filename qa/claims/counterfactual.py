"""Words a text says only inside a clause of what is not so: "as if", "as though".

"The sceptics read the memo as though it referred to the budget" does not say the memo
referred to the budget; it says the sceptics read it so, and implies it did not. A word the
text affirms there is not affirmed: a claim that denies it ("it refers to the staff, not the
budget") is not contradicted by it. The clause runs from its opener to the next clause break
(comma, bracket, full stop)."""
from __future__ import annotations

from .facts import Parsed, Token, remembered

OPENERS = frozenset({("as", "if"), ("as", "though")})


def counterfactual_in_place(term: str, text: Parsed, other: Parsed) -> bool:
    """`text` says `term` beside a word `other` has beside it ("global temperature" in both)
    only inside counterfactual clauses: where the two texts speak of the same thing, `text`
    does not affirm it. A use of the term elsewhere ("global warming sceptics") is about
    something else."""
    clauses = counterfactual_tokens(text)
    if not clauses:
        return False
    beside = {t for n, token in enumerate(other.tokens) if term in token.terms
              for t in neighbour_terms(other.tokens, n)}
    placed = [n for n, token in enumerate(text.tokens) if term in token.terms
              and beside & neighbour_terms(text.tokens, n)]
    return bool(placed) and all(n in clauses for n in placed)


def neighbour_terms(tokens: list[Token], n: int) -> set[str]:
    """The terms of the nearest word with terms on each side of token n, in its clause."""
    found = set()
    for k in range(n - 1, -1, -1):
        if tokens[k + 1].brk:
            break
        if tokens[k].terms:
            found.update(tokens[k].terms)
            break
    for k in range(n + 1, len(tokens)):
        if tokens[k].brk:
            break
        if tokens[k].terms:
            found.update(tokens[k].terms)
            break
    return found


def counterfactual_tokens(text: Parsed) -> frozenset[int]:
    """The indices of the text's tokens inside "as if" / "as though" clauses (remembered on
    its parse: every term of a claim asks)."""
    return remembered(text, ("counterfactual tokens",), lambda: find_tokens(text.tokens))


def find_tokens(tokens: list[Token]) -> frozenset[int]:
    inside, within = set(), False
    for n, token in enumerate(tokens):
        if token.brk:
            within = False
        if within:
            inside.add(n)
        if n > 0 and (tokens[n - 1].word.lower(), token.word.lower()) in OPENERS \
                and not token.brk:
            within = True
    return frozenset(inside)
