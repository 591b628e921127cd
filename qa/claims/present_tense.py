"""A verb in the present tense right after a name, as headlines and timelines tell past
events ("2022: Mali closes its borders", "in June the Council votes to end"): the claim's
deed, read as its past form is (`predicate.unstated_event`).

Only after a name: a common noun before a word in "-s" is as often a noun pair ("government
forces", "troop numbers") as a subject and its verb; a name followed by a verb form in "-s"
whose stem is a verb is the subject and its verb.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import Parsed

NOT_THIRD_PERSON = ("ss", "us", "is")  # "press", "status", "analysis": no "-s" of a verb


def regular_past(word: str) -> bool:
    """A regular past form of a verb ("blamed"): what follows a noun, not a verb."""
    word = word.lower()
    return word.isalpha() and word.endswith("ed") and can_be_verb(word)


def present_after_name(claim: Parsed, n: int) -> bool:
    """The claim's n-th word is a verb in the third person singular present ("closes",
    "deploys", "carries") right after a name of the claim or a capitalised word ("Mali
    closes", "the Council votes"), not a capital opening the claim or a clause."""
    tokens = claim.tokens
    token = tokens[n]
    word = token.word
    if n == 0 or token.brk or not word.isalpha() or not word.islower() \
            or not word.endswith("s") or word.endswith(NOT_THIRD_PERSON) \
            or not can_be_verb(word) or not any(can_be_verb(s) for s in stems(word)):
        return False
    if n + 1 < len(tokens) and not tokens[n + 1].brk and regular_past(tokens[n + 1].word):
        return False  # "UN figures blamed", "UN forces opened fire": a noun, then its verb
    before = tokens[n - 1]
    # a capital opening the claim or a clause may be any word's ("Government forces")
    opening = n == 1 or before.brk
    return before.word[:1].isupper() and before.word.isalpha() and not opening \
        or any(m.end == before.end and m.family == "name" for m in claim.mentions)


def stems(word: str) -> list[str]:
    """The base forms a third-person "-s" may have: "votes" vote, "closes" close, "pushes"
    push, "carries" carry."""
    found = [word[:-1]]
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    return found
