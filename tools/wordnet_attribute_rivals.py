"""Generate qa/search/data/wordnet_attribute_rivals.txt from the Princeton WordNet 3.0 files.

    python tools/wordnet_attribute_rivals.py /work/wn/usr/share/wordnet \
        > qa/search/data/wordnet_attribute_rivals.txt

WordNet makes some adjectives values of one attribute noun ("hot", "warm", "cool", "cold" are
values of "temperature") and joins those values two ways: an antonym pointer between the two
ends of one scale ("hot" / "cold", "warm" / "cool") and an "also see" pointer between values on
the same side ("warm" ^ "hot", "cool" ^ "cold"). Neither the direct antonym table nor the
indirect one (`wordnet_indirect_antonyms.py`, through a satellite, a derivation or a
hypernym) reaches "warm" / "cold": each is the head of its own cluster, and their link runs
through the other pair of the scale. A sentence saying "colder than" where the claim says
"warmer than" reverses it all the same.

For each attribute noun, the head synsets that are its values are split into two sides by
their pointers among themselves: an antonym puts two values on opposite sides, "also see" on
the same side; an attribute whose pointers contradict that split is left out. Two values on
opposite sides that no antonym pointer joins directly are rivals ("warm" / "cold", "hot" /
"cool"); values on the same side agree ("warm" / "hot": a writer may say either). Only the
senses annotators used are read (the index's tagged sense count, at least the first, as
`wordnet_indirect_antonyms.py` reads them), and two words that also share a synset, or are
"also see" or "similar to" kin in any of those senses, agree somewhere and are left out.
One row per word: word<TAB>rival|rival (symmetric).
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import print_header, print_rows
from wordnet_indirect_antonyms import tagged_senses

AGREEING = ("^", "&")  # also see, similar to


def sides(heads: list[str], synsets: dict) -> dict[str, tuple[str, int]] | None:
    """{head: (its group, 0 or 1)}, the side of each of one attribute's values within the
    group of values its pointers join it to: an antonym puts the other on the other side,
    "also see" on the same side (two groups unjoined, "high" / "low" and "intense" / "mild",
    have no sides in common); None where the pointers contradict."""
    inside = set(heads)
    side: dict[str, int] = {}
    group: dict[str, str] = {}
    for start in heads:
        if start in side:
            continue
        side[start], todo = 0, [start]
        group[start] = start
        while todo:
            node = todo.pop()
            for symbol, target, ppos, _, _ in synsets[node][1]:
                if target not in inside or ppos != "a" or symbol not in ("!", "^"):
                    continue
                want = side[node] ^ (symbol == "!")
                if target not in side:
                    side[target], group[target] = want, start
                    todo.append(target)
                elif side[target] != want:
                    return None
    return {head: (group[head], side[head]) for head in side}


def build(folder: Path) -> dict[str, set[str]]:
    synsets = read_synsets(folder, "adj")
    values: dict[str, list[str]] = defaultdict(list)  # attribute noun offset -> head offsets
    for offset, (_, pointers) in synsets.items():
        for symbol, target, ppos, _, _ in pointers:
            if symbol == "=" and ppos == "n":
                values[target].append(offset)
    senses = {lemma: set(offsets) for lemma, offsets in tagged_senses(folder, "adj").items()
              if lemma.isalpha()}
    lemmas: dict[str, set[str]] = defaultdict(set)  # offset -> its lemmas read in that sense
    for lemma, offsets in senses.items():
        for offset in offsets:
            lemmas[offset].add(lemma)

    def kin(offsets: set[str]) -> set[str]:
        return offsets | {target for offset in offsets for symbol, target, _, _, _
                          in synsets[offset][1] if symbol in AGREEING}

    table: dict[str, set[str]] = defaultdict(set)
    for heads in values.values():
        side = sides(sorted(set(heads)), synsets)
        if side is None:
            continue
        for a in side:
            direct = {t for symbol, t, _, _, _ in synsets[a][1] if symbol == "!"}
            for b in side:
                if side[a][0] != side[b][0] or side[a][1] == side[b][1] or b in direct:
                    continue
                for one in lemmas[a]:
                    for other in lemmas[b]:
                        if one != other and not kin(senses[one]) & senses[other] \
                                and not kin(senses[other]) & senses[one]:
                            table[one].add(other)
                            table[other].add(one)
    return table


def main(folder: str) -> None:
    root = Path(folder)
    print_header(root, "Rival values of one WordNet attribute (tools/wordnet_attribute_"
                 "rivals.py): word<TAB>rival|rival.")
    print_rows(build(root))


if __name__ == "__main__":
    main(sys.argv[1])
