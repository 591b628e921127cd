"""The word lists claim checking matches with, stemmed with the index's analyzer so that they
match exactly like the text does: synonym groups (the thesaurus), exclusive predicates
(killed / wounded), the closed-class words that reverse each other (before / after) and
country names."""
from __future__ import annotations

from functools import lru_cache

from ..text.analyze import Analyzer
from ..text import lexicon
from ..text.lexicon import country_names, exclusive_predicates, thesaurus


class Vocabulary:
    """The word lists stemmed with the index's analyzer, so they match like the text does."""

    def __init__(self, analyzer: Analyzer):
        self.analyzer = analyzer
        self.groups: dict[str, set[int]] = {}
        for i, words in enumerate(thesaurus()):
            for term in self.stems(words):
                self.groups.setdefault(term, set()).add(i)
        self.exclusive = [(self.stems(a), self.stems(b)) for a, b in exclusive_predicates()]
        # the closed-class words that reverse each other, two groups a row ("after later ..."
        # / "before earlier ..."): most are stopwords, with no stems, so they are matched by
        # the words as written
        self.connectives = [(frozenset(a.split()), frozenset(b.split()))
                            for a, b in lexicon.words()["relation_opposites"]]
        # each of those words -> (the words that say the same, those that reverse it)
        # a motion towards a thing and away from it ("moved closer to" / "moved away from"):
        # reversed like the words above, never an order of two events (`reordered`), and
        # only where the sentence states the claim's goal (`opposition.opposed`)
        self.directions = [(frozenset(a.split()), frozenset(b.split()))
                           for a, b in lexicon.words()["direction_opposites"]]
        self.relations = {word: (side, reverse) for one, other in self.connectives
                          + self.directions
                          for side, reverse in ((one, other), (other, one)) for word in side}
        self.direction_words = frozenset(w for pair in self.directions for side in pair
                                         for w in side)
        self.countries = country_names()
        self.opposites: dict[str, set[str]] = {}  # word -> stems of its WordNet antonyms
        self.graded: dict[str, set[str]] = {}  # word -> stems of the adjective it grades
        self.synonyms: dict[str, set[str]] = {}  # word -> stems of its first-sense synonyms
        # verb -> stems of its hypernyms' antonyms ("remain") and of those hypernyms ("change")
        self.stasis: dict[str, tuple[set[str], set[str]]] = {}

    def stems(self, words: str) -> set[str]:
        return set(self.analyzer.terms(words))

    def expand(self, terms: set[str]) -> set[int]:
        return {g for t in terms for g in self.groups.get(t, ())}

    def matches(self, term: str, terms: set[str], groups: set[int]) -> bool:
        # asked for each claim term of every sentence: no set made for a term in no group,
        # nor for the groups two share
        if term in terms:
            return True
        own = self.groups.get(term)
        return own is not None and not own.isdisjoint(groups)


@lru_cache(maxsize=4)
def vocabulary_for(analyzer: Analyzer) -> Vocabulary:
    return Vocabulary(analyzer)
