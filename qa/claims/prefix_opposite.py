"""An adjective and the same adjective with a privative "un-" or "non-": opposites WordNet
does not always link.

WordNet opposes an adjective's cluster heads ("easy" / "difficult") and lists the satellites
of each, so a satellite and its own "un-" form often stand in clusters whose heads are not
antonyms of either word as looked up ("unworrying" under "reassuring", "worrying" under
"alarming"), and a British spelling ("unfavourable") has no entry at all. A claim that
writes "the crossing proved unworrying" against a source's "the crossing proved worrying"
then states every word but one, that one unverified, and was supported; the reversal it
tells is plain from the word's make-up.

Only the productive prefixes "un-" and "non-", which deny the adjective they are put before:
"in-", "im-", "dis-" form as many words that are no opposites ("invaluable", "infamous",
"disinterested") as words that are, and WordNet's own antonyms already list the latter. Both
words are WordNet adjectives, or the prefixed one is no WordNet word at all; neither is a
verb ("unbending", "unmanned": "unbend", "unman"); and the two are not of one cluster (the
same antonyms, or one a synonym of the other), which tells an intensive or an archaic "un-"
("unloose") from a privative one.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import adjectives, antonyms, can_be_verb, is_english, synonyms

PREFIXES = ("un", "non-", "non")
SHORTEST = 4  # letters of the unprefixed adjective: "union" is no "un-" + "ion"


@lru_cache(maxsize=8192)  # asked of every claim word without a match in a sentence
def prefix_opposites(word: str) -> tuple[str, ...]:
    """The adjective `word` denies with a privative prefix ("unworrying" -> worrying), and the
    prefixed adjectives that deny `word` ("worrying" -> unworrying, nonworrying), where
    `privative_pair` holds; () if none."""
    word = word.lower()
    found = [word[len(p):] for p in PREFIXES if word.startswith(p)
             and privative_pair(word, word[len(p):])]
    if not found:  # (no "un-" before an "un-" word)
        found = [p + word for p in PREFIXES if privative_pair(p + word, word)]
    return tuple(dict.fromkeys(found))


def privative_pair(denying: str, denied: str) -> bool:
    """`denying` is `denied` with a privative prefix that reverses it (see the module)."""
    if len(denied) < SHORTEST or not denied.isalpha() or denied not in adjectives() \
            or can_be_verb(denied) or can_be_verb(denying.replace("-", "")):
        return False
    if denying not in adjectives():
        return not is_english(denying)
    return not set(antonyms(denying)) & set(antonyms(denied)) \
        and denied not in synonyms(denying) and denying not in synonyms(denied)
