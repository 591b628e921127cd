"""Write qa/search/data/wordnet_refrained.txt from the Princeton WordNet 3.0 database files
(data.verb, index.verb and verb.exc; /work/wn/usr/share/wordnet on the build machine):

    python tools/wordnet_refrained.py /work/wn/usr/share/wordnet > qa/search/data/wordnet_refrained.txt

A verb that means not doing another: WordNet glosses "abstain" as "refrain from voting",
"fast" as "abstain from eating", "spare" as "refrain from harming". A sentence saying its
parties abstained tells that they did not vote, which no antonym pointer records. Each row
is a single-word lemma of a synset whose gloss opens with "refrain from", "abstain from" or
"desist from" and a gerund of one specific verb ("doing" names no deed and is left out), and
that verb's base form. Built with WordNet 3.0 (the 3.1 files of the other tables are gone).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

GLOSS_RE = re.compile(r"\|\s*(?:refrain|abstain|desist)\s+from\s+([a-z]+)ing\b")
GENERIC = frozenset({"do"})


def base_of(stem: str, verbs: set[str]) -> str | None:
    """The verb whose gerund stem this is: "vot" -> vote, "harm" -> harm, "eat" -> eat."""
    for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2]
                      else None):
        if candidate and candidate in verbs:
            return candidate
    return None


def main(root: Path) -> None:
    verbs = {line.split()[0] for line in (root / "index.verb").open(encoding="utf-8")
             if not line.startswith(" ")}
    rows = set()
    for line in (root / "data.verb").open(encoding="utf-8"):
        if line.startswith(" "):
            continue
        match = GLOSS_RE.search(line)
        if not match:
            continue
        verb = base_of(match.group(1), verbs)
        if verb is None or verb in GENERIC:
            continue
        fields = line.split()
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * k] for k in range(count)]
        for lemma in lemmas:
            lemma = re.sub(r"\(.*\)$", "", lemma).lower()
            if lemma.isalpha() and lemma != verb:
                rows.add((lemma, verb))
    for lemma, verb in sorted(rows):
        print(f"{lemma}\t{verb}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
