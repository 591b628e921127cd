"""A causative verb with its object and an infinitive, read as a relation of cause where a
sentence tells one: "A drop in salinity signals the larvae to settle" says the drop makes
the larvae settle, as "causes the larvae to settle" would.

`cause_reversed` reads the markers of cause of a closed grammar ("causes", "leads to", "due
to"); a sentence telling the claim's relation the other way round with any other verb of
making someone do something ("prompts", "signals", "forces", "spurs" X "to" V) showed no
relation at all, and its words, all the claim's, supported the claim of the reverse ("the
larvae settling is what causes the drop in salinity"). The construction is grammatical, not
a list: an inflected verb ("-s", "-ed" or an irregular past: a deed, not a noun's "plans to"),
its object (one to OBJECT_WORDS words, articles and content words, no preposition or break),
"to" and a verb's base form. The verb's subject side is the cause, the object and the
infinitive's clause the effect. Read in the sentence only (`cause_reversed.cause_reversed`):
a claim's relations keep to the markers, so no claim is read as a relation it does not state.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, verb_base
from .facts import Parsed

OBJECT_WORDS = 3  # words of the object between the verb and "to" ("the upland farmers")
# the function words an object may open with
OPENERS = frozenset("the a an its their his her our these those this some many".split())


def causative_at(text: Parsed, i: int) -> bool:
    """Whether the i-th word is a causative verb followed by its object, "to" and a verb."""
    tokens = text.tokens
    token = tokens[i]
    word = token.lower
    if not token.terms or not word.isalpha() or not can_be_verb(word) or not inflected(word):
        return False
    content = 0
    for j in range(i + 1, min(len(tokens), i + 2 + OBJECT_WORDS)):
        other = tokens[j]
        if other.brk:
            return False
        if other.lower == "to":
            if not content or j + 1 >= len(tokens) or tokens[j + 1].brk:
                return False
            after = tokens[j + 1].lower
            return after.isalpha() and can_be_verb(after) and verb_base(after) in (None, after)
        if other.terms and other.word.isalpha():
            content += 1
        elif other.lower not in OPENERS:
            return False
    return False


def inflected(word: str) -> bool:
    """A verb's third person, past or irregular past form ("signals", "forced", "drove")."""
    base = verb_base(word)
    return word.endswith(("s", "ed")) and not word.endswith("ss") or bool(base) and base != word
