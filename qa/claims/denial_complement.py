"""A noun phrase's denial ends at a preposition after its first denied word.

"No", "lack of", "without" deny a noun phrase, read as up to two content words after them
("no additional funds"). When the first word is a noun with a prepositional complement, the
second word is that complement's object: "a lack of contact with the crews" denies the
contact, not the crews, and reading "crews" as denied made a claim that names the crews
anywhere ("the crews had poor contact with the harbour office") read as affirming what the
source denies, so that a true claim was called contradicted. The noun the phrase opens with
stays denied ("no ferries to the island" still denies the ferries). "of" is left out: "no
sign of fraud", "a lack of the council's backing" deny the noun after it.
"""
from __future__ import annotations

# the prepositions that name a party to the thing, its partner, source or agent ("contact
# with the crews", "backing from the chair"), who is there whether or not the thing is. Not
# those that tell what the thing consists in or concerns: "a lack of proficiency in Lindish"
# is a want of Lindish, and stays a denial of it (a run of verdicts lost a right
# contradiction when "in" ended the reach); nor "of" (see above) or "to", which may open an
# infinitive that qualifies the noun ("a lack of peace to keep").
COMPLEMENT_PREPOSITIONS = frozenset("with from by between among amongst".split())


# the noun negations that quantify: "no city in the valley" counts the valley's cities, and
# denies them all, its "in" phrase part of what is denied ("no trend in the floods", "no
# link between A and B"); a run of verdicts lost three right verdicts when their reach ended
# there too (round 74, branch sc80). The nouns and adjectives of want ("a lack of", "an
# absence of", "insufficient") name the want of a thing, their complement whom it concerns.
QUANTIFYING = frozenset(("no", "none", "without"))


def complement_opens(word: str, taken: int, cue: str = "") -> bool:
    """The lower-case `word` is a preposition after at least one word a noun of want (`cue`,
    no quantifying "no") denies (`taken`): the denial ends before it."""
    return taken > 0 and word in COMPLEMENT_PREPOSITIONS and cue not in QUANTIFYING
