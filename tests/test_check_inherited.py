"""A year the sentence's date leaves to the frame its paragraph set (`qa.claims.inherited`):
"In March, ..." after "Earlier in 2019, ...". The claims are about small corpora written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.inherited import frame_year, frames
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

FRAMED = ("The ferry service to Lodwar, launched in 2009 by the port authority, is struggling. "
          "Earlier in 2019, two operators left the route. Meanwhile, Kestrel Lines is undecided. "
          "In March, it cut its winter sailings to Kalokol by half.")


def test_a_date_without_a_year_takes_the_year_of_the_frame_before_it(tmp_path):
    check_in = checker(tmp_path, "Ferries", [FRAMED] + OTHER_TOPICS)
    payload = check_in("Kestrel Lines cut its winter sailings to Kalokol by half in March 2019.")
    assert payload["verdict"] == "supported", payload
    top = payload["evidence"][0]
    assert "In March" in top["sentence"] and "2019" in top["states"]
    # the report says where the year comes from
    assert top["from_context"] == ['2019 (from "Earlier in 2019")']
    # another year is not stated (nor, from the frame alone, contradicted)
    other = check_in("Kestrel Lines cut its winter sailings to Kalokol by half in March 2018.")
    assert other["verdict"] == "not_found", other
    assert "2018" in other["unverified"]
    assert all("from_context" not in e for e in other["evidence"])


def test_a_year_that_dates_another_event_frames_nothing(tmp_path):
    # "launched in 2009" dates the launch; it is the last year before "In March"
    texts = ["The ferry service to Lodwar, launched in 2009 by the port authority, is "
             "struggling. In March, Kestrel Lines cut its winter sailings to Kalokol by half."]
    check_in = checker(tmp_path, "Ferries", texts + OTHER_TOPICS)
    for year in ("2009", "2019"):
        payload = check_in(f"Kestrel Lines cut its winter sailings to Kalokol by half in March "
                           f"{year}.")
        assert payload["verdict"] == "not_found", payload


def test_a_sentence_with_a_year_of_its_own_inherits_none(tmp_path):
    texts = ["Earlier in 2019, two operators left the route. In March, Kestrel Lines cut its "
             "winter sailings to Kalokol by half, as it had done in 2016."]
    check_in = checker(tmp_path, "Ferries", texts + OTHER_TOPICS)
    payload = check_in("Kestrel Lines cut its winter sailings to Kalokol by half in March 2019.")
    assert payload["verdict"] != "supported", payload


@pytest.mark.parametrize("opening, framing", [
    ("Earlier in ", True), ("On 4 May ", True), ("However, in early ", True), ("", True),
    ("The service, launched in ", False), ("By the end of ", False), ("Until ", False)])
def test_the_words_before_a_framing_year(opening, framing):
    assert frames(opening) is framing


def test_the_frame_is_the_nearest_sentence_before_that_mentions_a_year():
    vocab = vocabulary_for(Analyzer())
    passage = parse("In 2017, the quay opened. The service, launched in 2009, grew. "
                    "In March, it doubled.", vocab)
    # the nearest sentence with a year dates the launch without opening on it: no frame
    assert frame_year(parse("In March, it doubled.", vocab), passage) is None
    passage = parse("In 2017, the quay opened. It grew. In March, it doubled.", vocab)
    year, phrase = frame_year(parse("In March, it doubled.", vocab), passage)
    assert year.value == 2017 and phrase == "In 2017"


OWNED = ["The fleet relies on Kestrel Logistics, a Norwegian shipping company, for its fuel.",
         "The port authority opened a second quay in 2019.",
         "Secondly, Kestrel Logistics has been carrying grain to Lodwar since March 2020."]


def test_a_country_owning_a_name_is_checked_in_the_whole_document(tmp_path):
    check_in = checker(tmp_path, "Harbour", OWNED + OTHER_TOPICS)
    payload = check_in("Norway's Kestrel Logistics has been carrying grain to Lodwar since "
                       "March 2020.")
    assert payload["verdict"] == "supported", payload
    top = payload["evidence"][0]
    assert "since March 2020" in top["sentence"]
    assert top["from_context"] == ['Norway (from "Kestrel Logistics, a Norwegian")']
    # a country the document never puts beside the name is still a fact the claim adds
    other = check_in("Sweden's Kestrel Logistics has been carrying grain to Lodwar since "
                     "March 2020.")
    assert other["verdict"] == "not_found" and "Sweden" in other["unverified"], other


LOOKED_BACK = ("The ferry service to Lodwar, launched in 2009 by the port authority, is "
               "struggling. On 4 October, Kestrel Lines told the port that it will stop its "
               "sailings to Kalokol. On 19 October, Tern Ferries followed, although it will "
               "keep one boat until June 2021. Later in 2019, two operators left the route.")


def test_a_date_told_before_a_frame_that_looks_back_takes_its_year(tmp_path):
    # "Later in 2019" (or "Earlier in 2019") places the story told before it in 2019
    check_in = checker(tmp_path, "Ferries", [LOOKED_BACK] + OTHER_TOPICS)
    payload = check_in("On 4 October 2019, Kestrel Lines told the port it would stop its "
                       "sailings to Kalokol.")
    assert payload["verdict"] == "supported", payload
    assert payload["evidence"][0]["from_context"] == ['2019 (from "Later in 2019")']
    for year in ("2018", "2020"):
        other = check_in(f"On 4 October {year}, Kestrel Lines told the port it would stop its "
                         "sailings to Kalokol.")
        assert other["verdict"] == "not_found" and year in other["unverified"], other


def test_a_frame_after_that_opens_a_year_of_its_own_dates_nothing_before_it(tmp_path):
    texts = [LOOKED_BACK.replace("Later in 2019", "In 2019")]
    check_in = checker(tmp_path, "Ferries", texts + OTHER_TOPICS)
    payload = check_in("On 4 October 2019, Kestrel Lines told the port it would stop its "
                       "sailings to Kalokol.")
    assert payload["verdict"] == "not_found", payload
    # nor past another frame between: "In 2017, ..." starts another time
    texts = [LOOKED_BACK.replace("On 19 October, Tern", "In 2017, Tern")]
    (tmp_path / "between").mkdir()
    check_in = checker(tmp_path / "between", "Ferries", texts + OTHER_TOPICS)
    payload = check_in("On 4 October 2019, Kestrel Lines told the port it would stop its "
                       "sailings to Kalokol.")
    assert payload["verdict"] == "not_found", payload
