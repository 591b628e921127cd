"""Sentence splitting: spans over any text, punctuation-only sentences included."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings, strategies as st

from qa.text import sentences
from qa.text.sentences import split_sentences


@pytest.mark.parametrize("text", ["...", "?!", "... The tower fell.", '!!! Warning "B"',
                                  "A. ... B?! C.", ". . .", "!", "  ...  "])
def test_punctuation_only_sentences_do_not_crash_and_cover_the_text(text):
    spans = split_sentences(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_abbreviations_do_not_end_a_sentence():
    text = "The U.N. mission grew. Dr. Smith left in Jan. 2014. Then it ended."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The U.N. mission grew.", "Dr. Smith left in Jan. 2014.", "Then it ended."]


def test_sentences_of_other_scripts():
    def sentences(text):
        return [text[s:e] for s, e in split_sentences(text)]

    assert sentences("Конвой был атакован. Потом он ушёл. и дальше") == [
        "Конвой был атакован.", "Потом он ушёл. и дальше"]
    assert sentences("车队遭到袭击。他们撤退了！好。") == ["车队遭到袭击。", "他们撤退了！", "好。"]
    assert sentences("جاء القائد. ذهب؟ نعم") == ["جاء القائد.", "ذهب؟", "نعم"]
    # English as before: `«` opens no sentence, nor does a capital beyond ASCII in Latin
    assert sentences("He said. «Word» and Émile. Élan") == ["He said. «Word» and Émile. Élan"]


# The boundary pattern as first written, looking behind for the mark at every position: the
# pattern that starts at the mark finds the same sentences in any text.
BOUNDARY_BEFORE = re.compile(r"(?<=[.!?؟।])[\"”’)\]»]*\s+(?=([\"“‘(\[«]?)(\w))"
                             r"|(?<=[。！？])[」』\"”’)\]]*\s*(?=\S)")


def split_sentences_before(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in BOUNDARY_BEFORE.finditer(text):
        if match.group(2) is not None:
            if not sentences._starts_sentence(match.group(1), match.group(2)):
                continue
            if sentences.ends_with_abbreviation(sentences._last_word(text, start,
                                                                     match.start())):
                continue
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


@example("It fell. Dr. Smith left.” Then (B) «Да. Нет» 。。X！ Y？」 z... 5. e.g. Q")
@example("A " + "w" * 70 + ". B " + "q" * 63 + " x. C " + "z" * 64 + "\u2003e.g. D\x1cno. E !? . F")
@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.text("aZ5 .!?؟।。！？\"”’)]»“‘([«」』\n", max_size=6),
                          st.sampled_from(["Dr. ", "Jan. ", "U.N. ", " Да", "e.g. "])),
                max_size=15).map("".join))
def test_sentences_are_those_of_the_first_pattern(text):
    assert split_sentences(text) == split_sentences_before(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text("aZ5 .!?\")]([\n\t", max_size=6),
                          st.sampled_from(["Dr. ", "Jan. ", "U.N. ", "e.g. ", "x. ", "No. 5"])),
                max_size=15).map("".join))
def test_ascii_sentences_are_those_of_the_first_pattern(text):
    """ASCII text is split with the boundary's first alternative alone."""
    assert split_sentences(text) == split_sentences_before(text)
