"""Regenerate qa/search/data/wordnet_modifier_kin.txt from the Princeton WordNet 3.0 database files.

    python tools/wordnet_modifier_kin.py /work/wn/usr/share/wordnet > qa/search/data/wordnet_modifier_kin.txt

Claim checking reads a claim's adjective or adverb as stated by a kindred one the sentence puts
in its place, where the sentence states two names, figures or dates of the claim
(`qa.claims.modifier_kin`): "the complete archive" / "the entire archive", "a grave risk" / "a
serious risk", "chiefly by boat" / "mainly by boat". The synonym tables read only the first
senses of a word; WordNet files many of these pairs in one synset, or one a satellite of the
other ("similar to"), in a sense that is not the first of both.

Two one-word adjectives are kin when a sense of each is one synset, or one sense is a satellite
of the other's head (WordNet's "&" pointer: "huge" of "large"), in any sense rank; two one-word
adverbs when a sense of each is one synset. The link is directional where WordNet's is: a
satellite entails its head ("huge" states "large"), the head does not entail the satellite
("large" does not state "huge"), so each word is listed with the words that state it. The
link must be frequent enough for both words:
the product of the two senses' shares of their words' tagged uses (WordNet 3.0's cntlist.rev
counts, plus one each, so that an untagged sense is rare, not absent) is at least MIN_SHARE, as
`wordnet_noun_kin.py` weighs nouns: a rank alone lets an adjective with a dozen senses
("hard", "right") link everything. Two words of which one sense is the antonym of a sense of
the other ("fast" / "slow" share no synset, but "light" / "heavy" might through rare senses)
are never kin. Satellites of one head are not linked to each other: "tiny" and "little" are
both under "small", and "huge" and "big" under "large", but sisters differ in degree, as
"most" and "some" do.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import sense_shares, synset_fields, table_main

MIN_SHARE = 0.05  # as for nouns and verbs
SIMILAR = "&"  # an adjective satellite's head, and the head's satellites
WORD_RE = re.compile(r"[a-z]{3,}")
PARTS = ("adj", "adv")  # the parts of speech listed: adjectives, adverbs


def modifier_kin(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for pos in PARTS:
        synsets = read_synsets(folder, pos)
        shares = sense_shares(folder, pos, WORD_RE)
        words_of: dict[str, list[str]] = {}
        for word, by_sense in shares.items():
            for offset in by_sense:
                words_of.setdefault(offset, []).append(word)
        opposed = opposites(synsets, words_of)
        satellite = satellites(folder) if pos == "adj" else set()
        for word, by_sense in shares.items():
            for offset, share in by_sense.items():
                # a satellite's "&" points at its head only (a head's at each satellite)
                heads = [t for symbol, t, tpos, _, _ in synsets[offset][1]
                         if symbol == SIMILAR and offset in satellite]
                for target in [offset] + heads:
                    for other in words_of.get(target, ()):
                        if other != word and share * shares[other][target] >= MIN_SHARE \
                                and (word, other) not in opposed:
                            # listed under the word stated, with the words stating it
                            found.setdefault(other, set()).add(word)
                            if target == offset:  # one synset: each word states the other
                                found.setdefault(word, set()).add(other)
    return found


def satellites(folder: Path) -> set[str]:
    """The offsets of data.adj's satellite synsets (synset type "s"): a satellite's "&"
    pointer leads to its head, a head's to each of its satellites."""
    return {fields[0] for fields, _ in synset_fields(folder, "adj") if fields[2] == "s"}


def opposites(synsets, words_of: dict[str, list[str]]) -> set[tuple[str, str]]:
    """Pairs of words a sense of which is the antonym of a sense of the other (a synset's or
    one of its words' "!" pointer), both ways."""
    pairs = set()
    for offset, (_, pointers) in synsets.items():
        for symbol, target, _, _, _ in pointers:
            if symbol == "!" and target in synsets:
                for a in words_of.get(offset, ()):
                    for b in words_of.get(target, ()):
                        pairs.add((a, b))
                        pairs.add((b, a))
    return pairs


main = table_main(modifier_kin,
                  "Kindred adjectives and adverbs: one-word adjectives sharing a synset, or one",
                  "a satellite of the other's head, and one-word adverbs sharing a synset, in",
                  "senses frequent enough for both (product of their tagged shares >= 0.05),",
                  "never a pair of antonyms; a satellite states its head, not the reverse;",
                  "generated by tools/wordnet_modifier_kin.py from Princeton WordNet 3.0.",
                  "One entry per line: word<TAB>the words that state it, word|word.")


if __name__ == "__main__":
    main(sys.argv[1])
