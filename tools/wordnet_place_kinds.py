"""Build qa/search/data/wordnet_place_kinds.txt from the Princeton WordNet 3.0 database files:

    python tools/wordnet_place_kinds.py WORDNET_DIR > qa/search/data/wordnet_place_kinds.txt

Every one-word noun whose first (most frequent) sense WordNet files under noun.location
("city", "province", "region") or noun.object, the natural objects and land masses ("island",
"peninsula", "valley"), one a line, sorted: `qa check` reads a name after "the <such noun>
of" ("the island of Kora", "the city of Velden") as a place, as it reads a name after "in"
(`qa.claims.place_of`).
"""
from __future__ import annotations

import re
import sys

from wordnet_files import lemma_senses, noun_lexfiles, table_main  # beside this script

LOCATION, OBJECT = 15, 17  # noun.location and noun.object in WordNet's lexnames
WORD_RE = re.compile(r"[a-z]+")


def place_kind_nouns(root) -> set[str]:
    lexfile = noun_lexfiles(root)
    return {lemma for lemma, offsets in lemma_senses(root, "noun", 1)
            if offsets and lexfile.get(offsets[0]) in (LOCATION, OBJECT)
            and WORD_RE.fullmatch(lemma)}


main = table_main(place_kind_nouns,
                  "One-word nouns whose first sense is a location or a natural object",
                  "(noun.location, noun.object), from Princeton WordNet 3.0, made by",
                  "tools/wordnet_place_kinds.py. One word a line, sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
