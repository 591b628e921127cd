"""Query expansion: the other names of what a question names, each counting less than a word
the user typed. Acronyms mined from the corpus (TOB <-> Temporary Operating Bases), general
synonyms and phrasal verbs, other names of the countries and capitals named (all reduced to
the corpus's terms at build time: `qa.index.expansions`), WordNet synonyms of the words
no document uses ("improbable" -> unlikely), and compounds spelled as the corpus spells them
("peace-keeping" <-> "peacekeeping")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..frozen import frozen
from ..index.model import Index
from ..text.analyze import split_words
from ..text.lexicon import capital_cities
from .lookup import remembered, stored
from .settings import active
from .wordnet import synonyms as wordnet_synonyms

EXPANSION_WEIGHT = 0.6  # an expanded term counts less than a word the user typed
SYNONYM_WEIGHT = 0.6  # measured on both question sets: 0.6 is the middle of a plateau (0.5-0.7)
# Another name of the country named (Côte d'Ivoire for Ivory Coast, Mali's government for
# Bamako) is nearly as sure as the name typed. Measured: 0.4 -> 0.7 moved nothing on the dev
# questions and R@1 0.55 -> 0.60 on 60 fresh paraphrased ones (see the README).
NAME_WEIGHT = 0.7
# A WordNet synonym of a question word the corpus lacks stands in for that word: nothing else
# of it can match. Measured on the development and three fresh question sets (see the README).
WORDNET_WEIGHT = 0.9

@frozen
class QueryTerm:
    term: str
    weight: float = 1.0
    via: str = ""  # the question word(s) an expanded term stands for; "" for a typed word



def expand(index: Index, question: str, words: list[tuple[str, str]]) -> list[QueryTerm]:
    """The question's terms (`words`: each search word as typed and its term), plus the long
    form of each acronym and the acronym of each long form it contains (as defined in the
    corpus), plus general synonyms, other names of a country named ("Ivory Coast" -> Côte
    d'Ivoire), what a capital city stands for ("Bamako" -> Mali, its government) and WordNet
    synonyms of words the corpus lacks, each counting less than a typed word."""
    terms = [term for _, term in words]
    expanded = [QueryTerm(t) for t in terms]
    present = set(terms)
    typed: dict[str, str] = {}  # "via" names words as typed: "troops", not "troop"
    for word, term in words:
        typed.setdefault(term, word)

    def add(extra, weight: float, via: str) -> None:
        for term in dict.fromkeys(extra):
            if term not in present:
                present.add(term)
                expanded.append(QueryTerm(term, weight, via))

    def add_synonyms(entries: list, via: str) -> None:
        for entry in entries:  # a synonym of several words shares one synonym's weight
            words = [entry] if isinstance(entry, str) else entry
            add(words, SYNONYM_WEIGHT / len(words), via)

    def as_one_term(words: list[str]) -> None:
        """The typed words of a name or phrase of several words share one word's weight."""
        expanded[:] = [QueryTerm(q.term, 1.0 / len(words)) if q.weight == 1.0
                       and q.term in words else q for q in expanded]

    on = active()
    for long_form, acronym, long_terms in (acronym_terms(index) if on.acronyms else ()):
        if acronym in present:  # the long form is one term, whatever its length
            add(long_terms, EXPANSION_WEIGHT / len(long_terms), typed.get(acronym, acronym))
        elif len(long_terms) > 1 and stands_in(terms, long_terms):
            as_one_term(long_terms)
            add([acronym], EXPANSION_WEIGHT, long_form)
    synonyms = index.synonyms.get("words", {}) if on.thesaurus else {}
    for term in terms:
        add_synonyms(synonyms.get(term, ()), typed.get(term, term))
    for entry in (key for key in synonyms if " " in key):  # "blue helmet"
        if stands_in(terms, entry.split()):
            as_one_term(entry.split())
            add_synonyms(synonyms[entry], " ".join(typed.get(t, t) for t in entry.split()))
    for name, others in named_countries(index, question, on.countries, on.capitals):
        add(others, NAME_WEIGHT, name)
        name_terms = index.analyzer.terms(name)
        if len(name_terms) > 1:  # "Ivory Coast" is one name, not two words
            as_one_term(name_terms)
    for phrase, synonyms in (phrasal_verbs(index, question) if on.phrasal_verbs else ()):
        add(synonyms, SYNONYM_WEIGHT, phrase)
    for via, term in (compounds(index, question, words) if on.compounds else ()):
        as_one_term(index.analyzer.terms(via.replace("-", " ")))  # one word, split or not
        add([term], 1.0, via)  # the word typed, spelled as the corpus spells it
    for word, parts in (split_compounds(index, words) if on.compounds else ()):
        add(parts, 1.0 / len(parts), word)  # "peacekeeping" as "peace-keeping": one word's weight
    for word, phrases in (absent_word_synonyms(index, words) if on.wordnet else ()):
        for phrase in phrases:  # a phrase shares one synonym's weight: "two weeks"
            add(phrase, WORDNET_WEIGHT / len(set(phrase)), word)
    return expanded


def compounds(index: Index, question: str, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(the two words as typed, the term of their joined spelling) for each pair of adjacent
    question words that the corpus writes as one word: "peace-keeping" and "peace keeping"
    find "peacekeeping". Only words the corpus has are looked up: nothing is stemmed."""
    tokens, known, found = split_words(question), index.analyzer.known_stems, []
    stopwords = index.analyzer.stopwords
    for first, second in zip(tokens, tokens[1:]):
        if first.isalpha() and second.isalpha() and not {first, second} & stopwords:
            term = known.get(first + second)
            if term is not None and len(stored(index, term)[0]):
                found.append((f"{first}-{second}", term))
    return found


def split_compounds(index: Index, words: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(word, the terms of its two parts) for each question word the corpus lacks that it
    writes as two words ("peacekeeping" where the corpus says "peace-keeping"): the split
    whose parts are both corpus words of three letters or more, the longest first part."""
    known, found = index.analyzer.known_stems, []
    for word, term in dict.fromkeys(words):
        if not word.isalpha() or len(stored(index, term)[0]):
            continue
        for at in range(len(word) - 3, 2, -1):
            parts = [known.get(word[:at]), known.get(word[at:])]
            if (all(p is not None and len(stored(index, p)[0]) for p in parts)
                    and written_apart(index, parts, word[:at], word[at:])):
                found.append((word, parts))
                break
    return found


def written_apart(index: Index, parts: list[str], first: str, second: str,
                  looked_at: int = 20) -> bool:
    """Whether a passage holding both parts writes them as one word split ("peace-keeping",
    "peace keeping"): "deadline" is not "dead line". Reads at most `looked_at` passages."""
    first_docs, second_docs = stored(index, parts[0])[0], stored(index, parts[1])[0]
    if hasattr(first_docs, "dtype"):  # numpy arrays: a big index
        import numpy as np

        held = np.intersect1d(first_docs, second_docs)
    else:  # a small index, held without numpy
        held = sorted(set(first_docs).intersection(second_docs))
    pattern = re.compile(rf"\b{re.escape(first)}[\s-]+{re.escape(second)}", re.I)
    return any(pattern.search(index.passages[int(i)].text) for i in held[:looked_at])


def stands_in(terms: list[str], phrase: list[str]) -> bool:
    """Whether `phrase` stands as a run of consecutive terms in `terms` (asked of every
    corpus acronym's long form for each question: only where its first term stands is the
    run compared)."""
    if not phrase:
        return True
    first, size = phrase[0], len(phrase)
    return any(term == first and terms[at:at + size] == phrase
               for at, term in enumerate(terms[:len(terms) - size + 1]))


def named_countries(index: Index, question: str, countries: bool = True,
                    capitals: bool = True):
    """(name, terms it stands for) for each country or capital named in the question."""
    table, split = index.synonyms.get("names", {}), split_words(question)
    order, longest = name_order(index, table)
    if order is None or any(" " in word for word in split):
        words = " " + " ".join(split) + " "
        named = [name for name in table if f" {name} " in words]
    else:  # the same names: `f" {name} " in words` holds where name is a run of the words
        runs = {" ".join(split[at:end]) for at in range(len(split))
                for end in range(at + 1, min(len(split), at + longest) + 1)}
        named = sorted((name for name in runs if name in order), key=order.__getitem__)
    return [(name, table[name]) for name in named
            if (capitals if name in capital_names() else countries)]


def acronym_terms(index: Index) -> list[tuple[str, str, list[str]]]:
    """(long form, the acronym's term, the long form's terms) of each acronym the corpus
    defines, kept on the index: the same for every question, where analysing them again for
    each one cost a third of a millisecond a question on a corpus of 91."""
    kept = index.__dict__.get("_acronym_terms")
    if kept is None or kept[0] is not index.acronyms:
        analyzer = index.analyzer
        kept = index.__dict__["_acronym_terms"] = (index.acronyms, [
            (long_form, analyzer.stem(letters), analyzer.terms(long_form))
            for letters, long_form in index.acronyms.items()])
    return kept[1]


def name_order(index: Index, table: dict) -> tuple[dict[str, int] | None, int]:
    """({name: its place in the names' table}, the most words a name has), kept on the
    index, so that a question looks its runs of words up instead of searching it for every
    name; (None, 0) where a name is not words joined by single spaces (then only a search
    finds it)."""
    kept = index.__dict__.get("_name_order")
    if kept is None or kept[0] is not table:
        parts = [name.split(" ") for name in table]
        if all(all(words) for words in parts):
            found = ({name: at for at, name in enumerate(table)},
                     max(map(len, parts), default=0))
        else:
            found = (None, 0)
        kept = index.__dict__["_name_order"] = (table, *found)
    return kept[1], kept[2]


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """The capitals of `named_countries`' table, spelled as its keys are."""
    return frozenset(" ".join(split_words(city)) for city in capital_cities())


def phrasal_verbs(index: Index, question: str, reach: int = 3):
    """(phrase, terms of its single-verb synonyms) for each phrasal verb in the question; the
    particle may come a few words after the verb ("turned the mission into")."""
    table, words = index.synonyms.get("phrases", {}), split_words(question)
    stopwords, found = index.analyzer.stopwords, []
    for at, word in enumerate(words):
        if word in stopwords:  # no verb of the table is one; stemming it could load nltk
            continue
        for particle, synonyms in table.get(index.analyzer.stem(word), ()):
            for start in range(at + 1, min(at + 1 + reach, len(words))):
                if words[start:start + len(particle)] == particle:
                    found.append((" ".join([word, *particle]), synonyms))
                    break
    return found


def absent_word_synonyms(index: Index, words: list[tuple[str, str]]
                         ) -> list[tuple[str, list[list[str]]]]:
    """(word, terms of each of its WordNet synonyms) for each question word the corpus lacks
    (`words`: as typed, and the term): "fortnight" -> [["two", "week"]], "improbable" ->
    [["unlik"]]."""
    found = []
    for word, term in dict.fromkeys(words):
        if not word.isalpha() or len(stored(index, term)[0]):
            continue
        # per index and word: a batch of claims asks the same words again, and the synonyms'
        # terms and document frequencies cost more than the rest of the expansion (round 51)
        phrases = remembered(index, "_absent_word_synonyms", word, lambda: tuple(
            terms for terms in (matchable(index, synonym) for synonym in wordnet_synonyms(word))
            if terms))
        if phrases:
            found.append((word, list(phrases)))
    return found


def matchable(index: Index, synonym: str) -> list[str]:
    """The terms of a synonym if the corpus can match all of it, else []. Every word must be
    in the corpus ("stretch along" is no synonym where only "along" is), and a phrase must
    not lose a word to the stopwords ("out of keeping" is not "keep"). A hyphenated word is
    matched by its parts, as the index stores it ("go-between" by "go")."""
    terms = index.analyzer.terms(synonym.replace("-", " "))
    whole = len(terms) == len(synonym.split())
    return terms if whole and all(index.doc_freq(term) for term in terms) else []
