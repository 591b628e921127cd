"""A claim's modifier of a noun that the sentence leaves to the noun's first mention.

Reports name a thing in full once and then refer back to it by its bare noun: "the UN
conducted a strategic review of the mission. The review, submitted to the Security Council in
January 2023, offered three options". "The review" is the strategic review, so a claim saying
"the strategic review submitted in January 2023 offered three options" is stated by the
second sentence, its "strategic" by the first. Left unstated, the modifier lowered the share
of the claim the sentence states below what support needs.

Counted as stated, for support only, are the terms of a claim word that directly precedes a
noun of the claim (the same clause) when the sentence has that noun right after "the" ("The
review", no modifier of its own: a definite noun referring back) and the sentence right before
it in the passage has the claim's word right before the same noun ("a strategic review"). A
different modifier in the antecedent ("a budget review") states nothing, nor does an
antecedent further back (the story may have moved on to another review).
"""
from __future__ import annotations

from .antecedents import sentence_before
from .facts import UNMADE, Parsed, remembered
from .vocabulary import Vocabulary

DEFINITE = frozenset(("the", "this", "that"))


def antecedent_modifier_terms(claim: Parsed, sentence: Parsed, passage: Parsed,
                              vocab: Vocabulary, stated: frozenset[str]) -> frozenset[str]:
    """The terms of the claim's modifiers whose noun the sentence gives as a bare definite
    noun and the sentence before gives with the same modifier."""
    bare = definite_nouns(sentence)
    if not bare:
        return frozenset()  # most sentences: no "the NOUN" the claim could modify
    wanted = [(m, h) for m, h in modified(claim)
              if h in bare and m not in sentence.terms and m not in stated]
    if not wanted:
        return frozenset()
    previous = remembered(sentence, ("sentence before", passage.text, vocab),
                          sentence_before, sentence, passage, vocab)
    if previous is None:
        return frozenset()
    pairs = modified(previous)
    return frozenset(m for m, h in wanted if (m, h) in pairs)


def modified(text: Parsed) -> frozenset[tuple[str, str]]:
    """(modifier term, noun term) of each two words in a row in one clause, both one-term
    words of letters, the first no function word: remembered on the parse."""
    found = text.memo.get(("modified nouns",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, ("modified nouns",), find_modified, text)
    return found


def find_modified(text: Parsed) -> frozenset[tuple[str, str]]:
    tokens = text.tokens
    return frozenset(
        (a.terms[0], b.terms[0]) for a, b in zip(tokens, tokens[1:])
        if len(a.terms) == 1 and len(b.terms) == 1 and not b.brk
        and a.word.isalpha() and b.word.isalpha())


def definite_nouns(sentence: Parsed) -> frozenset[str]:
    """The terms of the sentence's nouns right after "the" ("The review,"): remembered on the
    sentence's parse."""
    found = sentence.memo.get(("definite nouns",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(sentence, ("definite nouns",), find_definite_nouns, sentence)
    return found


def find_definite_nouns(sentence: Parsed) -> frozenset[str]:
    tokens = sentence.tokens
    return frozenset(b.terms[0] for a, b in zip(tokens, tokens[1:])
                     if a.lower in DEFINITE and not b.brk and len(b.terms) == 1
                     and b.word.isalpha())
