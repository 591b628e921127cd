"""Comparatives: the words that say something changed in degree ("closer", "heavier", "less",
"worse"). `qa.claims.unsaid` asks a sentence to write a claim's predicative comparative;
`qa.claims.predicate` does not read one after a verb as the verb's object ("security got much
worse" says how security changed, it names nothing the verb acted on); a correlative's
comparative ("the longer the mission stays") must be written by a supporting sentence
(`unstated_correlative`).
"""
from __future__ import annotations

from ..search.wordnet import antonyms
from .facts import Parsed, Token

# the comparative adverbs of amount, which have no positive form of their own to look up
AMOUNTS = frozenset(("more", "less", "fewer"))
# the comparatives of English not formed with "-er" besides those of amount: a closed class
IRREGULAR = frozenset(("better", "worse"))
COMPARING = frozenset(("than", "as"))  # "closer than", "more ... as": compared explicitly
POSITIVE = 4  # letters of a positive form written whole before "-er" ("close", "heavy")


def comparative(word: str) -> bool:
    """A comparative ("closer", "heavier", "less"): an amount word, or an "-er" form whose
    positive (close, heavy, big) WordNet opposes to another word, as it does gradable
    adjectives; "officer", "number", "after" have no such positive."""
    word = word.lower()
    return word in AMOUNTS or positive(word) is not None


def positive(word: str, ending: str = "er") -> str | None:
    """The positive of a comparative in "-er" (or, with `ending` "est", of a superlative) that
    WordNet opposes to another word: "closer" -> close, "heavier" -> heavy, "bigger" -> big;
    None for "officer", "number", "after"."""
    if not word.isalpha() or not word.endswith(ending) or len(word) < len(ending) + 3:
        return None
    stem = word[:-len(ending)]
    positives = [p for p in (stem, stem + "e") if len(p) >= POSITIVE]  # "after": no "aft"
    if stem.endswith("i"):
        positives.append(stem[:-1] + "y")  # "heavier"
    if stem[-1] == stem[-2]:
        positives.append(stem[:-1])  # "bigger"
    return next((p for p in positives if antonyms(p)), None)


def of_degree(word: str) -> bool:
    """Any comparative, "better" and "worse" too: the head of a complement of change ("got
    much worse", "grew stronger"), not of a noun phrase."""
    return word.lower() in IRREGULAR or comparative(word)


def unstated_correlative(claim: Parsed, sentence: Parsed) -> Token | None:
    """The claim's first comparative of a correlative ("the longer the mission stays, the
    more ...": a comparative right after "the" that opens a clause of its own, its subject
    next) that the sentence does not write: which way one thing goes with another is the
    claim's fact ("the shorter" is the opposite, and coverage weighs it as one word among
    many). "The earlier agreement" describes a noun: no correlative. None if there is none."""
    written = {t.word.lower() for t in sentence.tokens}
    tokens = claim.tokens
    for i, token in enumerate(tokens[1:-1], 1):
        word, after = token.word.lower(), tokens[i + 1]
        if tokens[i - 1].word.lower() == "the" and not token.brk and of_degree(word) \
                and (after.brk or after.word.lower() in SUBJECT_OPENERS) \
                and word not in written:
            return token
    return None


# what opens the clause after a correlative's comparative: its subject's article or pronoun
SUBJECT_OPENERS = frozenset("the a an its their this these those it they we he she".split())
