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
