"""The claim's subject that a sentence calls "it", named by the sentence before.

Reports name an actor once and go on about it with a pronoun: "The harbour committee has
inspected the piers for years, though it is getting harder for the committee to reach them.
For example, in 2021, it published evidence that storms damaged nineteen boats." The second
sentence states what the claim "the committee published evidence that ..." says, its subject
by the pronoun. Names are resolved through their passage already
(`check.unverified`, `qa.claims.antecedents`); this does the same for a subject the claim
gives by a common noun ("the mission", "the council", "the rebels"): the noun counts as stated,
for support only, when

- the sentence opens (within its first LEANING words) with a singular subject pronoun, "it",
  "he" or "she", followed by a word that can be a verb, and the claim's noun is singular;
- the claim's noun is an actor (`actors.actor_at`: a person or a group, ending its noun
  phrase) followed by a word that can be a verb: the claim's subject, as the pronoun is the
  sentence's;
- the sentence before, in the same passage, states the noun (its term or a synonym).

A pronoun stands for the last thing named, which is not always the claim's noun; requiring
the noun in the very sentence before, in the same number, keeps the guess close. Not "they":
it stands as often for a plural object of the sentence before, or for several actors named
apart ("the wardens met the owners; they disputed ..."), and the one test of a changed
statement (", denying" / ", claiming", tests/test_check_rewording.py) that a plural subject
reached was kept from support only by the subject left unstated.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, plural
from .actors import actor_at, said
from .adverb_words import manner_adverb
from .antecedents import sentence_before
from .facts import Parsed, remembered
from .vocabulary import Vocabulary

LEANING = 5  # words at a sentence's start where its subject pronoun stands ("For example, it")
SINGULAR = frozenset("it he she".split())


def antecedent_terms(claim: Parsed, sentence: Parsed, passage: Parsed, vocab: Vocabulary,
                     stated: frozenset[str]) -> frozenset[str]:
    """The terms of the claim's subject noun that the sentence gives by a pronoun the sentence
    before resolves."""
    pronoun = subject_pronoun(sentence)
    if pronoun is None:
        return frozenset()
    wanted = [t for i, t in enumerate(claim.tokens) if actor_at(claim, i)
              and i + 1 < len(claim.tokens) and can_be_verb(claim.tokens[i + 1].word)
              and not plural(t.word)
              and not said(t, sentence, vocab, stated)]
    if not wanted:
        return frozenset()
    previous = sentence_before(sentence, passage, vocab)
    if previous is None:
        return frozenset()
    return frozenset(term for t in wanted if said(t, previous, vocab, frozenset())
                     for term in t.terms)


def subject_pronoun(sentence: Parsed) -> str | None:
    """The singular subject pronoun among the sentence's first LEANING words, before a word
    that can be a verb ("it published", "it firmly disputed"), or None. The sentence's alone,
    remembered on its parse (asked with every claim)."""
    return remembered(sentence, ("subject pronoun",), pronoun_subject, sentence)


def pronoun_subject(sentence: Parsed) -> str | None:
    """`subject_pronoun`, worked out."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens[:LEANING]):
        word = token.word.lower()
        if word in SINGULAR:
            after = next((t for t in tokens[i + 1:i + 3] if not manner_adverb(t.word)),
                         None)
            return word if after is not None and can_be_verb(after.word) else None
    return None
