"""Build qa/search/data/wordnet_body_parts.txt from the Princeton WordNet 3.0 database files:

    python tools/wordnet_body_parts.py WORDNET_DIR > qa/search/data/wordnet_body_parts.txt

Each named body (a noun.group synset with a capitalised word) that WordNet makes a member or
a part of another named body (its "%m" / "%p" pointers: the Security Council of the United
Nations, a ministry of its government), with the names of the body it belongs to, all lower
case, spaces for WordNet's underscores. `qa check` reads the two as one actor named whole or
by its organ, never as rival actors (`qa.claims.body_part`).
"""
from __future__ import annotations

import sys

from wordnet_files import noun_lexfiles, table_main  # beside this script

GROUP = 14  # noun.group in WordNet's lexnames
PART_POINTERS = ("%m", "%p")  # member and part meronyms, from the whole to its part


def named(folder) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """{offset: (its capitalised words, lower case; its (pointer, target offset) of nouns)}."""
    synsets = {}
    for line in (folder / "data.noun").open(encoding="latin-1"):
        fields = line.split(" | ")[0].split()
        if line.startswith(" ") or len(fields) < 5:  # the license block
            continue
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        names = [w.replace("_", " ").lower() for w in words if w[:1].isupper()]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * i], fields[at + 2 + 4 * i])
                    for i in range(int(fields[at])) if fields[at + 3 + 4 * i] == "n"]
        synsets[fields[0]] = (names, pointers)
    return synsets


def body_parts(folder) -> dict[str, set[str]]:
    lexfile = noun_lexfiles(folder)
    synsets = named(folder)
    table: dict[str, set[str]] = {}
    for offset, (names, pointers) in synsets.items():
        if not names or lexfile.get(offset) != GROUP:
            continue
        for symbol, target in pointers:
            parts = synsets.get(target, ([], []))[0]
            if symbol in PART_POINTERS and parts and lexfile.get(target) == GROUP:
                for part in parts:
                    table.setdefault(part, set()).update(n for n in names if n != part)
    return {part: wholes for part, wholes in table.items() if wholes}


main = table_main(body_parts,
                  "Named bodies and the named bodies they are a member or part of, from Princeton",
                  "WordNet 3.0, made by tools/wordnet_body_parts.py: part<TAB>whole|whole.")


if __name__ == "__main__":
    main(sys.argv[1])
