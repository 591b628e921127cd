"""A negation read against a sentence whose subject is another actor.

A report weighs several actors one after the other: "The Harbour Guild seems an unlikely
buyer. The Ferry Board and the Port Trust, though short of funds, still seem more likely
buyers." The claim "the Harbour Guild seems unlikely to buy" shares "likely" with the second
sentence, negated on one side only, but that sentence says it of the Board and the Trust: its
polarity is theirs, no reversal of the claim's (nor support of it). So is an opposite word
(a relation conflict): "the Board seems a likelier buyer than the Guild" is not reversed by
"the Guild seems an unlikely buyer", whose subject the claim names, but not as its own.

The subject is read grammatically: the words from the sentence's start (after an opening
phrase, `check.subject_start`) up to its first verb (`subject_head.first_verb`), so that a
coordination ("the Board and the Trust") and an apposition ("the Trust, the older of the
two, ...") stay in it. The two subjects are compared by their names, through the project's
equivalences of names (`compare.name_found`: acronyms, long forms, a country and its
adjective): the sentence's subject is another actor when it names someone and the sentence
does not name the claim's subject at all. A subject without a name (a pronoun, "the guild")
may be the claim's actor, and is left alone; so is a claim whose subject names no one.
Only a conflict is dropped (with support vetoed, `check.align`): support is read as before.
"""
from __future__ import annotations

from .compare import name_found
from .facts import Mention, Parsed
from .headline import headline_verb
from ..search.wordnet import base_verb
from .subject_head import first_verb
from .vocabulary import Vocabulary


def subject_names(text: Parsed, start: int) -> list[Mention]:
    """The names in the text's subject: from `start` (where an opening phrase ends) to its
    first verb, or else to a present verb right after a name's last word (`after_name`);
    [] without a verb."""
    verb = first_verb(text)
    end = text.tokens[verb].start if verb is not None else after_name(text)
    if end >= len(text.text):
        return []
    return [m for m in text.mentions if m.family == "name" and start <= m.start < end]


def subject_of_another(claim: Parsed, claim_start: int, sentence: Parsed, sentence_start: int,
                       vocab: Vocabulary) -> bool:
    """The sentence's subject names someone, and the sentence does not name the claim's
    subject (which names someone): the sentence's actors are others, though the claim may
    name them elsewhere ("A seems likelier than B" / "B seems unlikely")."""
    mine = subject_names(claim, claim_start)
    if not mine or any(name_found(m, sentence, vocab) for m in mine):
        return False
    return bool(subject_names(sentence, sentence_start))


def after_name(text: Parsed) -> int:
    """Where a present verb right after a capitalised word starts: in -s, as a headline
    writes it (`headline.headline_verb`), or in its plain form after a plural subject ("the
    Board and the Trust seem", which `main_verb` does not read); the text's end if none."""
    end = headline_verb(text)
    tokens = text.tokens
    return next((t.start for before, t in zip(tokens, tokens[1:])
                 if t.start < end and before.word[:1].isupper() and not t.brk
                 and t.word.isalpha() and t.word.islower() and base_verb(t.word)), end)
