"""Build qa/search/data/wordnet_possession.txt from the Princeton WordNet 3.0 database files:

    python tools/wordnet_possession.py /work/wn/usr/share/wordnet \
        > qa/search/data/wordnet_possession.txt

A claim that keeps its source's owner and thing and turns a loss into a gain ("the ferry
service obtained new tugs" / "the ferry service lost its tugs") was supported: the verb is one
unverified word among many, and WordNet links no antonym between "get" (come into the
possession of) and "lose" (cease to have), so neither the antonym tables nor the event
opposites (`tools/wordnet_event_opposites.py`, which climb to an antonym pair) oppose
"obtain", "acquire", "receive" or "procure" to "lose". This table does: for each verb whose
first (most frequent) sense is that "get" or a kind of it within DEPTH hypernym steps, the
verbs whose first sense is one of the "cease to have" senses of "lose" or a kind of one, and
the reverse (`qa.claims.opposite_in_place` reads them as it reads the event opposites).
Every step stays in WordNet's possession file (verb.possession): "bag" and "snare" reach
"get" through "capture", a hunter's getting, and "hunt" through "pursue". A step whose gloss
tells a getting back ("get or find back", "claim back", "regain", "previously ... lost") is
no opposite of losing but its sequel ("regained the port" after "lost the port" is a later
event, not the claim's event reversed), so its verbs are left out. A verb whose first sense
reaches both sides is left out too, and so is one of more than MOST_SENSES senses ("take",
"get" itself: so many meanings in use that its object may be anything), or one used more
often as another part of speech in WordNet's tagged texts ("net", "source", "shop": a noun
in a verb's place is no event).
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import lemma_senses, table_main
from wordnet_giving import root_offsets

DEPTH = 2  # hypernym steps: "procure" -> "get"; "forfeit" -> "lose"
MOST_SENSES = 20  # "get" has 36 senses, "take" 42: their objects are anything
# the roots, as (their word, the start of their gloss)
GET = (("get", "come into the possession of something concrete or abstract"),)
LOSE = (("lose", "fail to keep or to maintain; cease to have"),
        ("lose", "miss from one's possessions"))
WORD_RE = re.compile(r"[a-z]+")
PARTS = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}  # of a sense key
POSSESSION = "40"  # the lexicographer file verb.possession
BACK_RE = re.compile(r"\b(back|again|regain|lost|loss|losses|previously)\b")


def own_root_offsets(folder: Path, roots) -> set[str]:
    """`root_offsets`, each root found: another WordNet's gloss would drop one silently."""
    found = root_offsets(folder, roots)
    assert len(found) == len(roots), (roots, found)
    return found


def read_glosses(folder: Path) -> dict[str, tuple[str, str]]:
    """{offset: (lexicographer file, definition)} of the verb synsets, the definition being
    the gloss before its first quoted example."""
    found = {}
    for line in (folder / "data.verb").open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields, _, gloss = line.partition(" | ")
        parts = fields.split()
        found[parts[0]] = (parts[1], gloss.split('"')[0])
    return found


def mostly_verbs(folder: Path) -> set[str]:
    """Words whose uses tagged in WordNet's concordance (cntlist.rev, "lemma%2:..." for a
    verb's) are verbs' at least as often as any other part of speech's."""
    uses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in (folder / "cntlist.rev").open(encoding="latin-1"):
        key, _, count = line.split()
        lemma, _, kind = key.partition("%")
        uses[lemma][PARTS.get(kind[0], "adj")] += int(count)
    return {lemma for lemma, by_part in uses.items()
            if by_part["verb"] and by_part["verb"] >= max(
                (c for p, c in by_part.items() if p != "verb"), default=0)}


def build(folder: Path) -> dict[str, set[str]]:
    synsets = read_synsets(folder, "verb")
    glosses = read_glosses(folder)
    verbs = mostly_verbs(folder)

    def under(offset: str, roots: set[str], depth: int) -> bool:
        lexicon, gloss = glosses[offset]
        if lexicon != POSSESSION:
            return False
        if offset in roots:
            return True
        return depth > 0 and not BACK_RE.search(gloss) and any(
            under(target, roots, depth - 1) for symbol, target, *_ in synsets[offset][1]
            if symbol == "@")
    gets, loses = own_root_offsets(folder, GET), own_root_offsets(folder, LOSE)
    side: dict[str, set[str]] = {"get": set(), "lose": set()}
    for lemma, offsets in lemma_senses(folder, "verb", MOST_SENSES + 1):
        if not offsets or len(offsets) > MOST_SENSES or not WORD_RE.fullmatch(lemma) \
                or lemma not in verbs:
            continue
        got, lost = under(offsets[0], gets, DEPTH), under(offsets[0], loses, DEPTH)
        if got != lost:
            side["get" if got else "lose"].add(lemma)
    table: dict[str, set[str]] = {}
    for mine, other in (("get", "lose"), ("lose", "get")):
        for verb in side[mine]:
            table[verb] = set(side[other])
    return table


main = table_main(build, "Verbs of getting against verbs of losing: a verb whose first sense is",
                  "(within 2 hypernym steps) a kind of get, 'come into the possession of', and",
                  "the verbs whose first sense is a kind of lose, 'cease to have', and the",
                  "reverse, from Princeton WordNet 3.0, made by tools/wordnet_possession.py:",
                  "word<TAB>opposed|opposed.")


if __name__ == "__main__":
    main(sys.argv[1])
