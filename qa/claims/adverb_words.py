"""Which words are adverbs: the one test that every reading stepping over an adverb, or
weighing one, asks.

Four questions, each a distinct one, and one derivation (`adjective_forms`):
- `manner_adverb`: an adverb of manner as written, "-ly" after a stem of at least three
  letters ("formally", "narrowly"; not "only", "fly", nor "O'Reilly"). Written so, a word
  may still be an adjective or a noun ("elderly", "assembly"); `known` asks WordNet as well,
  for a reading that takes the word for how a deed was done.
- `adverb`: a word used as an adverb: one WordNet's tagged uses make mostly an adverb
  ("sooner", "instead", "still") or an adverb of manner as written; never a figure's hedge
  ("nearly", "almost", "over"), which the figures' comparison weighs with its figure.
- `verb_group_adverb`: a word that stands inside a verb group, between a subject or an
  auxiliary and the verb ("has also sent", "the curfew only hurt", "had still not
  reached"): the closed class of such adverbs, or any word in "-ly".
- `participle_adverb`: a word that stands between a conjunction and the participle of a
  reduced clause ("while still attempting", "although also leaving", "while quietly
  leaving"): "still", "also", or any word in "-ly".
- `adjective_forms`: the adjectives an "-ly" adverb may be made from, for the readings that
  weigh an adverb by its adjective (its antonyms, its sense of one holder, its stated form).
"""
from __future__ import annotations

from ..search.wordnet import adverbs
from .facts import BOUNDS

MIN_STEM = 3  # "-ly" after fewer letters is no adverb of manner: "only", "fly", "ugly", "rely"
# the adverbs that stand inside a verb group; those in "-ly" need no listing
VERB_GROUP_ADVERBS = frozenset("also not never still already now only even just further".split())
# the adverbs that stand before a reduced clause's participle; those in "-ly" need no listing
PARTICIPLE_ADVERBS = frozenset(("still", "also"))


def manner_adverb(word: str, known: bool = False) -> bool:
    """An adverb of manner as written ("formally"); with `known`, one WordNet knows as an
    adverb too ("narrowly", "unanimously"; not "supply", "assembly")."""
    word = word.lower()
    return len(word) >= MIN_STEM + 2 and word.endswith("ly") and word.isalpha() \
        and (not known or word in adverbs())


def adverb(word: str) -> bool:
    """A word used as an adverb, a figure's hedge aside (see the module's docstring)."""
    word = word.lower()
    return word not in BOUNDS and (word in adverbs() or manner_adverb(word))


def verb_group_adverb(word: str) -> bool:
    """A word that may stand inside a verb group (`word` in lower case)."""
    return word in VERB_GROUP_ADVERBS or word.endswith("ly")


def participle_adverb(word: str) -> bool:
    """A word that may stand before a reduced clause's participle ("while still attempting")."""
    word = word.lower()
    return word in PARTICIPLE_ADVERBS or word.endswith("ly")


def adjective_forms(word: str) -> tuple[str, ...]:
    """The adjectives an "-ly" adverb may be made from, most likely first, () for a word not
    in "-ly": "happily" -> happy; "firmly" -> firm, "entirely" -> entire, "truly" -> true,
    "fully" -> full, "simply" -> simple. Spelling alone cannot tell which one is a word, so
    each reading keeps the first one its own table knows."""
    word = word.lower()
    if not word.endswith("ly") or len(word) < 4:
        return ()
    stem = word[:-2]
    if stem.endswith("i"):
        return (stem[:-1] + "y",)
    return (stem, stem + "e", word[:-1], word[:-1] + "e")
