"""What a passive verb acts on: its subject ("the proposed charter was vetoed by the guild":
the charter), and where a reduced passive ends a noun phrase ("the charter drafted by the
council": the charter, not "drafted").

`acted_on` places a claim's verb against the sentence's verb of opposite polarity by the head
of the direct object both act on, read after the verb. A passive has none there: the thing it
acts on is its subject, before the form of "be" ("the charter was vetoed" is "vetoed the
charter"), so an active claim against a passive sentence ("the guild approved the charter" /
"the charter was vetoed by the guild"), or the other way round, was never placed by that head,
and the claim's event, its other words told by the sentence before, fell short of the share a
contradiction needs. And an object qualified by a reduced passive ("approved the charter
drafted by the council") had its participle read as its head. Both are readings of English
grammar, not of any word list: the form of "be" right before the participle (adverbs between
them allowed, as `opposition.passive` allows them), the content word right before that form,
in the same clause, as the subject's head, unless a preposition governs the phrase it ends
("the refusal of the charter was welcomed": not the charter).
"""
from __future__ import annotations

from .auxiliaries import BE
from .facts import DETERMINERS, Parsed, Token
from .opposition import PREPOSITIONS, VOICE_REACH, reduced_passive
from .past_forms import past_verb_form


def passive_subject(text: Parsed, n: int) -> Token | None:
    """The head of the subject of the n-th word read as a passive participle: the content
    word right before the form of "be" at most VOICE_REACH words before it, with no clause
    break between them ("the charter was quickly vetoed": charter); None where the word is no
    past participle, no "be" comes before it, or the word before "be" is no content word of
    letters ("which was vetoed", "it was vetoed", "the charter, it said, was vetoed")."""
    tokens = text.tokens
    if not past_verb_form(tokens[n].lower):
        return None
    for k in range(n - 1, max(-1, n - VOICE_REACH - 2), -1):
        if tokens[k + 1].brk:
            return None  # a clause break between the verb and what may be its "be"
        if tokens[k].lower in BE:
            if k == 0 or tokens[k].brk:
                return None
            subject = tokens[k - 1]
            if not subject.terms or not subject.word.isalpha() or governed(text, k - 1):
                return None
            return subject
    return None


def governed(text: Parsed, n: int) -> bool:
    """The n-th word ends a noun phrase that a preposition governs ("the refusal of the
    charter was welcomed": the charter is not what was welcomed): the run of content words
    it ends, in its clause, comes right after a preposition, or after a determiner that comes
    right after one ("In May the charter was vetoed": a determiner after another phrase)."""
    tokens = text.tokens
    k = n
    while k >= 0 and tokens[k].terms:
        if tokens[k].brk:
            return False
        k -= 1
    if k < 0:
        return False
    if tokens[k].lower in DETERMINERS:
        if tokens[k].brk or k == 0:
            return False
        k -= 1
    return tokens[k].lower in PREPOSITIONS


def trimmed_head(text: Parsed, phrase: list[Token]) -> list[Token]:
    """The object phrase without a reduced passive that closes it ("the charter drafted by
    the council": the charter): the participle qualifies the noun before it."""
    if len(phrase) > 1:
        last = phrase[-1]
        n = next((i for i, t in enumerate(text.tokens) if t is last), None)
        if n is not None and reduced_passive(text, n):
            return phrase[:-1]
    return phrase
