"""A verb phrase stated by the one verb a report uses for it ("got rid of" / "eliminated",
"got together" / "met": `qa.claims.verb_phrases`, WordNet's verb lemmas
of a verb and a preposition, an adjective or two words). Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse_text
from qa.claims.verb_phrases import verb_phrase_spans
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2019, the Kelvik harbour board eliminated the night toll on fishing boats.",
        "The pilots of Velden met in the old customs house in May 2021.",
        "In 2020, the Ostvik harbour board doubled the day toll on fishing boats.")


@pytest.mark.parametrize("claim", [
    "In 2019, the Kelvik harbour board got rid of the night toll on fishing boats.",
    "The pilots of Velden got together in the old customs house in May 2021.",
])
def test_verb_phrase_stated_by_one_verb(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the sentence states another deed of the board: doubling the toll is no getting rid of it
    "In 2020, the Ostvik harbour board got rid of the day toll on fishing boats.",
])
def test_phrase_alone_supports_nothing_else(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_phrase_words_in_a_row():
    vocab = vocabulary_for(Analyzer())
    # "got the boats rid of" is not "get rid of": its words are not in a row
    tokens = tuple(parse_text("The board got the boats rid of the toll.", vocab).tokens)
    assert "got" not in [tokens[i].word for i, _, _ in verb_phrase_spans(tokens)]
    # a clause break between the verb and its preposition: no phrase
    tokens = tuple(parse_text("The crews looked, for a while, calm.", vocab).tokens)
    assert verb_phrase_spans(tokens) == ()
    tokens = tuple(parse_text("The board got rid of the toll.", vocab).tokens)
    assert [(tokens[i].word, tokens[j].word) for i, j, _ in verb_phrase_spans(tokens)] \
        == [("got", "of")]
