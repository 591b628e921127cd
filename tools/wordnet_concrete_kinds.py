"""Build qa/search/data/wordnet_concrete_kinds.txt from the Princeton WordNet 3.0 database files:

    python tools/wordnet_concrete_kinds.py /work/wn/usr/share/wordnet \
        > qa/search/data/wordnet_concrete_kinds.txt

Every one-word noun whose first (most frequent) sense WordNet files under a lexicographer file
of things and spans one can count or tell apart by kind: a substance ("argon", "methane"), a
span of time ("year", "month"), an artifact, an object, a natural phenomenon, an animal, a
plant, a food, a part of the body. `qa check` reads two such nouns of one kind in one place
("several years" / "several months") as two things (`qa.claims.kin_in_place`); abstract nouns
(acts, events, states, attributes, communication: "work" / "activities", "occasion" / "time")
are left out, as writers reword them by another word of the same kind.
"""
from __future__ import annotations

import re
import sys

from wordnet_files import lemma_senses, noun_lexfiles, table_main  # beside this script

# WordNet's lexnames: noun.animal 5, noun.artifact 6, noun.body 8, noun.food 13,
# noun.object 17, noun.phenomenon 19, noun.plant 20, noun.substance 27, noun.time 28
CONCRETE = frozenset((5, 6, 8, 13, 17, 19, 20, 27, 28))
WORD_RE = re.compile(r"[a-z]+")


def concrete_nouns(root) -> set[str]:
    lexfile = noun_lexfiles(root)
    return {lemma for lemma, offsets in lemma_senses(root, "noun", 1)
            if offsets and lexfile.get(offsets[0]) in CONCRETE and WORD_RE.fullmatch(lemma)}


main = table_main(concrete_nouns,
                  "One-word nouns whose first sense is a concrete kind (noun.animal, artifact,",
                  "body, food, object, phenomenon, plant, substance, time), from Princeton",
                  "WordNet 3.0, made by tools/wordnet_concrete_kinds.py. One word a line, sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
