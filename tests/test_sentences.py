"""Sentence splitting: spans over any text, punctuation-only sentences included."""
from __future__ import annotations

import pytest

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
