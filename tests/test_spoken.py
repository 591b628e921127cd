"""Figures and dates as people say them ("thirteen thousand", "twenty twenty-three", "November
the eleventh") are read as the figures and dates they are, in claims, passages and questions
(`qa.text.spoken`); number words that are no figure stay words. Sentences invented here."""
import json

import pytest

from qa.claims.facts import numbers
from qa.text.spoken import written_figures
from tests.test_check import OTHER_TOPICS, checker, run


@pytest.mark.parametrize("said, written", [
    ("Thirteen thousand people marched.", "13,000 people marched."),
    ("Nearly thirteen thousand people marched.", "Nearly 13,000 people marched."),
    ("Thirteen thousand two hundred people marched.", "13,200 people marched."),
    ("The plan costs one point two million pounds.", "The plan costs 1.2 million pounds."),
    ("Two and a half million people voted.", "2.5 million people voted."),
    ("The fund holds three point seven five billion dollars.",
     "The fund holds 3.75 billion dollars."),
    ("Turnout fell to twenty per cent, then twenty-two percent.",
     "Turnout fell to 20 per cent, then 22 percent."),
    ("Inflation hit four point five per cent.", "Inflation hit 4.5 per cent."),
    ("The mill cut three hundred and fifty jobs, a hundred of them in May.",
     "The mill cut 350 jobs, 100 of them in May."),
    ("A million visitors came.", "1 million visitors came."),
    ("Nearly half a million fled; a quarter of a million stayed.",
     "Nearly 500,000 fled; 250,000 stayed."),
    ("Three quarters of a billion dollars vanished.", "750 million dollars vanished."),
    ("The flood was a $125 billion lesson.", "The flood was a $125 billion lesson."),
    # years in two halves, a century's thousands, "oh"; hyphenated or not, any case
    ("The pier opened in nineteen ninety-nine and shut in Twenty Twenty-Three.",
     "The pier opened in 1999 and shut in 2023."),
    ("The levy began in two thousand and thirteen.", "The levy began in 2013."),
    ("The levy began in the year twenty-twelve.", "The levy began in the year 2012."),
    ("The mill opened in nineteen oh five.", "The mill opened in 1905."),
    # a count before a noun is a count, not a year
    ("Some two thousand and thirteen boats docked.", "Some 2,013 boats docked."),
    # decades
    ("Rents rose in the twenty-tens and fell in the nineteen nineties.",
     "Rents rose in the 2010s and fell in the 1990s."),
    ("Rents rose in the eighties.", "Rents rose in the 1980s."),
    ("Rents rose in the early nineties and the late twenty-tens.",
     "Rents rose in the early 1990s and the late 2010s."),
    # "two thousand" is the year 2000 after "in", "since", "the year", with no noun after it
    ("The pier opened in two thousand.", "The pier opened in 2000."),
    ("They live in two thousand homes; he won by two thousand votes.",
     "They live in 2,000 homes; he won by 2,000 votes."),
    # days of a month said with their ordinal
    ("The strike began on November the eleventh.", "The strike began on 11 November."),
    ("The strike began on the twenty-first of June.", "The strike began on 21 June."),
    ("The strike began on June twenty-first.", "The strike began on 21 June."),
])
def test_figures_as_said_are_written(said, written):
    assert written_figures(said) == written


@pytest.mark.parametrize("text", [
    "One of the boats sank.",
    "A number of boats sank, and five more were lost.",
    "It is the second-largest port.",
    "The mayor may resign before May.",
    "Hundreds of people and a dozen boats were there.",
    "Dozens of men in their nineties.",
    "The ferry leaves at eleven thirty.",
    "Two and a half years later the pier shut.",  # the fact reader's measure and a half
    "The strike began on the 11th.",
])
def test_words_that_are_no_spoken_figure_stay(text):
    assert written_figures(text) == text


@pytest.mark.parametrize("text, family, value, day", [
    ("The pier opened in nineteen ninety-nine.", "year", 1999, 0),
    ("The pier opened in twenty twenty-three.", "year", 2023, 0),
    ("The pier opened in the twenty-tens.", "year", 2010, 0),
    ("The pier opened on November the eleventh.", "month", 11, 11),
    ("The pier cost one point two million dollars.", "amount", 1_200_000, 0),
    ("Two and a half million people came.", "count", 2_500_000, 0),
    ("One in five boats sank.", "percent", 20, 0),
    ("Nine out of ten boats sank.", "percent", 90, 0),
])
def test_a_passage_states_the_figure_said(text, family, value, day):
    found = numbers(text)
    assert [(m.family, m.value, m.day) for m in found] == [(family, value, day)]
    assert text[found[0].start:found[0].end] == found[0].text  # its place as said


BULLETIN = ("Police said 13,200 people joined the march through Westhaven on 11 November "
            "2023, the largest protest in the port since 1999.")
HARBOUR = "The harbour board approved a budget of 1.2 million dollars in 2013."
SMOKERS = "A survey found that 20 percent of the port's workers smoke."


@pytest.mark.parametrize("texts, claim, verdict", [
    ([BULLETIN], "Thirteen thousand two hundred people joined the march through Westhaven.",
     "supported"),
    ([BULLETIN], "More than thirteen thousand people joined the march through Westhaven.",
     "supported"),
    ([BULLETIN], "Fifteen thousand people joined the march through Westhaven.", "contradicted"),
    ([BULLETIN], "People joined the march through Westhaven on November the eleventh, "
                 "twenty twenty-three.", "supported"),
    ([BULLETIN], "People joined the march through Westhaven on the twelfth of November.",
     "contradicted"),
    ([BULLETIN], "The march was the largest protest in the port since nineteen ninety-nine.",
     "supported"),
    ([HARBOUR], "The harbour board approved a budget of one point two million dollars.",
     "supported"),
    ([HARBOUR], "The harbour board approved a budget of two point five million dollars.",
     "contradicted"),
    ([HARBOUR], "The harbour board approved its budget in two thousand and thirteen.",
     "supported"),
    ([SMOKERS], "A survey found that one in five of the port's workers smoke.", "supported"),
])
def test_claims_as_said_on_a_one_document_corpus(tmp_path, texts, claim, verdict):
    assert checker(tmp_path, "Westhaven", texts + OTHER_TOPICS)(claim)["verdict"] == verdict


@pytest.mark.parametrize("text, found", [
    ("The scheme costs £200m.", [("amount", 200_000_000)]),
    ("The fund raised $1.2bn.", [("amount", 1_200_000_000)]),
    ("Exports reached 3bn tonnes.", [("count", 3_000_000_000)]),
    ("They paid $40k.", [("amount", 40_000)]),
    # "m" and "k" without a currency are metres and kilometres
    ("A 5m wall and a 5k run.", []),
])
def test_a_scale_written_as_a_suffix(text, found):
    assert [(m.family, m.value) for m in numbers(text)] == found


LOWFORD = ["Thousands of people were evacuated from Lowford after the dam failed.",
           "Dozens of boats were lost in the storm."]


@pytest.mark.parametrize("claim, verdict", [
    # an order of magnitude holds the figures of its order up to a hundred times it
    ("Hundreds of people were evacuated from Riverton.", "contradicted"),
    ("Thousands of people were evacuated from Riverton.", "supported"),
    ("Tens of thousands of people were evacuated from Riverton.", "supported"),
    ("Millions of people were evacuated from Riverton.", "contradicted"),
])
def test_an_order_of_magnitude_against_a_figure(tmp_path, claim, verdict):
    texts = ["Some 13,200 people were evacuated from Riverton after the river burst its banks."]
    assert checker(tmp_path, "Riverton", texts + OTHER_TOPICS)(claim)["verdict"] == verdict


@pytest.mark.parametrize("claim, verdict", [
    # another order is stated by none, and denied by none: "not seen for millions of years"
    # is said of what "hundreds of thousands of years" measured
    ("Hundreds of people were evacuated from Lowford after the dam failed.", "not_found"),
    ("Thousands of people were evacuated from Lowford after the dam failed.", "supported"),
    # a figure more precise than the passage's order is not stated, nor denied
    ("Thirteen thousand people were evacuated from Lowford after the dam failed.", "not_found"),
    ("Forty-two boats were lost in the storm.", "not_found"),
    ("Dozens of boats were lost in the storm.", "supported"),
])
def test_a_passage_that_gives_an_order_of_magnitude(tmp_path, claim, verdict):
    assert checker(tmp_path, "Lowford", LOWFORD + OTHER_TOPICS)(claim)["verdict"] == verdict


def test_a_question_with_a_figure_said_finds_the_figure_written(tmp_path):
    folder = tmp_path / "march"
    folder.mkdir()
    (folder / "doc.txt").write_text(
        "March\n\nThe organisers counted 13,000 on the day.\n\n"
        "People may join the march at the harbour.\n\n"
        "The harbour opens at dawn.\n",
        encoding="utf-8")
    found = json.loads(run("ask", "Did thirteen thousand join the march?", "--json",
                           "--corpus", folder, "--index", tmp_path / "index").stdout)
    assert any("13,000" in r["text"] for r in found["results"])
