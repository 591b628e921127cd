"""Generate qa/search/data/wordnet_undivided.txt from the Princeton WordNet 3.0 files.

    python tools/wordnet_undivided.py /work/wn/usr/share/wordnet \
        > qa/search/data/wordnet_undivided.txt

Adjectives that give a noun of a part to one holder only: "the chief duty", "the sole right".
Two holders of "the chief duty" are rivals, where two holders of "a duty" may share it.
WordNet files them as the satellites of two head adjectives: "important" in its sense "of
great significance" whose satellite "chief" is "most important element" (chief, main, primary,
principal), and "exclusive" in its sense "not divided or shared". Read here: the one-word
lemmas of every adjective synset that shares a synset with ROOTS' senses glossed by a
superlative or a denial of sharing (the sense of "chief", the sense of "sole"), so a lemma of
another sense ("main" of a clause, "primary" of an election) counts only through that synset.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import table_main

WORD_RE = re.compile(r"[a-z]+")
# the glosses of the senses read: the most important one, one not shared
GLOSS = re.compile(r"^(most important|not divided or shared)")
ROOTS = ("chief", "sole")


def undivided(folder: Path) -> set[str]:
    words = set()
    for line in (folder / "data.adj").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields, _, gloss = line.partition(" | ")
        count = int(fields.split()[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", fields.split()[4 + 2 * i]).lower()
                  for i in range(count)]
        if GLOSS.match(gloss) and any(root in lemmas for root in ROOTS):
            words |= {lemma for lemma in lemmas if WORD_RE.fullmatch(lemma)}
    return words


main = table_main(undivided, "Adjectives that give a noun of a part to one holder only "
                  "(tools/wordnet_undivided.py), WordNet 3.0:", "one word a line.")


if __name__ == "__main__":
    main(sys.argv[1])
