"""Where a headline's subject ends: at its verb in the present tense.

Headlines tell past events in the present and drop their articles ("Board ends ferry
service after storm", "Union suspends strike"). The checker finds a claim's subject by its
first auxiliary or past verb (`check.subject_end`), which a headline may not have until a
later clause ("Board decides Lagos Ferry closure to be completed by June"): a name of the
object ("Lagos Ferry") is then read as the subject, and another actor in the sentence's
subject as a swap. A headline's verb is a present form in -s right after a capitalised word,
the end of a name ("Board decides", "Union suspends"): a plural noun after a name ("City
troops") is one, too, where its singular can be a verb, which only moves the subject's end
before it, so the names before it stay the subject's.
"""
from __future__ import annotations

from ..search.wordnet import verbs
from .facts import Parsed

# present endings in -s and the base they replaced ("decides" -> decide, "carries" -> carry)
PRESENT_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))


def present_verb(word: str) -> bool:
    """A lower-case word that is a verb's third-person present form."""
    if not word.isalpha() or not word.islower() or word.endswith(("ss", "us", "is")):
        return False
    table = verbs()
    return any(word.endswith(ending) and word[:len(word) - len(ending)] + base in table
               for ending, base in PRESENT_ENDINGS if len(word) > len(ending) + 2)


def headline_verb(claim: Parsed) -> int:
    """Where the claim's subject ends if it is told as a headline: the start of its first
    present verb right after a capitalised word; the end of the claim if there is none."""
    tokens = claim.tokens
    for k in range(1, len(tokens)):
        before = tokens[k - 1]
        if before.word[:1].isupper() and not tokens[k].brk and present_verb(tokens[k].word):
            return tokens[k].start
    return len(claim.text)
