"""A noun phrase's denial ends at its clause's verb.

"No", "lack of", "insufficient", "without" deny a noun phrase, read as up to two content
words after them ("no additional funds"). When the phrase is the subject and one word long,
the second word is the clause's verb: "insufficient funding crippled the programme" denies
the funding, not the crippling, and reading "crippled" as denied made the sentence's plain
"funding crippled it" (or a claim saying so) read as its reverse, so that a true claim with a
rated verb of the same sense was called contradicted. A past form after the first denied word
with a determiner or possessive right after it ("crippled the", "crippled its") is that verb.
"""
from __future__ import annotations

# ("that" is left out: after a verb it opens a clause as often as a noun phrase, "meant
# that the fleet", and the verb is then read as before)
OBJECT_OPENERS = frozenset("a an the this these those its their his her our".split())


def clause_verb(words: list[str], i: int, past: bool) -> bool:
    """The i-th of the lower-case `words` is the clause's verb: a past form (`past`, as the
    caller's `finite_verb` reads it) with a determiner or possessive after it."""
    return past and i + 1 < len(words) and (
        words[i + 1] in OBJECT_OPENERS or words[i + 1].endswith(("'s", "’s")))
