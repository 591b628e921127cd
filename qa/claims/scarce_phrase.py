"""A denied noun phrase whose head the other text says is wanting is one scarcity, no matter
the words after the head.

"A lack of X" denies a noun phrase read as up to two content words after the cue, past a
preposition ("a lack of training for recruits": training, recruits). Where the other text
gives the head a quantity of scarcity ("poor training for recruits", "weak training in the
units", `scarcity.scarce_alike`), the two texts say the same thing of the head, and the word
after the preposition is the phrase's complement, not a thing the denying text says is
absent: read as a denial of its own, the affirming text's plain "recruits" or "units" made a
true claim contradicted. A denied word whose phrase head is not wanting on the other side
still conflicts.
"""
from __future__ import annotations

from .facts import Parsed
from .scarcity import scarce_alike


def head_wanting(denying: Parsed, cue: tuple[int, int], affirming: Parsed, term: str,
                 cue_word: str) -> bool:
    """`term` is denied by the cue at `cue` after an earlier word of the same denial (its
    head), which the affirming text states and gives a quantity of scarcity."""
    start, end = cue
    cue_end = start + len(denying.text[start:end].split()[0])  # (the cue's own stem is no head:
    # "insufficient" is read as a prefixed denial of "sufficient" as well)
    earlier = [t for t, (s, e) in denying.negated.items() if s == start and cue_end < e < end]
    if not earlier:
        return False
    head = min(earlier, key=lambda t: denying.negated[t][1])
    return head in affirming.terms and head not in affirming.negated \
        and scarce_alike(affirming, head, cue_word)
