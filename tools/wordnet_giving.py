"""Build qa/search/data/wordnet_giving.txt from the Princeton WordNet 3.0 database files
(WordNet 3.0's, not the 3.1 the older tables were built from):

    python tools/wordnet_giving.py /work/wn/usr/share/wordnet > qa/search/data/wordnet_giving.txt

The verbs whose first (most frequent) sense is "give" (cause to have; transfer possession)
or "get" (come into possession of), or a kind of either within DEPTH hypernym steps ("provide", "supply",
"allocate", "grant", "receive", "obtain"), with their irregular forms: a verb that tells a
transfer of what it takes as object. `qa check` lets such a verb go unsaid where a sentence
gives its object with a reversed adjective and no verb of its own ("it provided additional
funds" / "within existing funds", `qa.claims.told_clause`); a verb that tells a want or a lack
("needed", "sought", "requested additional funds") says the opposite of having them, and must
be stated.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import irregular_forms, lemma_senses, table_main

DEPTH = 2  # hypernym steps: "furnish" -> "supply" -> "give"
# the roots, as (their word, the start of their gloss)
ROOTS = (("give", "cause to have, in the abstract sense or physical sense"),
         ("give", "transfer possession of something concrete or abstract"),
         ("get", "come into the possession of something concrete or abstract"))
WORD_RE = re.compile(r"[a-z]+")


def root_offsets(folder: Path, roots=ROOTS) -> set[str]:
    """The synset offsets of `roots`: each (a word, the start of its gloss) names one verb sense."""
    found = set()
    for line in (folder / "data.verb").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields, _, gloss = line.partition(" | ")
        parts = fields.split()
        words = {parts[4 + 2 * i].lower() for i in range(int(parts[3], 16))}
        if any(word in words and gloss.startswith(start) for word, start in roots):
            found.add(parts[0])
    return found


def giving_verbs(folder: Path) -> set[str]:
    synsets = read_synsets(folder, "verb")
    roots = root_offsets(folder)
    assert len(roots) == len(ROOTS), roots

    def under(offset: str, depth: int) -> bool:
        return offset in roots or depth > 0 and any(
            under(target, depth - 1) for symbol, target, *_ in synsets[offset][1]
            if symbol == "@")
    verbs = {lemma for lemma, offsets in lemma_senses(folder, "verb", 1)
             if offsets and WORD_RE.fullmatch(lemma) and under(offsets[0], DEPTH)}
    return verbs | {form for form, bases in irregular_forms(folder)
                    if WORD_RE.fullmatch(form) and any(b in verbs for b in bases)}


main = table_main(giving_verbs,
                  "Verbs whose first sense is a kind of give or get (within 2 hypernym steps),",
                  "with their irregular forms, from Princeton WordNet 3.0, made by",
                  "tools/wordnet_giving.py. One word a line, sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
