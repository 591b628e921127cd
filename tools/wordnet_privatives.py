"""Regenerate qa/search/data/wordnet_privatives.txt from the Princeton WordNet 3.0 database files.

    python tools/wordnet_privatives.py /work/wn/usr/share/wordnet \
        > qa/search/data/wordnet_privatives.txt

Claim checking reads "lack of", "no" and "without" as denying the noun phrase after them
(`qa.claims.facts.negated_terms`). A writer states the same absence with other nouns ("for want
of funds", "a paucity of data", "a deficiency of skills") and adjectives ("devoid of cover");
the checker read those as plain words, so a claim saying "for want of funds" affirmed the funds
the source denies ("a lack of funds"), and the two were read as a conflict of polarity.

The words are those WordNet files as the absence of a thing, in a sense that takes "of" and
names what is missing:
- nouns with a sense that is a sense of "deficiency" (WordNet has two: the state of being
  without, with "lack" and "want", and an amount less than is needed, with "insufficiency")
  or a hyponym of one ("absence", "dearth"; "scarcity", "paucity", "shortage"), that
  WordNet's concordance tags at least once (cntlist.rev): nouns take "of" in every sense
  ("the tightness of the knot", "the stringency of the rules"), so a privative sense listed
  but never seen in use ("stringency": a shortage of credit) is too rare a reading to deny
  what follows;
- adjectives whose first sense is a satellite of the head of a sense of "lacking" ("lacking"
  and "devoid" are both "similar to" nonexistent; "deficient" to inadequate): an adjective
  takes its "of" in its privative sense only ("devoid of", not "free of charge").
The checker reads a word of the table as a negation only right before "of" and a word
(`qa.claims.privative_of`).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import lemma_senses, table_main

WORD_RE = re.compile(r"[a-z]+")  # one-word lemmas: "of" follows a single word
HYPONYMS = ("~", "~i")
SIMILAR = "&"
ROOT_NOUN = "deficiency"  # its two senses: a thing absent, too small an amount
ROOT_ADJECTIVE = "lacking"  # its senses' heads: nonexistent, inadequate


def tree(synsets, root: str) -> set[str]:
    """The offsets of `root` and its hyponyms, at any depth."""
    found, stack = {root}, [root]
    while stack:
        for symbol, target, _, _, _ in synsets[stack.pop()][1]:
            if symbol in HYPONYMS and target not in found:
                found.add(target)
                stack.append(target)
    return found


def tagged_senses(folder: Path) -> set[tuple[str, int]]:
    """(noun, sense number) of each noun sense WordNet's concordance tags at least once."""
    found = set()
    for line in (folder / "cntlist.rev").open(encoding="latin-1"):
        key, number, count = line.split()
        lemma, _, kind = key.partition("%")
        if kind.startswith("1:") and int(count) > 0:
            found.add((lemma, int(number)))
    return found


def privatives(folder: Path) -> set[str]:
    nouns = read_synsets(folder, "noun")
    senses = dict(lemma_senses(folder, "noun", 1000))
    family = set().union(*(tree(nouns, offset) for offset in senses[ROOT_NOUN]))
    tagged = tagged_senses(folder)
    words = {lemma for lemma, offsets in senses.items() if WORD_RE.fullmatch(lemma)
             and any(offset in family and (lemma, n) in tagged
                     for n, offset in enumerate(offsets, 1))}
    adjectives = read_synsets(folder, "adj")
    adjective_senses = dict(lemma_senses(folder, "adj", 1000))
    heads = {target for offset in adjective_senses[ROOT_ADJECTIVE]
             for symbol, target, _, _, _ in adjectives[offset][1] if symbol == SIMILAR}
    cluster = {target for head in heads
               for symbol, target, _, _, _ in adjectives[head][1] if symbol == SIMILAR}
    words |= {lemma for lemma, offsets in adjective_senses.items()
              if WORD_RE.fullmatch(lemma) and offsets[0] in cluster}
    return words


main = table_main(privatives, "Nouns and adjectives of absence, a negation of what follows their "
                  "\"of\" (tools/wordnet_privatives.py), WordNet 3.0:", "one word a line.")


if __name__ == "__main__":
    main(sys.argv[1])
