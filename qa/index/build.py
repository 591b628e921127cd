"""Building an index generation on disk, streaming: documents are analyzed one at a time
(on worker processes when there are many files) and written out as they come, so memory holds the
compact forward index (term ids and counts per passage) rather than every token list.

The forward index is sorted into posting order (by term, then passage) a run of passages at a
time while documents still arrive (`IndexWriter.cut_run`, on a thread); `IndexWriter.finish`
places each run's postings by its terms' final ids and codes every posting's BM25 weight.
Unchanged files of the previous generation are reused as they are (`add_reused`): only
changed files are read and analyzed again.
"""
from __future__ import annotations

import os
from array import array
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from itertools import chain, compress, islice, repeat
from typing import Callable, Iterable, Iterator

import numpy as np

from ..text.acronyms import mine_acronyms
from ..text.analyze import ASCII_PLAIN_RE, Analyzer, needs_rules, split_words
from ..text.sentences import split_sentences
from ..types import Document
from .bm25 import BM25Params, okapi_idf, passage_norms, tf_factors
from .expansions import synonym_table
from .tables import PassageCodec, SortedStrings, StringMap, blob_and_offsets
from .workers import Workers

POOL_MIN_FILES = 32  # below this, starting worker processes costs more than it saves
WEIGHT_SLICE = 1 << 22  # postings weighted at a time (4M: ~100 MB of temporaries)
RUN = 1 << 22  # forward entries sorted into posting order at a time (4M: ~70 MB of temporaries)
PAIR_TABLE = 1 << 22  # (tf, length) pairs coded by a table up to this many (32 MB of codes)
UNSEEN = -2  # `number_words`' mark of a word its numbering has not met (-1 is a stopword)
IN_FLIGHT = 16  # files handed to workers ahead of the writer: bounds the memory of a build


@dataclass
class AnalyzedDocument:
    """A document ready to be written: its passages compressed, the term counts of each,
    each passage's sentences and the terms of each sentence, its acronyms, and the stems
    learned on the way (all done where the document was read, on a worker process when there
    are many files)."""

    source: str
    title: str
    lines: list[bytes]
    # the terms its numbering gave a number while analysing it (`TermNumbering.new_terms`),
    # in the order of those numbers: the document's distinct terms when the numbering is its
    # own, only the terms its worker had not met before when the worker's (`numbering`)
    vocabulary: list[str]
    terms: np.ndarray  # int32 numbers of terms in that numbering, passage after passage
    tfs: np.ndarray  # int32 count of each of those terms in its passage
    row_ends: np.ndarray  # int64 end of each passage's slice of `terms`
    acronyms: dict[str, str]
    stems: dict[str, str] = field(default_factory=dict)
    # re-scoring's view of each passage (`Index.sentence_terms`): the terms of its words in
    # order, sentence by sentence, as positions in `vocabulary`; each sentence as (first
    # character, end character, end of its terms); the end of each passage's part of both
    tokens: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    sentences: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    token_ends: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    sentence_ends: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # passages whose BM25 terms are not their sentences' terms one after the other ("per.
    # Cent" joined): only their rows of term counts are stored (`Index.fwd_exceptions`)
    exceptions: list[int] = field(default_factory=list)
    # whose numbering `terms` and `tokens` use: None, the document's own (its terms are
    # `vocabulary` in order), else a key of a numbering kept from document to document (a
    # worker's), whose earlier terms came with the documents analyzed before this one
    numbering: int | None = None


class TermNumbering:
    """Numbers terms in the order they are first met, and hands out the terms numbered since
    it last did: a worker keeps one for all its documents, so that each document carries
    only the terms new to the worker (a few dozen) instead of all its distinct terms (~8,000),
    and the parent numbers each term once per worker instead of once per document."""

    def __init__(self, key: int | None = None):
        self.key, self.numbers, self.sent = key, {}, 0
        self.word_numbers: dict[str, int] = {}  # a word's term's number, -1 if a stopword

    def learn_words(self, words: Iterable[str], analyzer: Analyzer) -> None:
        """Give each word not yet in `word_numbers` its term's number (or -1)."""
        known, stop, number_of = self.word_numbers, analyzer.stopwords, self.numbers.setdefault
        for word in words:
            if word not in known:
                known[word] = -1 if word in stop else number_of(analyzer.stem(word),
                                                                len(self.numbers))

    def new_terms(self) -> list[str]:
        """The terms numbered since the last call, in the order of their numbers."""
        # the newest keys of a dict, from its end: islice from `sent` would walk all the others
        names = list(islice(reversed(self.numbers), len(self.numbers) - self.sent))
        names.reverse()
        self.sent = len(self.numbers)
        return names


def sentence_terms(text: str, analyzer: Analyzer) -> tuple[list, list[list[str]], list[str]]:
    """A passage's sentence spans, the terms of each sentence (re-scoring reads them), and the
    passage's terms for BM25, exactly `analyzer.terms(text)`.

    Sentences cover the text but for the whitespace between them, and no token spans
    whitespace, so the passage's words are its sentences' words one after the other; the one
    rule of `split_words` that looks at the previous word ("per cent" -> "percent") is the
    exception, and a passage where it would join two sentences is analyzed whole again."""
    spans = split_sentences(text)
    words = [split_words(text[start:end]) for start, end in spans]
    stop, stem = analyzer.stopwords, analyzer.stem
    known = analyzer.known_stems.get  # most words' stems: one look-up, not stem()'s call
    terms = [[known(w) or stem(w) for w in found if w not in stop] for found in words]
    if any(found and found[0] == "cent" and before and before[-1] == "per"
           for before, found in zip(words, words[1:])):
        return spans, terms, analyzer.terms(text)
    return spans, terms, [term for found in terms for term in found]


def analyze_document(document: Document, analyzer: Analyzer, codec: PassageCodec | None = None,
                     numbering: TermNumbering | None = None) -> AnalyzedDocument:
    """A document's passages compressed and its terms counted and numbered, in `numbering`
    (a worker's, kept from one document to the next) or else in one of its own."""
    passages = document.passages
    if numbering is None:
        numbering = TermNumbering()
    acronyms = mine_acronyms(p.text for p in passages)
    # headings, acronyms and long forms are analyzed at query time too: learn their stems now
    analyzer.terms(" ".join({f"{p.section} {p.title}" for p in passages}))
    analyzer.terms(" ".join(f"{k} {v}" for k, v in acronyms.items()))
    split = [passage_words(p.text) for p in passages]
    if any(joins_sentences(words) for _, words in split):
        numbered = number_terms_by_passage(passages, analyzer, numbering)
    else:
        numbered = number_words(split, analyzer, numbering)
    terms, tfs, ends, tokens, sentences, token_ends, sentence_ends, exceptions = numbered
    codec = codec or PassageCodec()
    return AnalyzedDocument(document.source, document.title, [codec.encode(p) for p in passages],
                            numbering.new_terms(), terms, tfs, ends, acronyms, tokens=tokens,
                            sentences=sentences, token_ends=token_ends,
                            sentence_ends=sentence_ends, exceptions=exceptions,
                            numbering=numbering.key)


def passage_words(text: str) -> tuple[list, list[list[str]]]:
    """A passage's sentence spans and the words (`split_words`) of each sentence."""
    spans = split_sentences(text)
    if text.isascii():
        # lowercase ASCII is its own folding, and what `split_words` decides from the text
        # (a "/" asks for the codes' pattern, `needs_rules`' marks for the per-token rules)
        # can be decided once for the passage: sentences are separated by whitespace alone,
        # so no mark spans two of them. The plain pattern then finds each sentence's words in
        # place (`pos`, `endpos`: no copy of the sentence, no call of `split_words`).
        folded = text.lower()
        if "/" not in folded and not needs_rules(folded):
            find = ASCII_PLAIN_RE.findall
            return spans, [find(folded, start, end) for start, end in spans]
    return spans, [split_words(text[start:end]) for start, end in spans]


def joins_sentences(words: list[list[str]]) -> bool:
    """Whether `split_words` of the whole passage would join a "per" ending one sentence and
    a "cent" starting the next (its one rule that looks at the previous word)."""
    return any(found and found[0] == "cent" and before and before[-1] == "per"
               for before, found in zip(words, words[1:]))


def number_words(split: list[tuple], analyzer: Analyzer, numbering: TermNumbering) -> tuple:
    """`number_terms_by_passage` for passages no sentence boundary joins (`joins_sentences`),
    from each passage's spans and words: each word is looked up once in a table of the
    numbering from word to its term's number (-1 for a stopword), filled as words are first
    met, and the rest is done on arrays, for the whole document at once. Each passage's row
    of term counts comes in the order of the terms' numbers, not of their first occurrence:
    the postings, sorted by term and passage, do not depend on it."""
    number_of_word = numbering.word_numbers
    spans, sentence_words, passage_sentences = [], [], []
    for passage_spans, words in split:
        spans.extend(passage_spans)
        sentence_words.extend(map(len, words))
        passage_sentences.append(len(words))
    # every word of the document, passage after passage, looked up at once (in C: `map`),
    # a word not yet in the table as UNSEEN; those (a few hundred of ~19,000 a file) are
    # then learned and looked up again. They are numbered in sorted order, not as they first
    # occur: nothing stored depends on a worker's numbers (the writer maps them to its own
    # ids, and the vocabulary is sorted). A set difference of the document's words with the
    # table, to find the new ones first, cost as much again as the look-ups themselves.
    flat = list(chain.from_iterable(chain.from_iterable(words for _, words in split)))
    numbers = np.array(list(map(number_of_word.get, flat, repeat(UNSEEN, len(flat)))),
                       dtype=np.int32)
    unseen = np.flatnonzero(numbers == UNSEEN)
    if len(unseen):
        at = unseen.tolist()
        numbering.learn_words(sorted({flat[i] for i in at}), analyzer)
        numbers[unseen] = [number_of_word[flat[i]] for i in at]
    kept = numbers >= 0
    tokens = numbers[kept]
    kept_before = np.zeros(len(numbers) + 1, dtype=np.int64)  # words kept before each word
    np.cumsum(kept, out=kept_before[1:])
    sentence_word_ends = np.cumsum(np.array(sentence_words, dtype=np.int64))
    sentence_ends = np.cumsum(np.array(passage_sentences, dtype=np.int64))
    # each passage's end among the words, and so among the tokens
    word_ends = np.concatenate(([0], sentence_word_ends))[sentence_ends]
    token_ends = kept_before[word_ends]
    # each sentence's triple: first character, end character, terms of the passage to its end
    passage_of_sentence = np.repeat(np.arange(len(split)), passage_sentences)
    first_tokens = np.concatenate(([0], token_ends[:-1]))
    sentences = np.empty((len(spans), 3), dtype=np.int32)
    # (start, end) pairs flattened by `fromiter`: np.array on a list of tuples takes numpy's
    # nested-sequence path, 2.5x slower
    sentences[:, :2] = np.fromiter(chain.from_iterable(spans), dtype=np.int32,
                                   count=2 * len(spans)).reshape(-1, 2)
    sentences[:, 2] = kept_before[sentence_word_ends] - first_tokens[passage_of_sentence]
    # each passage's distinct terms and their counts: (passage, number) pairs counted
    size = max(len(numbering.numbers), 1)
    pairs = np.repeat(np.arange(len(split), dtype=np.int64), np.diff(token_ends, prepend=0))
    pairs *= size
    pairs += tokens
    distinct, counts = np.unique(pairs, return_counts=True)
    ends = np.searchsorted(distinct, np.arange(1, len(split) + 1, dtype=np.int64) * size)
    return ((distinct % size).astype(np.int32), counts.astype(np.int32), ends.astype(np.int64),
            tokens, sentences.reshape(-1), token_ends, sentence_ends, [])


def number_terms_by_passage(passages, analyzer: Analyzer, numbering: TermNumbering) -> tuple:
    """Each passage's distinct terms (numbers in `numbering`) and their counts, with the end
    of each passage's row; the terms of its sentences in order (tokens), each sentence as
    (first character, end character, end of its terms), with the end of each passage's part
    of both; the passages whose BM25 terms are not their sentences' one after the other."""
    local = numbering.numbers
    terms, tfs, ends = array("i"), array("i"), array("q")
    tokens, sentences, token_ends, sentence_ends = array("i"), array("i"), array("q"), array("q")
    exceptions = []
    number_of = local.setdefault  # a term's position in `local`, given one if new
    for number, passage in enumerate(passages):
        spans, by_sentence, whole = sentence_terms(passage.text, analyzer)
        counts = Counter(whole)
        terms.extend([number_of(term, len(local)) for term in counts])
        tfs.extend(counts.values())
        ends.append(len(terms))
        # the sentences' terms one after the other: the passage's, but for an exception
        flat = whole
        if len(whole) != sum(map(len, by_sentence)):
            exceptions.append(number)
            flat = [term for found in by_sentence for term in found]
        tokens.extend([number_of(term, len(local)) for term in flat])
        count = 0
        for (start, end), found in zip(spans, by_sentence):
            count += len(found)
            sentences.extend((start, end, count))
        token_ends.append(len(tokens))
        sentence_ends.append(len(sentences) // 3)  # three numbers a sentence
    return (np.frombuffer(terms, dtype=np.int32), np.frombuffer(tfs, dtype=np.int32),
            np.frombuffer(ends, dtype=np.int64), np.frombuffer(tokens, dtype=np.int32),
            np.frombuffer(sentences, dtype=np.int32), np.frombuffer(token_ends, dtype=np.int64),
            np.frombuffer(sentence_ends, dtype=np.int64), exceptions)


class IndexWriter:
    """Writes passages.bin as documents arrive and keeps the forward index in arrays. The
    passages' codec is the previous generation's when given (its passages are then copied as
    they are), else one trained on the first document analyzed (`codec_for`)."""

    def __init__(self, folder: Path, analyzer: Analyzer, params: BM25Params,
                 codec: PassageCodec | None = None):
        self.folder, self.analyzer, self.params = folder, analyzer, params
        self.codec = codec
        self.passages_file = open(folder / "passages.bin", "wb")
        self.passage_offsets = array("q", [0])
        self.term_ids: dict[str, int] = {}
        # the forward rows of the passages not yet in a sorted run (ends from the run's start)
        self.fwd_terms, self.fwd_tfs = array("i"), array("i")
        self.fwd_offsets = array("q", [0])
        self.runs = Background()  # each run of RUN entries sorted while the analysis goes on
        self.run_first = 0  # the first passage of the forward rows above
        self.tokens, self.token_offsets = array("i"), array("q", [0])
        self.sentences, self.sentence_offsets = array("i"), array("q", [0])
        self.fwd_exceptions: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.sources: list[dict] = []
        # for each worker's numbering, the id here of each of its numbers (grown by doubling)
        self.numberings: dict[int, tuple[np.ndarray, int]] = {}

    def add(self, analyzed: AnalyzedDocument) -> None:
        self.analyzer.known_stems.update(analyzed.stems)
        self.analyzer.remember_learned()  # stems learned here when analyzed in this process
        global_ids = self.ids_of_numbers(analyzed)
        first = len(self.passage_offsets) - 1
        # the document's passages in one write, their ends in one cumulative sum
        self.passages_file.write(b"".join(analyzed.lines))
        ends = np.cumsum([len(line) for line in analyzed.lines], dtype=np.int64)
        self.passage_offsets.frombytes((ends + self.passage_offsets[-1]).tobytes())
        base = len(self.fwd_terms)
        row_terms = global_ids[analyzed.terms]
        self.fwd_terms.frombytes(row_terms.tobytes())
        self.fwd_tfs.frombytes(analyzed.tfs.tobytes())
        self.fwd_offsets.frombytes((analyzed.row_ends + base).tobytes())
        for number in analyzed.exceptions:
            start = analyzed.row_ends[number - 1] if number else 0
            row = slice(int(start), int(analyzed.row_ends[number]))
            self.fwd_exceptions[first + number] = (row_terms[row], analyzed.tfs[row])
        self.add_sentences(global_ids[analyzed.tokens], analyzed.sentences, analyzed.token_ends,
                           analyzed.sentence_ends)
        self.add_source(analyzed.source, analyzed.title, len(analyzed.lines), analyzed.acronyms,
                        len(analyzed.terms))
        self.cut_run()

    def codec_for(self, document: Document | None) -> PassageCodec | None:
        """The passages' codec, trained on `document` if none is chosen yet (None while
        no document has been read)."""
        if self.codec is None and document is not None and document.passages:
            self.codec = PassageCodec.trained_on(document.passages)
        return self.codec

    def add_reused(self, old, entry: dict) -> None:
        """Copy one unchanged source from the previous generation `old` (an Index)."""
        first, count = entry["first"], entry["count"]
        postings_before = len(self.fwd_terms)
        remap = self.remap_from(old)
        token_ends = np.asarray(old.token_offsets[first:first + count + 1])
        if self.codec is None:
            self.codec = old.passages.codec
        same_codec = old.passages.codec.zdict == self.codec.zdict
        for i in range(first, first + count):
            stored = old.passages.stored(i)
            self.write_passage(stored if same_codec else
                               self.codec.compress(old.passages.codec.decompress(stored)))
            # a passage's BM25 terms are its sentences' terms, but for the stored exceptions
            stored = old.fwd_exceptions.get(str(i))
            if stored is None:
                terms, tfs = np.unique(old.token_array(int(token_ends[i - first]),
                                                       int(token_ends[i - first + 1])),
                                       return_counts=True)
            else:
                terms, tfs = np.asarray(stored[0], dtype=np.int32), np.asarray(stored[1])
                self.fwd_exceptions[len(self.passage_offsets) - 2] = (remap[terms], tfs)
            self.add_row(remap[terms], tfs)
        sentence_ends = np.asarray(old.sentence_offsets[first:first + count + 1])
        t_start, t_end = int(token_ends[0]), int(token_ends[-1])
        s_start, s_end = int(sentence_ends[0]), int(sentence_ends[-1])
        self.add_sentences(remap[old.token_array(t_start, t_end)],
                           old.sentences[3 * s_start:3 * s_end],
                           token_ends[1:] - t_start, sentence_ends[1:] - s_start)
        self.add_source(entry["source"], entry["title"], count, entry.get("acronyms", {}),
                        len(self.fwd_terms) - postings_before)
        self.cut_run()

    def cut_run(self, last: bool = False) -> None:
        """Hand the forward rows gathered since the last run to be sorted into posting order
        (`sort_run`, on a thread: numpy's sort lets the writer go on meanwhile) once they
        hold RUN entries, or at the `last`. The finish then only places each run's postings
        (`merge_runs`) instead of sorting every posting while the workers stand idle."""
        if not last and len(self.fwd_terms) < RUN:
            return
        terms = np.frombuffer(self.fwd_terms, dtype=np.int32) if self.fwd_terms \
            else np.zeros(0, dtype=np.int32)
        tfs = np.frombuffer(self.fwd_tfs, dtype=np.int32) if self.fwd_tfs \
            else np.zeros(0, dtype=np.int32)
        ends = np.frombuffer(self.fwd_offsets, dtype=np.int64)
        first = self.run_first
        self.run_first += len(ends) - 1
        self.fwd_terms, self.fwd_tfs = array("i"), array("i")
        self.fwd_offsets = array("q", [0])
        if last:
            self.runs.call(sort_run, terms, tfs, ends, first)
        else:
            self.runs.start(sort_run, terms, tfs, ends, first)

    def remap_from(self, old) -> np.ndarray:
        cached = getattr(self, "_remap", None)
        if cached is None or cached[0] is not old:
            old_terms = [*old.terms, *old.extra_terms]  # in the order of their ids
            ids = self.interned(old_terms)
            self._remap = cached = (old, ids)
            old_stems = old.analyzer.known_stems  # reused passages keep their words' stems
            self.analyzer.known_stems.update(zip(old_stems.keys, old_stems.values))
        return cached[1]

    def ids_of_numbers(self, analyzed: AnalyzedDocument) -> np.ndarray:
        """The writer's id of each number `analyzed` gives a term: its vocabulary interned,
        after the terms of its numbering's earlier documents when it has a numbering."""
        new = self.interned(analyzed.vocabulary)
        if analyzed.numbering is None:
            return new
        ids, count = self.numberings.get(analyzed.numbering, (np.zeros(0, dtype=np.int32), 0))
        if count + len(new) > len(ids):
            ids = np.concatenate([ids[:count], np.zeros(max(count + len(new), 2 * len(ids)),
                                                        dtype=np.int32)])
        ids[count:count + len(new)] = new
        count += len(new)
        self.numberings[analyzed.numbering] = (ids, count)
        return ids[:count]

    def interned(self, terms: list[str]) -> np.ndarray:
        """Each term's id (int32), a new one numbered after the others; one list comprehension,
        since the writer does this for every distinct term of every document."""
        term_ids = self.term_ids
        number = term_ids.setdefault  # a new term's id is the count before it
        return np.array([number(t, len(term_ids)) for t in terms], dtype=np.int32)

    def write_passage(self, line: bytes) -> None:
        self.passages_file.write(line)
        self.passage_offsets.append(self.passage_offsets[-1] + len(line))

    def add_row(self, term_ids, tfs) -> None:
        self.fwd_terms.frombytes(np.asarray(term_ids, dtype=np.int32).tobytes())
        self.fwd_tfs.frombytes(np.asarray(tfs, dtype=np.int32).tobytes())
        self.fwd_offsets.append(len(self.fwd_terms))

    def add_sentences(self, tokens, sentences, token_ends, sentence_ends) -> None:
        """Append a run of passages' sentence terms (ends relative to the run's start;
        `sentences` flat, three numbers a sentence)."""
        token_base, sentence_base = self.token_offsets[-1], self.sentence_offsets[-1]
        self.tokens.frombytes(np.asarray(tokens, dtype=np.int32).tobytes())
        self.sentences.frombytes(np.asarray(sentences, dtype=np.int32).tobytes())
        self.token_offsets.frombytes((np.asarray(token_ends, dtype=np.int64)
                                      + token_base).tobytes())
        self.sentence_offsets.frombytes((np.asarray(sentence_ends, dtype=np.int64)
                                         + sentence_base).tobytes())

    def add_source(self, source: str, title: str, count: int, acronyms: dict,
                   postings: int) -> None:
        """Record a document: its passages, acronyms and postings (distinct terms of each
        passage, summed: feedback weighs documents by it)."""
        first = len(self.passage_offsets) - 1 - count
        self.sources.append({"source": source, "title": title, "first": first, "count": count,
                             "acronyms": acronyms, "postings": postings})

    def finish(self) -> dict[str, object]:
        """Close the passages file; return every other file's content (arrays and JSON)."""
        self.passages_file.close()
        zdict = self.codec.zdict if self.codec is not None else b""
        self.cut_run(last=True)
        runs = self.runs.results()
        vocabulary, extra_terms, remap = self.final_ids(runs)
        exceptions = {str(pid): [remap[terms].tolist(), np.asarray(tfs).tolist()]
                      for pid, (terms, tfs) in self.fwd_exceptions.items()}
        from concurrent.futures import ThreadPoolExecutor

        # Two threads: the postings are placed and weighed here while a second thread
        # renumbers the sentence terms and makes the string tables (numpy lets the GIL go in
        # its work on whole arrays, so the two overlap; the finish alone held one core while
        # the other idled). One thread aside, so that no more than two jobs' temporaries meet.
        with ThreadPoolExecutor(1, thread_name_prefix="qa-index-finish") as aside:
            token_job = aside.submit(final_tokens, self.tokens, remap)
            self.tokens = array("i")  # freed as soon as they are renumbered
            table_job = aside.submit(self.tables, vocabulary)
            postings = self.weighted(*merge_runs(runs, remap, len(vocabulary)))
            tokens, token_highs = token_job.result()
            tables = table_job.result()
        return dict(postings, **tables, offsets=offsets32(postings["offsets"]),
                    fwd_exceptions=exceptions,
                    passage_offsets=offsets32(np.frombuffer(self.passage_offsets, np.int64)),
                    extra_terms=extra_terms, tokens=tokens, token_highs=token_highs,
                    token_offsets=offsets32(np.frombuffer(self.token_offsets, np.int64)),
                    sentences=narrowed(np.frombuffer(self.sentences, np.int32)),
                    sentence_offsets=offsets32(np.frombuffer(self.sentence_offsets, np.int64)),
                    passages_dict=zdict,
                    sources=self.sources, acronyms=merge_acronyms(self.sources))

    def tables(self, vocabulary: list[str]) -> dict:
        """The vocabulary's table, the synonyms (`synonym_table`) and the stem tables, which
        hold the synonyms' own stems too (questions use them)."""
        synonyms = synonym_table(self.analyzer, set(vocabulary).__contains__)
        self.analyzer.remember_learned()
        terms_blob, term_offsets = SortedStrings.encode(vocabulary)
        stem_keys = sorted(self.analyzer.known_stems)
        stem_values = [self.analyzer.known_stems[k] for k in stem_keys]
        stem_keys_blob, stem_key_offsets = SortedStrings.encode(stem_keys)
        stem_values_blob, stem_value_offsets = blob_and_offsets(v.encode("utf-8")
                                                                for v in stem_values)
        return dict(terms=(terms_blob, offsets32(term_offsets)), synonyms=synonyms,
                    stem_keys=(stem_keys_blob, offsets32(stem_key_offsets)),
                    stem_values=(stem_values_blob, offsets32(stem_value_offsets)),
                    stem_by_value=StringMap.value_order(stem_values))

    def final_ids(self, runs: list) -> tuple[list[str], list[str], np.ndarray]:
        """The vocabulary (sorted terms of the passages: BM25's, whose idf average counts
        every one of them), the terms only a sentence has (a "per" and "cent" that the whole
        passage joins), and the map from interned ids to final ids (extra terms after the
        vocabulary; a term of a previous generation that no passage has now is dropped)."""
        counted = term_counts(runs, len(self.term_ids)) > 0
        tokened = ids_present(self.tokens, len(self.term_ids))
        terms = list(self.term_ids)  # in the order of their ids (each is the count before it)
        vocabulary = sorted(compress(terms, counted.tolist()))
        extra_terms = sorted(compress(terms, (tokened & ~counted).tolist()))
        remap = np.full(len(terms), -1, dtype=np.int32)
        ordered = vocabulary + extra_terms
        remap[np.array(list(map(self.term_ids.__getitem__, ordered)), dtype=np.int64)] = \
            np.arange(len(ordered), dtype=np.int32)
        return vocabulary, extra_terms, remap

    def postings(self, fwd_terms, fwd_tfs, fwd_offsets, n_terms: int) -> dict[str, np.ndarray]:
        """The postings of a forward index whose term ids are final (`weighted`), sorted a
        run of about RUN entries at a time, as a build does (tests and tools)."""
        cuts = np.unique(np.searchsorted(fwd_offsets, np.arange(0, int(fwd_offsets[-1]), RUN),
                                         side="left"))
        bounds = sorted({0, *cuts.tolist(), len(fwd_offsets) - 1})
        runs = [sort_run(fwd_terms[fwd_offsets[low]:fwd_offsets[high]],
                         fwd_tfs[fwd_offsets[low]:fwd_offsets[high]],
                         fwd_offsets[low:high + 1] - fwd_offsets[low], low)
                for low, high in zip(bounds, bounds[1:])]
        return self.weighted(*merge_runs(runs, np.arange(n_terms, dtype=np.int32), n_terms))

    def weighted(self, docs, tfs, offsets, doc_freqs, lengths) -> dict[str, np.ndarray]:
        """Postings sorted by term (passage ids ascending within a term), each with the code
        of its (term frequency, passage length) pair in a table of their BM25 factors `tf *
        (k1 + 1) / (tf + norm)`, and each term's idf: a posting's weight is its idf times its
        factor, computed when a query reads it (`Index.postings_of`), the same bits as
        computing it here, in 2 bytes a posting instead of 8 (a corpus has a few thousand
        such pairs). Each term's largest weight is computed here, for top-k pruning."""
        n_docs, n_terms = len(lengths), len(doc_freqs)
        avgdl = float(lengths.sum()) / max(n_docs, 1) or 1.0
        idf = okapi_idf(doc_freqs, n_docs, self.params.epsilon)
        slices = [slice(start, min(len(docs), start + WEIGHT_SLICE))
                  for start in range(0, len(docs), WEIGHT_SLICE)]
        width = int(lengths.max()) + 1 if n_docs else 1

        def pairs(part: slice) -> np.ndarray:  # (tf, passage length) as one number
            return tfs[part].astype(np.int64) * width + lengths[docs[part]]

        keys, code_of = pair_codes((pairs(part) for part in slices),
                                   (int(tfs.max()) + 1) * width if len(tfs) else 1)
        factors = tf_factors(keys // width, passage_norms(keys % width, avgdl, self.params),
                             self.params)
        codes = np.empty(len(docs), dtype=np.uint16 if len(keys) <= 1 << 16 else np.uint32)

        def weigh(part: slice) -> tuple[np.ndarray, np.ndarray]:
            """Code the slice's postings; return its terms and the largest weight of each."""
            codes[part] = code_of(pairs(part))
            # each posting's term: the slice's terms, each repeated over its postings in it
            first = int(np.searchsorted(offsets, part.start, side="right")) - 1
            last = int(np.searchsorted(offsets, part.stop - 1, side="right"))
            present = np.arange(first, last)
            inside = np.clip(offsets[first:last + 1], part.start, part.stop)
            counts = np.diff(inside)
            term_of = np.repeat(present, counts)
            weights = idf[term_of] * factors[codes[part]]
            present = present[counts > 0]  # each once: a term's postings are contiguous
            firsts = (inside[:-1] - part.start)[counts > 0]
            return present, np.maximum.reduceat(weights, firsts)

        term_max = np.full(n_terms, -np.inf)
        # slices that share a term (one cut inside its postings) keep the larger maximum
        for present, largest in map(weigh, slices):
            term_max[present] = np.maximum(term_max[present], largest)
        term_max[doc_freqs == 0] = 0.0
        del tfs
        runs, highs, run_offsets = id_runs(docs, offsets)
        # the cast keeps each id's low 16 bits, as `docs & 0xFFFF` would, without its
        # int32 temporary the size of `docs`
        return {"offsets": offsets, "docs": docs.astype(np.uint16), "codes": codes,
                "factors": factors, "doc_runs": runs, "doc_run_highs": highs,
                "doc_run_offsets": run_offsets, "idf": idf, "term_max": term_max,
                "doc_lengths": lengths.astype(np.int32)}


def sort_run(terms: np.ndarray, tfs: np.ndarray, row_ends: np.ndarray, first: int) -> tuple:
    """A run of forward rows (passages `first`, `first` + 1, ...; `row_ends` from the run's
    start) in posting order, by term id, then by passage: the passage of each entry, its
    term frequency (in the narrowest type), each term id's count of entries (`np.bincount`),
    and each passage's length (the sum of its row).

    By term, then by position among the entries (so by passage: a passage has a term once):
    the int64 keys are all distinct, so numpy's plain sort (vectorised, several times faster
    than a stable argsort, and the GIL let go) gives the order of a stable sort by term."""
    n_rows = len(row_ends) - 1
    lengths = row_sums(tfs, row_ends)
    order = terms.astype(np.int64)
    order <<= 32
    order |= np.arange(len(terms))
    order.sort()
    order &= 0xFFFFFFFF
    owner = np.repeat(np.arange(first, first + n_rows, dtype=np.int32), np.diff(row_ends))
    docs = owner[order]
    del owner
    top = int(tfs.max()) if len(tfs) else 0
    return docs, tfs[order].astype(narrow_type(top)), np.bincount(terms), lengths


def ids_present(values: array, n_ids: int) -> np.ndarray:
    """Whether each id below `n_ids` occurs in `values` (int32), marked a slice at a time:
    `np.bincount` first copied all of them to int64 (the 1M build's 74M tokens: 600 MB and
    ~1 s of its finish) to count what is only tested for presence."""
    seen = np.zeros(n_ids, dtype=bool)
    view = np.frombuffer(values, dtype=np.int32) if values else np.zeros(0, dtype=np.int32)
    for start in range(0, len(view), WEIGHT_SLICE):
        seen[view[start:start + WEIGHT_SLICE]] = True
    return seen


def term_counts(runs: list, n_ids: int) -> np.ndarray:
    """Each term id's count of postings (its passages), over the sorted runs."""
    counts = np.zeros(n_ids, dtype=np.int64)
    for _, _, run_counts, _ in runs:
        counts[:len(run_counts)] += run_counts
    return counts


def merge_runs(runs: list, remap: np.ndarray, n_terms: int) -> tuple:
    """The postings of the sorted runs (`sort_run`) by final term id (`remap` of a run's ids;
    only ids with postings need one), passages ascending within a term: each run's part of
    a term goes right after the earlier runs' parts (runs follow each other by passage), so
    its postings are only placed (one scatter a run), not sorted again. Returns the passage
    ids and term frequencies of the postings, each term's first posting (and the end), each
    term's postings count and each passage's length. Each run is freed once placed."""
    counts = term_counts(runs, len(remap))
    used = np.flatnonzero(counts)
    doc_freqs = np.zeros(n_terms, dtype=np.int64)
    doc_freqs[remap[used]] = counts[used]
    offsets = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(doc_freqs, out=offsets[1:])
    total = int(offsets[-1])
    top = max((int(run[1].max()) for run in runs if len(run[1])), default=0)
    docs = np.empty(total, dtype=np.int32)
    tfs = np.empty(total, dtype=narrow_type(top))
    lengths = np.concatenate([run[3] for run in runs]) if runs else np.zeros(0, np.int64)
    cursor = np.zeros(len(remap), dtype=np.int64)  # where each id's next posting goes
    cursor[used] = offsets[remap[used]]
    while runs:
        run_docs, run_tfs, run_counts, _ = runs.pop(0)
        present = np.flatnonzero(run_counts)
        sizes = run_counts[present]
        # each entry's place: its term's cursor, plus its rank among the term's entries here
        shift = cursor[present]
        shift -= np.cumsum(sizes) - sizes  # where the term's entries start in the run
        places = np.repeat(shift, sizes)
        places += np.arange(len(run_docs))
        docs[places] = run_docs
        tfs[places] = run_tfs
        cursor[present] += sizes
        del run_docs, run_tfs, places
    return docs, tfs, offsets, doc_freqs, lengths


class Background:
    """Calls run one at a time on a thread, their results kept in order: a call waits for the
    one before it (each takes well under a second; runs are cut far more rarely)."""

    def __init__(self):
        self.done: list = []
        self.thread = None
        self.error: BaseException | None = None

    def start(self, function: Callable, *args) -> None:
        import threading

        self.wait()

        def run() -> None:
            try:
                self.done.append(function(*args))
            except BaseException as exc:  # noqa: BLE001 - raised again in the writer
                self.error = exc

        # a daemon: a build stopped early (an error, Ctrl-C) does not wait for its sort
        self.thread = threading.Thread(target=run, name="qa-index-sort", daemon=True)
        self.thread.start()

    def call(self, function: Callable, *args) -> None:
        """Call here and now, after the calls started before."""
        self.wait()
        self.done.append(function(*args))

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None
        if self.error is not None:
            raise self.error

    def results(self) -> list:
        self.wait()
        done, self.done = self.done, []
        return done


def row_sums(values: np.ndarray, row_ends: np.ndarray) -> np.ndarray:
    """The sum of each row of `values` (int64), rows given by their ends; an empty row's is 0."""
    n_rows = len(row_ends) - 1
    sums = np.zeros(n_rows, dtype=np.int64)
    starts = row_ends[:-1]
    full = np.flatnonzero(row_ends[1:] > starts)
    if len(full):
        sums[full] = np.add.reduceat(values, starts[full], dtype=np.int64)
    return sums


def pair_codes(parts, top: int) -> tuple[np.ndarray, Callable]:
    """The distinct values of `parts` (non-negative int64 below `top`) sorted, and the function
    giving any of them its position there: from a table of presence when `top` is small (it
    is the largest term frequency times the longest passage: a few thousand by a few
    hundred), else by sorting and binary search."""
    if top <= PAIR_TABLE:
        seen = np.zeros(top, dtype=bool)
        for values in parts:
            seen[values] = True
        keys = np.flatnonzero(seen)
        table = np.cumsum(seen, dtype=np.int64) - 1
        return keys, table.__getitem__
    keys = np.unique(np.concatenate([np.unique(values) for values in parts]
                                    or [np.zeros(0, dtype=np.int64)]))
    return keys, lambda values: np.searchsorted(keys, values)


def id_runs(docs: np.ndarray, offsets: np.ndarray) -> tuple:
    """The runs of postings (within a term) whose passage ids share their high 16 bits:
    where each starts, those bits, and the first run of each term (`Index.passage_ids`).
    Ids ascend within a term, so each term has at most one run per 65,536 passages."""
    starts = np.zeros(len(docs), dtype=bool)
    # a posting whose high bits differ from the one before it, a slice at a time (the high
    # bits of every posting at once were an int32 temporary as big as `docs`)
    for start in range(1, len(docs), WEIGHT_SLICE):
        highs = docs[start - 1:start + WEIGHT_SLICE] >> 16
        starts[start:start + WEIGHT_SLICE] = highs[1:] != highs[:-1]
    starts[offsets[:-1][np.diff(offsets) > 0]] = True  # each term's first posting
    runs = np.flatnonzero(starts)
    del starts
    run_offsets = np.searchsorted(runs, offsets)
    # in 4 bytes (and the high bits in one) up to 4G postings (16M passages)
    return narrowed(runs), narrowed(docs[runs] >> 16), narrowed(run_offsets)


def final_tokens(tokens: array, remap: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sentence terms by final id (`remap`, in place), stored as `split_ids` does."""
    return split_ids(remapped(tokens, remap))


def split_ids(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Term ids in two bytes each, plus a third byte apart when some need it (a vocabulary
    beyond 65,536 terms): 3 bytes a token instead of 4 (`Index.token_ids`)."""
    top = int(ids.max()) if len(ids) else 0
    if top < 1 << 16:
        return ids.astype(np.uint16), np.zeros(0, dtype=np.uint8)
    if top >= 1 << 24:  # beyond 16M terms: kept whole
        return ids, np.zeros(0, dtype=np.uint8)
    # a slice at a time into the two outputs: whole-array `ids & 0xFFFF` and `ids >> 16`
    # made two int32 temporaries as big as the tokens (600 MB and ~3 s of the 1M finish,
    # most of it faulting their pages in); a cast to uint16 keeps the low 16 bits
    lows, highs = np.empty(len(ids), dtype=np.uint16), np.empty(len(ids), dtype=np.uint8)
    for start in range(0, len(ids), WEIGHT_SLICE):
        part = ids[start:start + WEIGHT_SLICE]
        lows[start:start + WEIGHT_SLICE] = part
        highs[start:start + WEIGHT_SLICE] = part >> 16
    return lows, highs


def offsets32(offsets: np.ndarray) -> np.ndarray:
    """Ascending offsets in 4 bytes while they fit (files and arrays under 4 GB), else 8;
    never narrower, so that arithmetic on them does not wrap at 65,536."""
    top = int(offsets[-1]) if len(offsets) else 0
    return np.asarray(offsets).astype(np.uint32 if top < 1 << 32 else np.int64)


def narrowed(values: np.ndarray) -> np.ndarray:
    """Non-negative ids or offsets in the smallest type that holds them: token ids in two
    bytes below 65,536 terms, sentence offsets in two bytes below 65,536 characters."""
    dtype = narrow_type(int(values.max()) if len(values) else 0)
    return values if dtype().itemsize >= values.itemsize else values.astype(dtype)


def narrow_type(top: int):
    """The smallest unsigned type that holds 0..top (term frequencies above 255 are rare;
    above 65,535 a pathological repeat)."""
    for dtype in (np.uint8, np.uint16, np.uint32):
        if top <= np.iinfo(dtype).max:
            return dtype
    return np.int64


def remapped(values: array, remap: np.ndarray) -> np.ndarray:
    """`remap[values]`, written over the buffer of `values` a slice at a time: at 1M
    passages a full-size copy of each would add 200 MB to the build's peak."""
    if not values:
        return np.zeros(0, dtype=np.int32)
    view = np.frombuffer(values, dtype=np.int32)
    for start in range(0, len(view), WEIGHT_SLICE):
        part = view[start:start + WEIGHT_SLICE]
        part[:] = remap[part]
    return view


def merge_acronyms(sources: list[dict]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for entry in sources:
        for letters, long_form in entry.get("acronyms", {}).items():
            merged.setdefault(letters, long_form)
    return merged


def analyze_in_parallel(load, items: list, analyzer: Analyzer,
                        codec_for=lambda _document: None) -> Iterator:
    """(item, AnalyzedDocument or None, info) for each item, in order, where `load(item)`
    returns (Document or None, info). Many files are analyzed on worker processes
    (`qa.index.workers`); each keeps its own stem cache and sends back only the stems it
    learned, and compresses its passages with the codec `codec_for` chose: items are read
    here until one has passages to train it on (`IndexWriter.codec_for`), before the
    workers start. At most IN_FLIGHT
    files are out at once, so results never pile up faster than they are written. Close the
    generator when stopping early: that ends the workers."""
    at, codec = 0, codec_for(None)
    pooled = len(items) >= POOL_MIN_FILES and (os.cpu_count() or 1) >= 2
    while codec is None and at < len(items):
        loaded = load(items[at])
        codec = codec_for(loaded[0])
        if pooled and codec is not None:
            break  # a worker reads it again: reading is cheap next to analysing it here alone
        yield (items[at], *analyze_loaded(loaded, analyzer, codec))
        at += 1
    rest = items[at:]
    if not pooled:
        for item in rest:
            yield (item, *analyze_loaded(load(item), analyzer, codec))
        return
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qa-stems-") as scratch, \
            Workers(min(os.cpu_count() or 2, 4),
                    AnalyzeInWorker(load, codec, StemExchange(Path(scratch)))) as workers:
        for item, (analyzed, info) in workers.map(rest, IN_FLIGHT):
            yield item, analyzed, info


def analyze_loaded(loaded, analyzer: Analyzer, codec: PassageCodec | None = None,
                   numbering: TermNumbering | None = None):
    """The analyzed document and its info; a document whose analysis fails is skipped with
    a notice naming it, like one that cannot be read, and never takes the build down."""
    document, info = loaded
    if document is None:
        return None, info
    try:
        return analyze_document(document, analyzer, codec, numbering), info
    except Exception as exc:  # noqa: BLE001 - a bug meeting one document's text
        notice = (f"skipped {document.source}: its text could not be analyzed "
                  f"({type(exc).__name__}: {exc})")
        return None, replace(info, notice=notice)


class AnalyzeInWorker:
    """A worker's job: load and analyze one item with the worker's own stem cache and term
    numbering (each forked worker has its own copy of this object), sending back only the
    new stems and the new terms."""

    def __init__(self, load, codec: PassageCodec | None = None,
                 exchange: StemExchange | None = None):
        self.load, self.analyzer, self.codec = load, Analyzer(), codec
        self.numbering: TermNumbering | None = None  # made in the worker: keyed by its pid
        self.exchange = exchange

    def __call__(self, item):
        if self.numbering is None:
            self.numbering = TermNumbering(os.getpid())
        if self.exchange is not None:
            self.analyzer.known_stems.update(self.exchange.collect())
        analyzed, info = analyze_loaded(self.load(item), self.analyzer, self.codec,
                                        self.numbering)
        if analyzed is not None:
            analyzed.stems = self.analyzer.remember_learned()
            if self.exchange is not None:
                self.exchange.publish(analyzed.stems)
        return analyzed, info


class StemExchange:
    """The stems a build's workers compute, shared between them: each appends the stems it
    computed to a file of its own in `folder`, and takes, before each document, the lines
    the others appended since. The corpus's words are spread over its files, so each worker
    would otherwise stem nearly the whole vocabulary (Snowball: ~15 us a word, ~395k words
    at 1M paragraphs). Files, not the workers' pipes: an item that carried stems could
    fill its worker's pipe while that worker stood blocked sending a result the parent
    was not reading yet (the build hung so). A word or stem never holds a tab or newline."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.read: dict[str, int] = {}  # bytes of each other worker's file taken so far

    def own(self) -> str:
        return f"{os.getpid()}.tsv"

    def publish(self, stems: dict[str, str]) -> None:
        if stems:
            with open(self.folder / self.own(), "a", encoding="utf-8") as file:
                file.write("".join(f"{word}\t{stem}\n" for word, stem in stems.items()))

    def collect(self) -> dict[str, str]:
        """The stems the other workers published since the last call: whole lines only (a
        line being written is taken next time)."""
        found: dict[str, str] = {}
        own = self.own()
        for entry in os.scandir(self.folder):
            start = self.read.get(entry.name, 0)
            if entry.name == own or entry.stat().st_size <= start:
                continue
            with open(entry.path, "rb") as file:
                file.seek(start)
                data = file.read()
            end = data.rfind(b"\n") + 1
            self.read[entry.name] = start + end
            for line in data[:end].decode("utf-8").split("\n")[:-1]:
                word, stem = line.split("\t")
                found[word] = stem
        return found


def build_index(documents: Iterable[Document], analyzer: Analyzer | None = None,
                params: BM25Params = BM25Params()):
    """An index of `documents` held in memory (for tests and tools): written to a scratch
    folder and opened from there, exactly as a stored index is."""
    import tempfile

    from . import store

    with tempfile.TemporaryDirectory(prefix="qa-index-") as scratch:
        folder = Path(scratch)
        gen = store.new_generation(folder)
        writer = IndexWriter(gen, analyzer or Analyzer(), params)
        for document in documents:
            writer.add(analyze_document(document, writer.analyzer, writer.codec_for(document)))
        store.commit(folder, gen, writer.finish(), {"params": params.as_dict(),
                                                    "analyzer": writer.analyzer.settings})
        index = store.load(folder)
        index.folder = None  # the scratch folder goes away: this index lives in memory
        return index
