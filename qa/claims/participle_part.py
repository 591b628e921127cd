"""A claim's main clause, read without the participle clause it closes on.

"The ferry guild trimmed its sailings to two a week in 2031, stranding traders on Kora"
asserts the cut and what followed it: one false makes the claim false. Read whole against a
sentence that sets the cut otherwise ("In 2031 the ferry guild trimmed its sailings to four a
week"), the participle's clause is a fact of its own that the sentence does not state, so
the conflict falls below the share of the rest a contradiction needs and the claim is left
not_found, while the main clause read alone is contradicted. `clause_parts` splits a claim
at its connectives ("so", "because", "; ", ", where"), never at a bare participle, so
`contradicted_part` never read that clause.

This gives `contradicted_part` the clause before the first ", <present participle>" that
opens a clause of its own: a verb's "-ing" form (WordNet knows its base), not one that works
as a preposition ("including", "according", "following": `defining_clause.PREPOSITIONS`),
the words before it a finite clause (or holding a present "-s" verb: "the guild cuts").
The clause read alone is contradicted through every gate of a claim (the same event, the
same role), and `contradicted_part.aligned_whole` asks that the sentence contradicting it is
one the whole claim was aligned with and writes one of the clause's names; a claim whose
main clause is stated, with a participle clause the sources never give ("..., stranding
traders"), is no contradiction: its main clause read alone is not contradicted.
"""
from __future__ import annotations

import re

from ..search.wordnet import base_forms, can_be_verb, verb_base
from .clause_parts import MIN_WORDS, WORD_RE, finite_clause
from .defining_clause import PREPOSITIONS

# a comma and the "-ing" word after it: where a participle's clause may open
PARTICIPLE_RE = re.compile(r",\s+(?P<word>[a-z]+ing)\b")


def participle_main(claim: str) -> str | None:
    """The claim's words before the first ", <present participle>" that opens a clause, when
    they are a finite clause of their own; None when the claim has no such clause."""
    text = claim.strip().rstrip(".!")
    for joint in PARTICIPLE_RE.finditer(text):
        word = joint.group("word")
        if word in PREPOSITIONS or not participle(word):
            continue
        main = text[:joint.start()]
        return main if finite_clause(main) or present_verb(main) else None
    return None


def present_verb(text: str) -> bool:
    """The words hold a present verb of the third person after their first word ("the
    ferry guild cuts its sailings, ..."): a headline's or a summary's tense, which
    `finite_clause` (past forms and auxiliaries) does not read."""
    words = WORD_RE.findall(text)
    return len(words) >= MIN_WORDS and any(w[0].islower() and present_form(w) for w in words[1:])


def present_form(word: str) -> bool:
    """A verb's form in "-s" ("cuts", "renews"): a verb whose base, the ending taken off,
    is a verb too. Plural nouns of verbs pass as well ("sailings"): the clause is read only
    to be contradicted, through `contradicted_part`'s gates."""
    return word.endswith("s") and can_be_verb(word) \
        and any(can_be_verb(base) for base in base_forms(word)[1:])


def participle(word: str) -> bool:
    """An "-ing" form of a verb: a verb whose base, the "-ing" taken off, is a verb too
    ("easing", "putting"), not a word that only ends so ("bring", "thing", "morning")."""
    return can_be_verb(word) and (verb_base(word) not in (None, word)
                                  or any(can_be_verb(base) for base in base_forms(word)[1:]))
