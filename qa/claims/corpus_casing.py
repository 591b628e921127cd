"""How the corpus writes a word inside its sentences: capitalised, as a name is, or in lower
case, as a common word is. A capitalised word that opens a sentence says nothing by its
capital; the corpus's other sentences do. "Norland also leased a dredger" names an actor
where the documents write "the Norland company"; "Peacekeepers escorted the team" does not
where they write "escorted by peacekeepers". WordNet alone cannot tell: it knows neither
"Norland" nor "Peacekeepers", "Jihadists" or "Ceasefire", and it knows "Wagner" but not an
invented port.

The counts are read per word, on first ask, in the passages the word's term is posted in
(at most `PASSAGES` of them): nothing is stored in the index, so an index built by older
code reads the same, and a check asks only the few words that open its sentences."""
from __future__ import annotations

import re
import weakref

from .vocabulary import Vocabulary, vocabulary_for

PASSAGES = 64  # the passages read for one word: enough to see how a name is written
SIGHTINGS = 12  # writings enough to tell: the passages after are not read
RARELY = 10  # one writing must outnumber the other this many times to tell the word's kind

# the word before a capitalised one, when it shows that word stands inside its sentence: a
# word in lower case or a figure, with or without a comma ("with the Norland company",
# "in 2030, Norland"); a capitalised word before it may be a title's ("Climate Change Myths",
# "China, Historians Say") or a name's own first word, which tell nothing of the second
INSIDE_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z0-9][\w'’-]*,?\s+$")
BEFORE_REACH = 40

CASINGS: dict[int, tuple] = {}  # id(index) -> (a weak reference to it, its CorpusCasing)


class CorpusCasing:
    """Whether the corpus writes a word as a name (`written_as_name`), remembered per word,
    for one index (held weakly: the vocabulary that holds this outlives no index)."""

    def __init__(self, index):
        self.index = weakref.ref(index)
        self.known: dict[str, bool | None] = {}

    def written_as_name(self, word: str) -> bool | None:
        """True when the corpus writes `word` capitalised inside its sentences and in lower
        case rarely or never; False when it writes it in lower case and capitalised inside
        a sentence rarely or never; None when it writes it neither way inside a sentence
        (one mention, opening its sentence) or both ways alike ("Mark" and "mark")."""
        if word not in self.known:
            self.known[word] = kind_of(*self.counts(word))
        return self.known[word]

    def counts(self, word: str) -> tuple[int, int]:
        """(times written capitalised inside a sentence, times written in lower case)."""
        index = self.index()
        terms = index.analyzer.terms(word) if index is not None else []
        tid = index.term_id(terms[0]) if len(terms) == 1 else None
        if tid is None:
            return 0, 0
        found = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        lower = word.lower()
        capital, small = 0, 0
        offsets = index.at["offsets"]
        # the ids alone, not `postings` (no weights computed, no numpy for a small index)
        for i in index.passage_ids(tid, offsets[tid], offsets[tid + 1])[:PASSAGES]:
            if capital + small >= SIGHTINGS:
                break
            text = index.passages[int(i)].text
            for match in found.finditer(text):
                written = match.group()
                if written == lower:
                    small += 1
                elif written == word and INSIDE_BEFORE_RE.search(
                        text, max(0, match.start() - BEFORE_REACH), match.start()):
                    capital += 1
        return capital, small


def kind_of(capital: int, small: int) -> bool | None:
    """A name, a common word, or untold, from the two counts of `CorpusCasing.counts`."""
    if capital and small * RARELY <= capital:
        return True
    if small and capital * RARELY <= small:
        return False
    return None


def casing_of(index) -> CorpusCasing:
    """The index's `CorpusCasing`, made on first use and kept while the index lives."""
    kept = CASINGS.get(id(index))
    if kept is not None and kept[0]() is index:
        return kept[1]
    casing = CorpusCasing(index)
    CASINGS[id(index)] = (weakref.ref(index), casing)
    return casing


def vocabulary_of(index) -> Vocabulary:
    """The vocabulary texts checked against `index` are parsed with: its analyzer's word
    lists and how its corpus writes a sentence's first word."""
    return vocabulary_for(index.analyzer, casing_of(index))
