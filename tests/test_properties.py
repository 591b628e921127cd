"""Properties of the chunker and the analyzer, checked on generated documents (hypothesis).

For plain prose (paragraphs of words separated by blank lines, hard-wrapped or not) the chunker
must keep every word exactly once, cite lines that hold the passage's first and last words,
and number paragraphs 1..n; a document's passages must not depend on the other documents of
the corpus. On arbitrary text (odd unicode, control characters, markup debris) it must not
raise and its citations must stay inside the file. The analyzer must never raise, and
re-analyzing its own words must give the same terms.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple
from unittest import mock

from hypothesis import HealthCheck, example, given, settings, strategies as st

from qa.text.analyze import (Analyzer, _full_token_re, fold_accents, split_words, token_re,
                              word_tokens)
from qa.index.build import build_index
from qa.documents.plain import chunk_text

SETTINGS = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
WORD_RE = re.compile(r"[A-Za-z]+")
ANALYZER = Analyzer()  # one stem cache for every example


class Prose(NamedTuple):
    paragraphs: list[str]  # the body paragraphs as generated, each on one line
    text: str  # the file: paragraphs (maybe hard-wrapped) separated by blank lines


def wrap(paragraph: str, width: int) -> list[str]:
    """Greedy hard wrapping at `width` characters; never splits or hyphenates a word."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


@st.composite
def prose(draw, unique_words: bool) -> Prose:
    """Sentences of lower-case words (no hyphens, digits or markup, so no cleanup applies),
    capitalised and ended with a full stop, grouped into paragraphs."""
    words = draw(st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9),
                          min_size=1, max_size=250, unique=unique_words))
    breaks = draw(st.lists(st.sampled_from(" " * 5 + "." * 2 + "\n"),
                           min_size=len(words), max_size=len(words)))
    paragraphs, current = [], []
    for i, (word, cut) in enumerate(zip(words, breaks)):
        current.append(word.capitalize() if not current or current[-1].endswith(".") else word)
        if i == len(words) - 1 or cut == "\n":
            paragraphs.append(" ".join(current) + ".")
            current = []
        elif cut == ".":
            current[-1] += "."
    width = draw(st.sampled_from([0, 40, 60, 80]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    blocks = [newline.join(wrap(p, width)) if width else p for p in paragraphs]
    return Prose(paragraphs, (newline * 2).join(blocks) + draw(st.sampled_from(["", newline])))


def words_of(texts) -> Counter:
    return Counter(w for text in texts for w in WORD_RE.findall(text))


def file_lines(text: str) -> list[str]:
    """The lines an editor shows: CRLF, a lone CR and LF each end one."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def assert_citations_hold(text: str, passages) -> None:
    lines = file_lines(text)
    assert [p.paragraph for p in passages] == list(range(1, len(passages) + 1))
    for p in passages:
        assert 1 <= p.line_start <= p.line_end <= len(lines), p.citation
        words = WORD_RE.findall(p.text)
        assert words[0] in WORD_RE.findall(lines[p.line_start - 1]), p.citation
        assert words[-1] in WORD_RE.findall(lines[p.line_end - 1]), p.citation


# ---- the chunker on prose ----------------------------------------------------------------------

@SETTINGS
@given(prose(unique_words=True))
def test_every_word_is_kept_exactly_once(doc):
    passages = chunk_text("doc.txt", doc.text).passages
    assert words_of(p.text for p in passages) == words_of(doc.paragraphs)
    assert_citations_hold(doc.text, passages)


# Letters, not words, used to be compared: the first paragraph was taken for a pull quote.
@example(Prose(["Aaaaa aaaaaa aaaaaaaaa.", "Aa aaa aaaaaa aaaaaaaaa."],
               "Aaaaa aaaaaa aaaaaaaaa.\n\nAa aaa aaaaaa aaaaaaaaa."))
@SETTINGS
@given(prose(unique_words=False))
def test_no_word_is_lost_or_duplicated_with_repeated_words(doc):
    """With repeats, a short paragraph quoted word for word in its neighbour is a pull quote
    and is dropped: its words are still there (in the neighbour), none appears more often."""
    passages = chunk_text("doc.txt", doc.text).passages
    got, want = words_of(p.text for p in passages), words_of(doc.paragraphs)
    assert set(got) == set(want) and not got - want
    assert_citations_hold(doc.text, passages)


def test_short_paragraph_with_the_letters_but_not_the_words_of_its_neighbour_is_kept():
    text = "Alpha beta gamma deltas.\n\nThe alphabet agamma deltas epsilon zeta eta theta iota."
    assert len(chunk_text("doc.txt", text).passages) == 2


@settings(SETTINGS, max_examples=20)
@given(prose(unique_words=False), prose(unique_words=False), prose(unique_words=False))
def test_a_documents_passages_do_not_depend_on_the_other_documents(doc, other, changed):
    """Editing another file of the corpus (named to sort first, so passage ids shift) leaves
    this document's passages, paragraph numbers and line ranges as they were."""
    mine = chunk_text("mine.txt", doc.text)
    with mock.patch("os.fsync"):  # durability is not the point here, and fsync is slow
        before = build_index([chunk_text("a-other.txt", other.text), mine])
        after = build_index([chunk_text("a-other.txt", changed.text), mine])
    assert before.by_source("mine.txt") == after.by_source("mine.txt") == list(mine.passages)


# ---- the chunker on arbitrary text -------------------------------------------------------------

FRAGMENTS = st.one_of(
    st.text(max_size=30),
    st.text(st.characters(codec="utf-8"), max_size=20),
    st.sampled_from([
        "\n", "\n\n", "\r\n", "\r", " ", "\t", "-", "-\n", "# ", "## ", "<sup>3</sup>", "&amp;",
        "&#65;", "**", "1 ", "12 ", "Page 3", "Ségou", "ﬁ", "ℋ", "İ", "ß", "’s", "'", "\u2028",
        "\x85", "\x0c", "\x00", "\x1b[2J", "\x1b]0;pwned\x07", "[red]x[/red]", "[/]", "S/RES/2100",
        "2,069", "e Alpha", "• ", "The mission.", "MEETING NOTE 4", "Introduction", "authori-\nties",
        "http://www.", "un.org/x", "\u200b", "\ufeff", "À", "É",
    ]),
)
ODD_TEXT = st.lists(FRAGMENTS, max_size=60).map("".join)


@example("A-\nÀ0")  # `auto-` + `Évaluation`: hyphen rejoining assumed an ASCII letter and raised
@example("La mission a conduit une auto-\nÉvaluation des convois.")
@settings(SETTINGS, max_examples=100)
@given(ODD_TEXT)
def test_chunker_never_raises_and_cites_lines_of_the_file(text):
    document = chunk_text("odd.txt", text)
    lines = len(file_lines(text))
    assert [p.paragraph for p in document.passages] == list(range(1, len(document.passages) + 1))
    for p in document.passages:
        assert 1 <= p.line_start <= p.line_end <= lines, p.citation
        assert p.text and p.text == p.text.strip()
        assert (p.source, p.title) == ("odd.txt", document.title)


# ---- the analyzer ------------------------------------------------------------------------------

@example("Aັ")  # a Lao vowel mark after a Latin letter: once a term alone, then none
@example("𠀀/0")  # a code opening with an unspaced script: once split in bigrams and "/0"
@example("ℋE")  # `ℋ` decomposes to a capital `H` after lower-casing: `He` escaped the stopwords
@example("𝐀𝐁𝐂 ℌello İstanbul ﬁnance Ségou MINUSMA's d’Ivoire 2,069 S/RES/2100 3.5.")
@SETTINGS
@given(st.one_of(st.text(), ODD_TEXT))
def test_analyzer_never_raises_and_reanalyzing_its_words_changes_nothing(text):
    terms = ANALYZER.terms(text)
    assert all(isinstance(t, str) and t for t in terms)
    words = split_words(text)
    assert split_words(" ".join(words)) == words
    assert ANALYZER.terms(" ".join(words)) == terms
    assert fold_accents(fold_accents(text)) == fold_accents(text)
    assert all(w == w.lower() for w in words)


ASCII_PROSE = st.lists(st.one_of(
    st.text("abcXYZ019/.,' ", max_size=12),
    st.sampled_from(["per cent", "Per Cent.", "recent", "S/RES/2100", "2,069", "3.5.", "it's",
                     "d'Ivoire", "per. Cent", "11,200.", "a/1b", "x/y/2z", " cent "])),
    max_size=20).map("".join)


@example("per cent and per  Cent, 5cent _cent S/RES/2100.6 it's 2,069.")
@example("In 2021 and 3.5. 7,5 or 1,000. 2,0691 4.000,25 x,12 12, 345")
@SETTINGS
@given(ASCII_PROSE)
def test_ascii_shortcuts_find_the_tokens_of_the_full_pattern(text):
    # the shortcuts of `split_words` for lowercase ASCII (no codes' alternative without a
    # "/", no rules without a comma between digits, an apostrophe or "cent") change nothing
    assert split_words(text) == word_tokens(token_re(text).findall(text.lower()))
    assert split_words(text) == word_tokens(_full_token_re().findall(text.lower()))


PASSAGE_TEXT = st.one_of(ASCII_PROSE, ODD_TEXT, st.lists(st.sampled_from(
    ["The convoy left Gao. ", "It cost 3 per cent. ", "Per. ", "Cent coins, ", "The the a. ",
     "... ", "U.N. troops ", "2,069 km! ", "Ségou's ", "and ", "\n"]), max_size=12).map("".join))


@SETTINGS
@given(st.lists(PASSAGE_TEXT, max_size=6), st.integers(0, 2))
def test_words_numbered_on_arrays_are_the_passages_terms_numbered_one_by_one(texts, warm):
    """`number_words` (a look-up per word, arrays for the document) gives the tokens,
    sentences and term counts of `number_terms_by_passage` (the code as first written), for
    passages of any text, empty ones and a numbering that has met other documents before."""
    from qa.index.build import (TermNumbering, joins_sentences, number_terms_by_passage,
                                number_words, passage_words)
    import numpy as np

    from qa.types import Passage

    passages = [Passage(source="p.txt", paragraph=i + 1, line_start=1, line_end=1, title="p",
                        section="", kind="body", text=t) for i, t in enumerate(texts)]
    split = [passage_words(p.text) for p in passages]
    if any(joins_sentences(words) for _, words in split):
        return  # analyze_document takes the code as first written for these
    old_numbering, new_numbering = TermNumbering(), TermNumbering()
    for earlier in ["Convoys reached Kidal in 2021.", "The mission's 3 patrols"][:warm]:
        number_words([passage_words(earlier)], ANALYZER, new_numbering)
    old = number_terms_by_passage(passages, ANALYZER, old_numbering)
    new = number_words(split, ANALYZER, new_numbering)
    old_names, new_names = list(old_numbering.numbers), list(new_numbering.numbers)
    terms, tfs, ends, tokens, sentences, token_ends, sentence_ends, exceptions = new
    assert [new_names[t] for t in tokens] == [old_names[t] for t in old[3]]
    for found, expected in zip((sentences, token_ends, sentence_ends), old[4:7]):
        assert found.tolist() == expected.tolist()
    assert exceptions == old[7] == []
    assert ends.tolist() == old[2].tolist()
    rows = zip([0, *ends.tolist()], ends.tolist())
    for (start, end), old_start, old_end in zip(rows, [0, *old[2].tolist()], old[2].tolist()):
        assert ({new_names[t]: c for t, c in zip(terms[start:end], tfs[start:end])}
                == {old_names[t]: c for t, c in zip(old[0][old_start:old_end],
                                                     old[1][old_start:old_end])})
    assert terms.dtype == np.int32 and tfs.dtype == np.int32 and tokens.dtype == np.int32
    assert ends.dtype == token_ends.dtype == sentence_ends.dtype == np.int64


# `_split_long` and `_drop_pull_quotes` as first written: their shortcuts (a text too short to
# count, a neighbour without the quote's longest word) must decide as they did.
def drop_pull_quotes_first(found):
    from qa.documents.blocks import BODY, _words, word_count_upto

    bodies = [i for i, p in enumerate(found) if p.kind == BODY]
    drop = set()
    for n, i in enumerate(bodies):
        text = found[i].text
        if len(text) > 1000 or word_count_upto(text, 60) > 60:
            continue
        quote = _words(re.sub(r"\[[^\]]*\]", "", text))
        if len(quote.replace(" ", "")) < 20:
            continue
        for m in (n - 1, n + 1):
            if 0 <= m < len(bodies):
                other = found[bodies[m]].text
                if len(other) > len(text) and f" {quote} " in f" {_words(other)} ":
                    drop.add(i)
                    break
    return [p for i, p in enumerate(found) if i not in drop]


SHORT_WORDS = st.lists(st.sampled_from(["a", "I", "Ab", "İx", "ß", "x\ty", "3,1", "[e]",
                                        "\u00a0", "  ", "Ünï", "zz", "q."]),
                       max_size=900).map(" ".join)


@example("a " * 400 + "b")  # 801 characters, 401 words: the shortest text the bound counts
@example("a " * 399 + "b")  # 799 characters, 400 words: the most a text under it holds
@settings(max_examples=200, deadline=None)
@given(SHORT_WORDS)
def test_a_paragraph_too_short_to_count_is_one_part(text):
    """`_split_long` takes a text of at most 2 * MAX_WORDS characters whole without counting
    its words: it never holds more than MAX_WORDS of them."""
    from qa.documents.blocks import MAX_WORDS, _split_long

    if len(text) <= 2 * MAX_WORDS:
        assert len(text.split()) <= MAX_WORDS
    if len(text.split()) <= MAX_WORDS:
        assert _split_long(text) == [(0, len(text))]


QUOTE_WORDS = st.sampled_from(["Alpha", "beta", "GAMMA", "İstanbul", "delta's", "[ed]", "eps",
                               "zetazeta", "eta", "ΘΗΤΑ", "iota", "3.5", "kappa-lambda"])


@st.composite
def drafts(draw):
    from qa.documents.blocks import BODY, NOTE, Draft

    found = []
    for number in range(draw(st.integers(1, 6))):
        words = draw(st.lists(QUOTE_WORDS, min_size=1, max_size=70))
        if found and draw(st.booleans()):  # a pull quote: a piece of the previous paragraph
            previous = found[-1].text.split()
            start = draw(st.integers(0, len(previous) - 1))
            words = previous[start:start + draw(st.integers(1, len(previous)))]
            case = draw(st.sampled_from([str, str.lower, str.upper]))  # quotes in other case
            words = [case(word) for word in words]
        kind = draw(st.sampled_from([BODY, BODY, BODY, NOTE]))
        found.append(Draft(kind, "", " ".join(words), number, number))
    return found


@settings(max_examples=300, deadline=None)
@given(drafts())
def test_pull_quotes_are_dropped_as_first_decided(found):
    from qa.documents.blocks import _drop_pull_quotes

    assert _drop_pull_quotes(found) == drop_pull_quotes_first(found)
