"""Ranking: which passages answer a question, best first.

BM25 (`Index.weighted_scores`) finds candidates; the question is first expanded with acronyms
mined from the corpus (TOB <-> Temporary Operating Bases), general synonyms and phrasal verbs,
other names of the countries and capitals it names, and WordNet synonyms of the words no
document uses ("improbable" -> unlikely). The best candidates are then
re-scored with evidence BM25 does not see: query terms standing close together in the
passage, many of them within one sentence, query terms in the passage's section heading
or document title, a sentence holding the kind of thing asked for (a number, a date, a
percentage) beside the query terms, and (for "what share/percentage") holding a percentage.
`rank` is the single entry point used by `ask`, `check` and `eval`.
"""
from __future__ import annotations

from dataclasses import dataclass

from .analyze import split_words, without_frame
from .bm25 import top_k
from .filters import Filters
from .index import Index
from .kinds import Asked, item_pattern
from .results import TermScore
from .sentences import split_sentences
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
CANDIDATES = 30  # re-scoring more changed nothing on the development set, and costs time
# Re-scoring weights, measured on the development questions (see the README); small on
# purpose: BM25 stays the main evidence.
PROXIMITY_WEIGHT = 0.5
SECTION_WEIGHT = 0.3
SENTENCE_WEIGHT = 0.1
# A passage holding the kind of thing asked for counts as matching one more query term of
# average weight. Only for kinds rare enough to tell passages apart: numbers and dates stand
# in most passages and moved nothing when tried.
KIND_WEIGHT = 1.0
RANKING_KINDS = ("percentage",)
# For those kinds and numbers and dates, what tells passages apart is a sentence that both
# covers the question and holds such an item: the answer sentence. Names are left out: a
# capitalised word stands in nearly every sentence.
ANSWER_SENTENCE_WEIGHT = 0.4
ANSWER_SENTENCE_KINDS = ("number", "date", "percentage")


@dataclass(frozen=True)
class QueryTerm:
    term: str
    weight: float = 1.0
    via: str = ""  # the question word(s) an expanded term stands for; "" for a typed word


@dataclass(frozen=True)
class Ranked:
    passage_id: int
    score: float


def question_words(index: Index, question: str) -> list[tuple[str, str]]:
    """(word as typed, its term) for each search word of the question, in order."""
    return index.analyzer.word_terms(without_frame(question))


def query_terms(index: Index, question: str) -> list[str]:
    return [term for _, term in question_words(index, question)]


def expand(index: Index, question: str) -> list[QueryTerm]:
    """The question's terms, plus the long form of each acronym and the acronym of each long
    form it contains (as defined in the corpus), plus general synonyms, other names of a
    country named ("Ivory Coast" -> Côte d'Ivoire), what a capital city stands for
    ("Bamako" -> Mali, its government) and WordNet synonyms of words the corpus lacks, each
    counting less than a typed word."""
    words = question_words(index, question)
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

    for letters, long_form in index.acronyms.items():
        acronym, long_terms = index.analyzer.stem(letters), index.analyzer.terms(long_form)
        if acronym in present:  # the long form is one term, whatever its length
            add(long_terms, EXPANSION_WEIGHT / len(long_terms), typed.get(acronym, acronym))
        elif len(long_terms) > 1 and stands_in(terms, long_terms):
            as_one_term(long_terms)
            add([acronym], EXPANSION_WEIGHT, long_form)
    synonyms = index.synonyms.get("words", {})
    for term in terms:
        add_synonyms(synonyms.get(term, ()), typed.get(term, term))
    for entry in (key for key in synonyms if " " in key):  # "blue helmet"
        if stands_in(terms, entry.split()):
            as_one_term(entry.split())
            add_synonyms(synonyms[entry], " ".join(typed.get(t, t) for t in entry.split()))
    for name, others in named_countries(index, question):
        add(others, NAME_WEIGHT, name)
        name_terms = index.analyzer.terms(name)
        if len(name_terms) > 1:  # "Ivory Coast" is one name, not two words
            as_one_term(name_terms)
    for phrase, synonyms in phrasal_verbs(index, question):
        add(synonyms, SYNONYM_WEIGHT, phrase)
    for word, phrases in absent_word_synonyms(index, words):
        for phrase in phrases:  # a phrase shares one synonym's weight: "two weeks"
            add(phrase, WORDNET_WEIGHT / len(set(phrase)), word)
    return expanded


def stands_in(terms: list[str], phrase: list[str]) -> bool:
    """Whether `phrase` stands as a run of consecutive terms in `terms`."""
    return any(terms[at:at + len(phrase)] == phrase for at in range(len(terms) - len(phrase) + 1))


def named_countries(index: Index, question: str):
    """(name, terms it stands for) for each country or capital named in the question."""
    words = " " + " ".join(split_words(question)) + " "
    return [(name, others) for name, others in index.synonyms.get("names", {}).items()
            if f" {name} " in words]


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
    (`words` from `question_words`): "fortnight" -> [["two", "week"]], "improbable" ->
    [["unlik"]]."""
    found = []
    for word, term in dict.fromkeys(words):
        if not word.isalpha() or index.doc_freq(term):
            continue
        phrases = [terms for terms in (matchable(index, synonym) for synonym in
                                       wordnet_synonyms(word)) if terms]
        if phrases:
            found.append((word, phrases))
    return found


def matchable(index: Index, synonym: str) -> list[str]:
    """The terms of a synonym if the corpus can match all of it, else []. Every word must be
    in the corpus ("stretch along" is no synonym where only "along" is), and a phrase must
    not lose a word to the stopwords ("out of keeping" is not "keep"). A hyphenated word is
    matched by its parts, as the index stores it ("go-between" by "go")."""
    terms = index.analyzer.terms(synonym.replace("-", " "))
    whole = len(terms) == len(synonym.split())
    return terms if whole and all(index.doc_freq(term) for term in terms) else []


def rank(index: Index, question: str, k: int, source_globs: tuple[str, ...] = (),
         terms: list[QueryTerm] | None = None) -> list[Ranked]:
    """The k best passages for `question` (ties by position; zero scores are not results),
    from sources matching `source_globs` if any, holding every phrase quoted in the question.
    `terms` is `expand(index, question)` when the caller has it already."""
    terms = expand(index, question) if terms is None else terms
    scores = index.weighted_scores((q.term, q.weight) for q in terms)
    filters = Filters.of(question, source_globs)
    filters.restrict(index, scores)
    candidates = accepted_candidates(index, scores, max(k, CANDIDATES), filters)
    idf = {q.term: index.weight_of(q.term) for q in terms}
    match = TermMatcher(index, unique(terms))
    asked = Asked.by(question)
    rescored = [(i, float(scores[i]) + sum(bonus_parts(index, i, terms, idf, match, asked).values()))
                for i in candidates]
    rescored.sort(key=lambda item: (-item[1], item[0]))
    return [Ranked(i, round(s, 6)) for i, s in rescored[:k]]


def accepted_candidates(index: Index, scores, n: int, filters: Filters) -> list[int]:
    """The n best-scoring passages the filters accept, looking deeper while phrases reject."""
    depth = n
    while True:
        ranked = top_k(scores, depth)
        accepted = [int(i) for i in ranked if filters.accepts(index.passages[int(i)])]
        if len(accepted) >= n or len(ranked) < depth:
            return accepted[:n]
        depth *= 4


def bonus_parts(index: Index, passage_id: int, terms: list[QueryTerm], idf: dict[str, float],
                match: "TermMatcher", asked: Asked) -> dict[str, float]:
    """The re-scoring evidence for one passage, by name (shown by --explain)."""
    passage, wanted = index.passages[passage_id], unique(terms)
    heading = set(match.terms(f"{passage.section} {passage.title}"))
    sentences = [passage.text[start:end] for start, end in split_sentences(passage.text)]
    in_sentences = [match.terms(sentence) for sentence in sentences]
    # sentences cover the passage up to the spaces between them: one tokenization serves both
    positions = term_positions([term for found in in_sentences for term in found])
    covered = [coverage(set(found), wanted, idf) for found in in_sentences]
    parts = {"+proximity": PROXIMITY_WEIGHT * proximity(positions, wanted, idf),
             "+sentence": SENTENCE_WEIGHT * max(covered, default=0.0),
             "+heading": SECTION_WEIGHT * coverage(heading, wanted, idf)}
    typed = [idf[q.term] for q in wanted if q.weight == 1.0]
    if asked.kind in RANKING_KINDS and typed and item_pattern(asked.kind).search(passage.text):
        parts[f"+{asked.kind}"] = KIND_WEIGHT * sum(typed) / len(typed)
    if asked.kind in ANSWER_SENTENCE_KINDS:
        parts["+answer-sentence"] = ANSWER_SENTENCE_WEIGHT * max(
            (c for c, sentence in zip(covered, sentences) if c and asked.item_in(sentence)),
            default=0.0)
    return parts


class TermMatcher:
    """Finds the query's terms in text without stemming it: the index knows which surface
    words have each stem, so a word is looked up in a small dict (None if no query term)."""

    def __init__(self, index: Index, wanted: list[QueryTerm]):
        analyzer, self.stopwords = index.analyzer, index.analyzer.stopwords
        self.term_of = {word: q.term for q in wanted for word in analyzer.words_for(q.term)}

    def terms(self, text: str) -> list[str | None]:
        """One entry per non-stopword token, as `Analyzer.terms` would give positions."""
        return [self.term_of.get(w) for w in split_words(text) if w not in self.stopwords]


def coverage(found: set[str], wanted: list[QueryTerm], idf: dict[str, float]) -> float:
    """The idf mass of the query terms present in `found`."""
    return sum(q.weight * idf[q.term] for q in wanted if q.term in found)


def unique(terms: list[QueryTerm]) -> list[QueryTerm]:
    return list({q.term: q for q in reversed(terms)}.values())


def term_positions(sequence: list[str | None]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for at, term in enumerate(sequence):
        if term is not None:
            positions.setdefault(term, []).append(at)
    return positions


def proximity(positions: dict[str, list[int]], terms: list[QueryTerm],
              idf: dict[str, float]) -> float:
    """Sum over pairs of distinct query terms of their smaller idf / squared distance."""
    present = [q for q in terms if q.term in positions]
    total = 0.0
    for i, a in enumerate(present):
        for b in present[i + 1:]:
            gap = min(abs(x - y) for x in positions[a.term] for y in positions[b.term])
            total += a.weight * b.weight * min(idf[a.term], idf[b.term]) / gap ** 2
    return total


def explain(index: Index, question: str, passage_id: int,
            terms: list[QueryTerm] | None = None) -> tuple[TermScore, ...]:
    """What each query term added to the BM25 score of one passage, largest first, then the
    re-scoring evidence (proximity, best sentence, heading...). `terms` is
    `expand(index, question)` when the caller has it already."""
    terms = expand(index, question) if terms is None else terms
    contributions: dict[str, TermScore] = {}
    for q in terms:
        docs, weights = index.postings(q.term)
        at = docs.searchsorted(passage_id)
        if at < len(docs) and docs[at] == passage_id:
            before = contributions.get(q.term)
            score = q.weight * float(weights[at]) + (before.score if before else 0.0)
            contributions[q.term] = TermScore(q.term, round(score, 6), q.via)
    idf = {q.term: index.weight_of(q.term) for q in terms}
    extra = [TermScore(name, round(value, 6))
             for name, value in bonus_parts(index, passage_id, terms, idf,
                                            TermMatcher(index, unique(terms)),
                                            Asked.by(question)).items() if value]
    return tuple(sorted(contributions.values(), key=lambda t: -t.score)) + tuple(extra)
