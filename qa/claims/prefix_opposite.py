"""An adjective with a privative "un-" or "non-" denies the adjective, where WordNet does not
list the two as antonyms.

`facts.denied_by_prefix` reads "unchanged" as a denial of "changed" when WordNet has the one
as the other's antonym. WordNet opposes an adjective cluster's heads ("easy" / "difficult")
and files satellites under them, so a satellite and its own "un-" form often sit in clusters
whose heads are not the antonyms looked up ("unenviable" is filed under "desirable"'s
opposite, "enviable" under "desirable"): the denial went unread, and a claim writing "their
post was unenviable" against a source's "their post was enviable" stated every word but one,
left that one unverified, and was supported; a British spelling ("unfavourable") has no
antonym at all.

Only the productive prefixes "un-" and "non-", which deny the adjective they are put before:
"in-", "im-", "dis-" form as many words that are no denials ("invaluable", "infamous",
"disinterested") as words that are, and WordNet's own antonyms already list the latter. Both
words are WordNet adjectives, or the prefixed one is no WordNet word at all; neither is a
verb ("unbending", "unmanned": "unbend", "unman"); and the two are not of one cluster (the
same antonyms, or one a synonym of the other), which tells an intensive or archaic "un-"
("unloose") from a privative one.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import adjectives, antonyms, can_be_verb, is_english, synonyms

PRIVATIVE_PREFIXES = frozenset(("un", "non"))
SHORTEST = 4  # letters of the unprefixed adjective: "union" is no "un-" + "ion"


@lru_cache(maxsize=4096)  # asked of the prefixed words of every text parsed
def privative_pair(denying: str, denied: str) -> bool:
    """`denying` (lower case) is `denied` with a privative prefix that denies it (see the
    module). Not the noun of a quality read by its adjective ("unverifiability" by
    "unverifiable"): the stemmer gives the noun the stem of the verb it derives from, so the
    denial reaches that verb, which a claim may deny in words no negation reads ("impossible
    to verify"), and a true claim lost its support (round 73, branch opposite79; two others
    that wrote the prefixed noun too gained it)."""
    if len(denied) < SHORTEST or not denied.isalpha() or denied not in adjectives() \
            or can_be_verb(denied) or can_be_verb(denying):
        return False
    if denying not in adjectives():
        return not is_english(denying)
    return not set(antonyms(denying)) & set(antonyms(denied)) \
        and denied not in synonyms(denying) and denying not in synonyms(denied)
