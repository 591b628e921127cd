"""A negation read against a sentence whose subject is another actor.

A report weighs several actors one after the other: "The Harbour Guild seems an unlikely
buyer. The Ferry Board and the Port Trust, though short of funds, still seem more likely
buyers." The claim "the Harbour Guild seems unlikely to buy" shares "likely" with the second
sentence, negated on one side only, but that sentence says it of the Board and the Trust: its
polarity is theirs, no reversal of the claim's (nor support of it).

The subject is read grammatically: the words from the sentence's start (after an opening
phrase, `check.subject_start`) up to its first verb (`subject_head.first_verb`), so that a
coordination ("the Board and the Trust") and an apposition ("the Trust, the older of the
two, ...") stay in it. The two subjects are compared by their names, through the project's
equivalences of names (`compare.name_found`: acronyms, long forms, a country and its
adjective): the sentence's subject is another actor when it names someone, none of whom the
claim names, and the sentence does not name the claim's subject at all. A subject without a
name (a pronoun, "the guild") may be the claim's actor, and is left alone.
"""
from __future__ import annotations

from .compare import name_found
from .facts import Mention, Parsed
from .subject_head import first_verb
from .vocabulary import Vocabulary


def subject_names(text: Parsed, start: int) -> list[Mention]:
    """The names in the text's subject: from `start` (where an opening phrase ends) to its
    first verb; [] without a verb."""
    verb = first_verb(text)
    if verb is None:
        return []
    end = text.tokens[verb].start
    return [m for m in text.mentions if m.family == "name" and start <= m.start < end]


def subject_of_another(claim: Parsed, claim_start: int, sentence: Parsed, sentence_start: int,
                       vocab: Vocabulary) -> bool:
    """The sentence's subject names only actors the claim does not name, and the sentence
    does not name the claim's subject (which names someone)."""
    mine = subject_names(claim, claim_start)
    if not mine or any(name_found(m, sentence, vocab) for m in mine):
        return False
    theirs = subject_names(sentence, sentence_start)
    return bool(theirs) and not any(name_found(m, claim, vocab) for m in theirs)
