"""The type of answer a question asks for, and where such an item stands in a sentence."""
import pytest

from qa.text.answer_types import AskedFor, answer_type


@pytest.mark.parametrize("question, kind", [
    ("How many troops were deployed?", "number"),
    ("What percentage of incidents happened there?", "percentage"),
    ("When did the mission deploy?", "date"),
    ("In what year was it renewed?", "date"),
    ("Who chaired the meeting?", "name"),
    ("Which country withdrew its soldiers?", "country"),
    ("Which contributing nation stopped its convoys?", "country"),
    ("Why did it fail?", "reason"),
    ("What made the donors leave?", "reason"),
    ("How did the donors react?", None),
    ("How did the mission get its camps when it arrived?", None),  # a clause, not the question
    ("What changed in the region where the attacks happened?", None),
    ("And when was the mandate renewed?", "date"),
    ("Where were the camps built?", "name"),
])
def test_question_types(question, kind):
    assert answer_type(question) == kind



def test_the_item_asked_for_is_one_the_question_does_not_name():
    asked = AskedFor.by("How many peacekeepers were killed in 2013?")
    sentence = "In 2013, 46 peacekeepers were killed."
    assert sentence[slice(*asked.item_in(sentence))] == "46"
    assert AskedFor.by("How did the donors react?").item_in(sentence) is None


def test_items_found_on_lowered_ascii_text_are_those_ignorecase_finds():
    """`item_spans` matches lowered ASCII text without IGNORECASE (`folded_pattern`): the
    same spans as the pattern itself, in every case of the letters, and non-ASCII text
    (where lowering may not keep each character's match) goes to the pattern itself."""
    from qa.text.answer_types import (AnswerType, folded_pattern, item_pattern, item_spans,
                                      lowers_alike)
    from tests.conftest import SEEDS

    lines = [line for path in sorted(SEEDS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = lines[:400] + [line.upper() for line in lines[:100]] + [
        "On 3 MARCH 2014, Twenty-One of the FORTY SEVEN posts (12 PerCent) closed Because Of rain.",
        "Half of them; a Third; ONE QUARTER; 45 %; in June 2019; thanks to the K\u212aelvin ſix.",
        "The ſix İndicators: ſeventy DEC. 2020 ıt.",
        # caseless characters beyond ASCII (lowered text is still matched without IGNORECASE)
        "The “Forty-Two” posts – Twelve PER CENT – closed in March 2021 ‘because of’ rain…",
        "In Ségou, ÉIGHT posts (3 % – Half) closed on 2 März 2019; Ninety ſix in İzmir."]
    assert folded_pattern(AnswerType.NUMBER) and folded_pattern(AnswerType.DATE)
    assert any(not text.isascii() and lowers_alike(text) for text in texts)
    for kind in AnswerType:
        pattern = item_pattern(kind)
        for text in texts:
            assert list(item_spans(kind, text)) == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text, alike", [
    ("Twelve posts", True), ("The “Forty” posts – closed…", True), ("‘half’ • 3 %", True),
    ("Ségou", False), ("ſix", False), ("\u212aelvin", False), ("İndicators", False),
    ("ıt", False), ("Straße", False)])
def test_text_lowers_alike_only_where_every_character_beyond_ascii_has_no_case(text, alike):
    from qa.text.answer_types import lowers_alike

    assert lowers_alike(text) is alike


def test_the_folded_pattern_is_compiled_without_the_ignorecase_one():
    """A cold `qa ask` on lowered passages compiles one pattern, not two."""
    from qa.text.answer_types import AnswerType, folded_pattern, item_pattern

    item_pattern.cache_clear()
    folded_pattern.cache_clear()
    assert folded_pattern(AnswerType.NUMBER) is not None
    assert folded_pattern(AnswerType.COUNTRY) is None
    assert item_pattern.cache_info().currsize == 0
