"""A number that names something ("Decree 418", "Article 12") is an identifier, not a count:
two identifiers name two things (`qa.claims.identifiers`). The claims are about a small corpus
written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.identifiers import identifier
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["In March 2018 the harbour board unanimously adopted Decree 418 on night fishing.",
           "The ferry licence was renewed in May after a long debate.",
           "Some 300 boats were registered at the pier in 2019."]


@pytest.mark.parametrize("text, figure, named", [
    ("The board adopted Decree 418 in March.", "418", True),
    ("Article 12 of the charter sets the quota.", "12", True),
    ("Under Chapter 7, the council may act.", "7", True),
    ("Decree 2019 was adopted in March.", "2019", True),  # a year's digits, still a name
    # counts and dates: after a function word, a hedge, a month, an -ly adverb, a lower-case word
    ("In 2019 the board adopted a decree.", "2019", False),
    ("Nearly 300 boats were registered.", "300", False),
    ("Roughly 300 boats were registered.", "300", False),
    ("In March 2018 the board met.", "2018", False),
    ("The board registered 300 boats.", "300", False),
    ("Some 300 boats were registered.", "300", False),
    ("Since 2015 the board has held the licence.", "2015", False),
    ("Another 300 boats were registered.", "300", False),
])
def test_a_number_after_a_capitalised_noun_is_an_identifier(text, figure, named):
    vocab = vocabulary_for(Analyzer())
    parsed = parse(text, vocab)
    mention = next(m for m in parsed.mentions if figure in m.text)
    assert identifier(parsed, mention) == named


def test_another_identifier_is_another_thing_not_a_conflict(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    # "Decree 420" is not "Decree 418" stated wrongly: the sentence says nothing of it
    payload = check_in("The harbour board unanimously adopted Decree 420 on night fishing.")
    assert payload["verdict"] == "not_found", payload
    assert "420" in payload["unverified"]
    # the same identifier: supported
    assert check_in("The harbour board unanimously adopted Decree 418 on night fishing."
                    )["verdict"] == "supported"


def test_a_year_after_since_is_a_date_not_an_identifier(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS + [
        "Since 2017, the harbour board has held the ferry licence for the lake."])
    payload = check_in("Since 2015, the harbour board has held the ferry licence for the lake.")
    assert payload["verdict"] == "contradicted", payload


def test_a_count_stated_otherwise_still_contradicts(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    payload = check_in("Some 450 boats were registered at the pier in 2019.")
    assert payload["verdict"] == "contradicted", payload
