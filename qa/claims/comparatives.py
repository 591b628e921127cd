"""The adjective a regular comparative is formed from, where the sentence compares with
"than": "faster rates than" -> fast, "hotter than" -> hot, "larger than" -> large.

A claim word reversed by the sentence's antonym never supports it (`opposition.opposed`),
and an antonym written as a comparative is a reversal too: "slowing the thaw" against "the
thaw runs faster than forecast" tells the other direction. But stems do not bring "faster"
back to "fast", and WordNet lists only irregular comparatives ("worse"), so the claim of a
slowing was supported by the sentence of a speeding up. A regular "-er" is as often a noun
or an adverb of time ("water", "later", "border"), so it is read as a comparative only
where "than" follows it within the same clause, a few words on, as a comparison needs.
Read where the claim itself compares nothing with "than": "A is warmer than B" and "B is
colder than A" are one fact told from the other side, no reversal.
"""
from __future__ import annotations

from .facts import Parsed

# how many words after the comparative "than" may stand ("faster rates than")
THAN_WINDOW = 3


def compares(text: Parsed) -> bool:
    """The text compares with "than" (its sides may be told the other way round)."""
    return any(t.word.lower() == "than" for t in text.tokens)


def comparative_bases(text: Parsed, k: int) -> tuple[str, ...]:
    """The adjectives the k-th word may be the regular comparative of, when "than" follows
    it within THAN_WINDOW words of its clause: "fast" of "faster", "large" of "larger",
    "hot" of "hotter", "dry" of "drier"; () otherwise."""
    word = text.tokens[k].word.lower()
    if not word.endswith("er") or len(word) < 5 or not word.isalpha():
        return ()
    after = text.tokens[k + 1:k + 1 + THAN_WINDOW]
    for token in after:
        if token.brk:
            return ()
        if token.word.lower() == "than":
            break
    else:
        return ()
    stem = word[:-2]
    bases = [stem, word[:-1]]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases.append(stem[:-1])  # "hotter" -> hot, "bigger" -> big
    if word.endswith("ier"):
        bases.append(word[:-3] + "y")  # "drier" -> dry, "heavier" -> heavy
    return tuple(bases)
