"""Regenerate qa/search/data/wordnet_noun_kin.txt from the Princeton WordNet 3.0 database files.

    python tools/wordnet_noun_kin.py /work/wn/usr/share/wordnet > qa/search/data/wordnet_noun_kin.txt

Claim checking reads a claim's noun as stated by a kindred noun the sentence puts in its
place, where the sentence states every name, figure and date of the claim
(`qa.claims.noun_kin`): "the envoy" / "the representative", "staff" / "personnel", "proximity"
/ "closeness". The first-sense tables miss these: WordNet files the two words in one synset, or
one a direct kind of the other, only in a sense that is not the first of one of them ("envoy"
is a kind of "representative" in its second sense).

Two one-word nouns are kin when a sense of each is one synset, or one sense is a direct
hypernym of the other (any sense rank), and the link is frequent enough for both words: the
product of the two senses' shares of their words' tagged uses (WordNet 3.0's cntlist.rev
counts, plus one each, so that an untagged sense is rare, not absent) is at least MIN_SHARE,
as `wordnet_paraphrases.weighted_verb_links` weighs verbs. A rank alone would let a noun with
a dozen senses ("line", "point") link everything. A hypernym step to a general noun of both
sides of an opposition (`neutral`: "change" above "increase" and "decrease"), or to a class
with more than KINDS direct kinds (`broad`: "group" above "people"), links nothing.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import table_main
from wordnet_paraphrases import neutral  # the opposition test, read for nouns

MIN_SHARE = 0.05  # as for verbs: "envoy" / "representative" 0.15, "staff" / "personnel" 0.45
NOUN_LINKS = {"@", "~"}  # hypernym, hyponym (not instances: a name is no paraphrase)
# at most this many direct kinds under a general noun linked to one of them: "personnel" has
# 14 ("staff", "workforce", ...), "representative" 11; "group" 27, "organization" 35
KINDS = 15
WORD_RE = re.compile(r"[a-z]{3,}")


def noun_kin(folder: Path) -> dict[str, set[str]]:
    synsets = read_synsets(folder, "noun")
    shares = sense_shares(folder)
    words_of: dict[str, list[str]] = {}
    for word, by_sense in shares.items():
        for offset in by_sense:
            words_of.setdefault(offset, []).append(word)
    found: dict[str, set[str]] = {}
    for word, by_sense in shares.items():
        for offset, share in by_sense.items():
            targets = [offset] + [t for symbol, t, tpos, _, _ in synsets[offset][1]
                                  if symbol in NOUN_LINKS and tpos == "n"
                                  and not (symbol == "@" and (neutral(synsets, offset, t, "n")
                                                              or broad(synsets, t))
                                           or symbol == "~" and (neutral(synsets, t, offset, "n")
                                                                 or broad(synsets, offset)))]
            for target in targets:
                for other in words_of.get(target, ()):
                    if other != word and share * shares[other][target] >= MIN_SHARE:
                        found.setdefault(word, set()).add(other)
                        found.setdefault(other, set()).add(word)
    return found


def broad(synsets, upper: str) -> bool:
    """The general noun synset has more than KINDS direct kinds: it names a class ("group":
    people, community, ...; "body of water": ocean, lake, river, ...), not one of its members,
    which a sentence states no more than it states any other."""
    return sum(symbol == "~" for symbol, *_ in synsets[upper][1]) > KINDS


def sense_shares(folder: Path) -> dict[str, dict[str, float]]:
    """{noun: {offset: share}}: each sense's share of the one-word noun's uses tagged in WordNet's
    concordance (cntlist.rev: "lemma%1:...  sense_number  count"; a sense number is the rank of
    its offset in index.noun), every sense counted once more."""
    offsets: dict[str, list[str]] = {}
    for line in (folder / "index.noun").open(encoding="latin-1"):
        if line.startswith(" "):  # the license block
            continue
        fields = line.split()
        if WORD_RE.fullmatch(fields[0]):
            count, pointer_count = int(fields[2]), int(fields[3])
            offsets[fields[0]] = fields[4 + pointer_count + 2:][:count]
    counts = {lemma: [1] * len(senses) for lemma, senses in offsets.items()}
    for line in (folder / "cntlist.rev").open(encoding="latin-1"):
        key, number, count = line.split()
        lemma, _, kind = key.partition("%")
        if kind.startswith("1:") and lemma in counts and int(number) <= len(counts[lemma]):
            counts[lemma][int(number) - 1] += int(count)
    return {lemma: {o: c / sum(counts[lemma]) for o, c in zip(senses, counts[lemma])}
            for lemma, senses in offsets.items()}


main = table_main(noun_kin,
                  "Kindred nouns: one-word nouns sharing a synset, or one a direct hypernym of",
                  "the other, in senses frequent enough for both (product of their tagged",
                  "shares >= 0.05); generated by tools/wordnet_noun_kin.py from Princeton",
                  "WordNet 3.0. One entry per line: word<TAB>word|word.")


if __name__ == "__main__":
    main(sys.argv[1])
