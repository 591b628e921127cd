"""An actor the sentence names only as a modifier of another thing: "the Senegalese crews of the
ferry line patrol the quay" / "Norland's fleet was based at the quay".

An actor conflict says the sentence gives the claim's deed to someone else. When the
sentence's name stands before a noun that it only qualifies ("Senegalese crews", "the UN's
own records", "UN officials"), the name is not the doer of anything: the noun is, and the
name tells whose or what kind it is. If that noun is a person or group ("crews",
"officials"; a deed, "ECOWAS's imposition of sanctions", "French airstrikes", is the name's
own) and the claim states none of its words (not by a synonym either), the sentence tells of
other people than the claim's, and their owner is no rival of the claim's actor. Still a conflict when the claim speaks of the same thing
("Chad's troops" / "Niger's troops") or when both names qualify a person or group noun
("Tarland's crews" / "Norland's sailors": two actors of one kind), since WordNet links few
such nouns ("soldiers" / "troops").

And still a conflict when the two names stand after the same word ("signed by the Velden
board" / "signed by the fishing guild"): the qualified noun is in the claim's actor's
place, and is that actor's rival whatever its name qualifies.

The noun is read as the words right after the name (after "'s" and "own"), lower-case, in
one clause, that are no verb unless WordNet knows them as a person or group noun: "France
deployed" is a subject and its verb, "French soldiers" a name and its noun.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun, can_be_verb
from ..types import Conflict, ConflictKind
from .compare import synonym_terms
from .facts import ARTICLES, POSSESSIVE_ENDINGS, Parsed, Token
from .vocabulary import Vocabulary

LONGEST_NOUN = 3


def modifier_of_another(claim: Parsed, sentence: Parsed, conflicts: list[Conflict],
                        vocab: Vocabulary) -> bool:
    """Every conflict is an actor the sentence names as a modifier of a noun the claim does
    not state."""
    if not conflicts or any(c.kind != ConflictKind.ACTOR for c in conflicts):
        return False
    for c in conflicts:
        noun = qualified_noun(sentence, c.source, c.span)
        if not noun_unstated(claim, noun, vocab) or actor_noun(noun[-1].word) is None:
            return False  # "ECOWAS's imposition", "French airstrikes": the name did them
        if word_before(sentence, c.span[0] or sentence.text.find(c.source)) \
                == word_before(claim, claim.text.find(c.claim)) is not None:
            return False  # "signed by the Velden board" / "signed by the guild": one place
        own = qualified_noun(claim, c.claim, (0, 0))
        if own and actor_noun(own[-1].word) is not None:
            return False  # "Chadian troops" / "Nigerien soldiers": one kind of actor
    return True


def qualified_noun(text: Parsed, name: str, span: tuple[int, int]) -> list[Token]:
    """The noun the name (at `span`, else its first place) qualifies in the text, or [] if it
    qualifies none."""
    start, end = span
    if end <= start:
        start = text.text.find(name)
        if start < 0:
            return []
        end = start + len(name)
    tokens = text.tokens
    k = next((i for i, t in enumerate(tokens) if t.end >= end), len(tokens))
    if k == len(tokens) or tokens[k].start < start:
        return []
    if tokens[k].word.endswith(POSSESSIVE_ENDINGS) and tokens[k].end > end:
        k += 1  # "MINUSMA's": the possessed noun follows
    elif tokens[k].end == end:
        k += 1
    else:
        return []  # the name is part of a longer word
    if k < len(tokens) and tokens[k].word == "own" and not tokens[k].brk:
        k += 1
    noun = []
    for t in tokens[k:k + LONGEST_NOUN]:
        if t.brk or not t.terms or not t.word.islower() \
                or can_be_verb(t.word) and actor_noun(t.word) is None:
            break
        noun.append(t)
    return noun


def word_before(text: Parsed, start: int) -> str | None:
    """The word before the name at `start` (past an article), lower-case, or None."""
    if start < 0:
        return None
    before = [t for t in text.tokens if t.end <= start]
    after = next((t for t in text.tokens if t.end > start), None)
    while before and before[-1].word.lower() in ARTICLES:
        after = before.pop()
    # a clause break before the name (or its article) leaves it no word of its own clause
    return before[-1].word.lower() if before and not (after and after.brk) else None


def noun_unstated(claim: Parsed, noun: list[Token], vocab: Vocabulary) -> bool:
    """A noun was read, and the claim states none of its words."""
    if not noun:
        return False
    for t in noun:
        if claim.terms.intersection(t.terms) \
                or claim.terms & synonym_terms(t.word.lower(), vocab):
            return False
    return True
