"""Generate qa/search/data/wordnet_polar_kin.txt from the Princeton WordNet 3.0 files.

    python tools/wordnet_polar_kin.py /work/wn/usr/share/wordnet qa/data/polarity.txt \
        > qa/search/data/wordnet_polar_kin.txt

A sentiment lexicon rates a verb by its most common reading: VADER gives "fight" a negative
valence and "engage" a positive one, so a claim that a militia "was fighting smugglers" and
a sentence saying it "was engaging in raids on smugglers" looked like one predicate turned to
its opposite (`qa.claims.unsaid.turned_after_subject`). WordNet files one sense of "engage"
("carry on wars, battles or campaigns", with "wage") directly under "fight": the two can tell
one event. Such a pair is no reversal, whatever the ratings say.

For each single-word verb VADER rates (the polarity table's words), the rated verbs of the
other sign that share a synset with it in any sense, or that one of its senses has as a
direct hypernym (or as a direct hyponym): word<TAB>kin|kin. Only pairs of opposite ratings are
kept, the only ones the reading asks about.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from wordnet_files import print_header, print_rows, synset_fields  # beside this script

WORD_RE = re.compile(r"[a-z]+")


def ratings(path: Path) -> dict[str, int]:
    """{word: +1 or -1} of the polarity table (qa/data/polarity.txt: word<TAB>mean valence),
    the sign of each rating as `qa.claims.valence.sign` reads it (beyond +-0.5 ... here any
    non-zero mean, the table holding no zero)."""
    signs = {}
    for line in path.open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        word, value = line.split()[:2]
        if WORD_RE.fullmatch(word) and float(value):
            signs[word] = 1 if float(value) > 0 else -1
    return signs


def build(folder: Path, signs: dict[str, int]) -> dict[str, set[str]]:
    words, hypernyms = {}, defaultdict(list)
    for fields, lemmas in synset_fields(folder, "verb"):
        offset = fields[0]
        words[offset] = [w for w in lemmas if WORD_RE.fullmatch(w)]
        at = 4 + 2 * len(lemmas)
        for i in range(int(fields[at])):
            symbol, target, pos, _ = fields[at + 1 + 4 * i: at + 5 + 4 * i]
            if symbol == "@" and pos == "v":
                hypernyms[offset].append(target)
    table: dict[str, set[str]] = defaultdict(set)

    def join(group: list[str]) -> None:
        for a in group:
            for b in group:
                if a in signs and b in signs and signs[a] == -signs[b]:
                    table[a].add(b)

    for offset, lemmas in words.items():
        join(lemmas)
        for above in hypernyms[offset]:
            join(lemmas + words.get(above, []))
    return table


def main(folder: str, polarity: str) -> None:
    root = Path(folder)
    print_header(root, "Verbs VADER rates with opposite signs that WordNet joins in one synset or "
                 "as a sense and its direct hypernym (tools/wordnet_polar_kin.py): "
                 "word<TAB>kin|kin.")
    print_rows(build(root, ratings(Path(polarity))))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
