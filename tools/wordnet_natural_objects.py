"""Build qa/search/data/wordnet_natural_objects.txt from the Princeton WordNet 3.0 database files:

    python tools/wordnet_natural_objects.py WORDNET_DIR > qa/search/data/wordnet_natural_objects.txt

Every one-word noun whose first (most frequent) sense WordNet files under noun.object, the
natural objects and land masses ("island", "peninsula", "valley"), one a line, sorted. With
the nouns of location (`tools/wordnet_locations.py`: "city", "province", "region") they are
the kinds of place: `qa check` reads a name after "the <such noun> of" ("the island of Kora",
"the city of Velden") as a place, as it reads a name after "in" (`qa.claims.place_of`).
"""
from __future__ import annotations

import re
import sys

from wordnet_files import lemma_senses, noun_lexfiles, table_main  # beside this script

OBJECT = 17  # noun.object in WordNet's lexnames
WORD_RE = re.compile(r"[a-z]+")


def natural_object_nouns(root) -> set[str]:
    lexfile = noun_lexfiles(root)
    return {lemma for lemma, offsets in lemma_senses(root, "noun", 1)
            if offsets and lexfile.get(offsets[0]) == OBJECT and WORD_RE.fullmatch(lemma)}


main = table_main(natural_object_nouns,
                  "One-word nouns whose first sense is a natural object (noun.object),",
                  "from Princeton WordNet 3.0, made by tools/wordnet_natural_objects.py.",
                  "One word a line, sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
