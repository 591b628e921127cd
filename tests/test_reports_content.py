"""A sentence hands its content to another speaker only where a verb of saying frames that
content (`reported_clause.given_to_another`): "said that", "..., officials said"; a verb WordNet
files under communication that takes an object and "to" ("mandated the council to hire")
reports nothing, and a claim in the author's own voice may rest on the sentence."""
import pytest

from qa.claims.reported_clause import given_to_another

SPEAKER = frozenset({"delegation"})


def terms(text):
    return text.lower().split()


@pytest.mark.parametrize("sentence", [
    "The regional assembly created the harbour council in 2030 and mandated it to hire ten "
    "pilots.",
    "The assembly authorized the council to lease two tugs for the winter.",
])
def test_a_verb_with_an_object_and_to_reports_nothing(sentence):
    assert not given_to_another(sentence, SPEAKER, terms)


@pytest.mark.parametrize("sentence", [
    "The council hired ten pilots, officials said.",
    "Officials said that the council hired ten pilots.",
    "The harbour master told reporters on Friday that the council hired ten pilots.",
    "The council announced: ten pilots will be hired.",
])
def test_a_verb_that_frames_the_content_gives_it_to_its_speaker(sentence):
    assert given_to_another(sentence, SPEAKER, terms)
