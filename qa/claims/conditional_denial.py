"""A negation undone by a "without" later in its clause: "wardens could not travel outside the
walls without escorts" does not deny the travelling; it says travel needs escorts, which
"wardens travelling outside the walls require escorts" states.

Two negations in one clause, the second "without" (or "unless"), make a condition, not a
denial of the verb: the verb the first negation seems to deny is affirmed under that
condition. A sentence that affirms the verb is then no conflict with the claim's "not".
"""
from __future__ import annotations

from .facts import SCOPE_BREAKERS, Parsed

CONDITIONS = frozenset(("without", "unless"))


def conditional(text: Parsed, span: tuple[int, int]) -> bool:
    """The negation that starts at `span` (a `Parsed.negated` value) is followed in its
    clause by "without" or "unless", or the text opens with one of them."""
    tokens = text.tokens
    start = next((n for n, t in enumerate(tokens) if t.start == span[0]), None)
    if start is None:
        return False
    if start > 0 and tokens[0].word.lower() in CONDITIONS:
        return True  # "Without escorts, wardens could not travel": the condition fronted
    for t in tokens[start + 1:]:
        if t.brk or t.word.lower() in SCOPE_BREAKERS:
            return False
        if t.word.lower() in CONDITIONS:
            return True
    return False
