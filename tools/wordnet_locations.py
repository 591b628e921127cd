"""Build qa/search/data/wordnet_locations.txt from the Princeton WordNet 3.0 database files
(WordNet 3.0's, not the 3.1 the older tables were built from):

    python tools/wordnet_locations.py /work/wn/usr/share/wordnet > qa/search/data/wordnet_locations.txt

Every one-word noun whose first (most frequent) sense WordNet files under noun.location
("border", "region", "frontier", "coast", "side"), one a line, sorted: `qa check` reads a name
that qualifies such a noun ("up to the Nigerien border", "the border with Niger") as a place,
not an actor, when it weighs how many kinds of fact a sentence states otherwise
(`qa.claims.place_reading`).
"""
from __future__ import annotations

import re
import sys

from wordnet_files import lemma_senses, noun_lexfiles, table_main  # beside this script

LOCATION = 15  # noun.location in WordNet's lexnames
WORD_RE = re.compile(r"[a-z]+")


def location_nouns(root) -> set[str]:
    lexfile = noun_lexfiles(root)
    return {lemma for lemma, offsets in lemma_senses(root, "noun", 1)
            if offsets and lexfile.get(offsets[0]) == LOCATION and WORD_RE.fullmatch(lemma)}


main = table_main(location_nouns,
                  "One-word nouns whose first sense is a location (noun.location), from",
                  "Princeton WordNet 3.0, made by tools/wordnet_locations.py. One word a line,",
                  "sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
