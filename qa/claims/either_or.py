"""Where a denial opened inside the first branch of "either ... or" ends.

"leading to either a shortage of fuel or raising prices" denies the fuel, not the raising:
"either" opens two branches of one level, and the "or" that answers it opens the second,
which the first branch's "lack of" / "no" / "without" never reaches. Without this, a noun of
absence (which denies up to two content words) read "raising" as denied, and a claim that
says prices were raised was called contradicted by a sentence that says they were.
"""
from __future__ import annotations

# words that may stand between "either" and the negation it opens: "either a lack of",
# "either no", "either the absence of"
DETERMINERS = frozenset(("a", "an", "the", "some", "any"))


def opens_either_branch(words: list[str], i: int) -> bool:
    """The negation at index `i` of the lower-case `words` is the first word of the first
    branch of "either ... or" (right after "either", or after "either" and a determiner)."""
    if i >= 1 and words[i - 1] == "either":
        return True
    return i >= 2 and words[i - 1] in DETERMINERS and words[i - 2] == "either"
