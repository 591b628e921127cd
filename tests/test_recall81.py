"""Dotted initials are one name in every parse (round 74, branch recall81).

A report or a claim may write a body's initials with dots ("the U.H. council") or without
("the UH council"). The parse split "U.H." into two one-letter words, so the letters stated no
"UH" of the other text, and each dot read as a clause break cut the name off from its own
noun; a claim citing "a U.H. report" was read as citing a source called "U.H", whom a
sentence's "a UH report" was another speaker than. Now `facts.words_of` keeps dotted initials
as one word, read closed up ("U.H." as "UH"), and a cited source keeps its closing initials'
last dot (`cited.unstopped`).

Invented sentences."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

DOTTED = [
    "The U.H. council extended the charter of the coastal patrol service in 2031 for two more "
    "years.",
    "A UH report concluded that smuggling gangs raided the warehouses of Vell twice in 2030.",
    "The harbour of Tarn handles grain and timber for the inland towns.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def dotted(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("recall81-dotted"), "Ruvala patrols", DOTTED)


@pytest.mark.parametrize("claim", [
    "A U.H. report concluded that smuggling gangs raided the warehouses of Vell twice in 2030.",
    "According to a U.H. report, smuggling gangs raided the warehouses of Vell twice in 2030.",
])
def test_a_dotted_source_is_the_sentences_undotted_one(dotted, claim):
    result = dotted(claim)
    assert result["verdict"] == "supported"
    assert not any(u.startswith("U.H") for u in result["unverified"])


def test_a_dotted_source_with_another_fact_stays_unsupported(dotted):
    result = dotted("A U.H. report concluded that smuggling gangs raided the warehouses of Vell "
                    "five times in 2030.")
    assert result["verdict"] != "supported"


def test_a_dotted_source_is_still_another_speaker_than_another_body(dotted):
    result = dotted("A N.R. report concluded that smuggling gangs raided the warehouses of Vell "
                    "twice in 2030.")
    assert result["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "The UH council extended the charter of the coastal patrol service in 2031 for two more "
    "years.",
    "In 2031 the U.H. council extended the coastal patrol service's charter for two more years.",
])
def test_a_dotted_name_in_the_sentence_is_the_claims_name(dotted, claim):
    assert dotted(claim)["verdict"] == "supported"
