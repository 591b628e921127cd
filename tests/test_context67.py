"""A month's year that the paragraph before, under the same heading, sets
(`qa.claims.carried_year`): "in May" after a paragraph that closed on "Later in 2031, ..."
is May 2031, for support only. Not when the passage itself names another year before the
sentence, not from a year the paragraph before gives as a side date, and never another year
than the claim's. A year the sentence gives only to a limit ("until March 2033") neither
keeps the frame's year from its day and month nor dates them (`qa.claims.limits`,
`qa.claims.split_dates`). Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Velm harbour board has managed the northern ports for decades and reports on "
        "them every spring. Later in 2031, Orsk and Tamsby said they would leave the ferry "
        "alliance that the board had formed with them.",
        "The quarrel over the alliance grew worse over the following months. The board "
        "closed the northern quay of Velm in May, citing damage from the winter storms.",
        "The pilots' guild, founded in 2012 by the dockers of Orsk, has long argued with the "
        "board over fees and the rota of night crossings.",
        "The guild's complaints reached the council of Tamsby as well. The board raised "
        "the berthing fees for fishing boats in June, after months of talks.",
        "The board also kept a fleet of tugs at Tamsby for the larger ships that call there. "
        "For instance, in 2029, it dredged the Tamsby channel for the new tankers. In "
        "October, the board sold two of its tugs to a shipyard in Orsk.",
        "The ferry alliance lost its third member soon after. Earlier in 2031, Brenna had "
        "voted to stay. On 14 November, Brenna announced its decision to leave the ferry "
        "alliance, though its mayor said the ferries would keep running until March 2033.")


def test_a_month_takes_the_year_the_paragraph_before_sets(harbour):
    result = check(harbour, "The board closed the northern quay of Velm in May 2031.")
    assert result.verdict == "supported"


def test_the_same_month_in_another_year_is_not_supported(harbour):
    result = check(harbour, "The board closed the northern quay of Velm in May 2030.")
    assert result.verdict != "supported"


def test_a_side_date_of_the_paragraph_before_sets_no_year(harbour):
    result = check(harbour, "The board raised the berthing fees for fishing boats in June 2012.")
    assert result.verdict != "supported"


def test_a_year_the_passage_names_first_blocks_the_carried_one(harbour):
    result = check(harbour, "In October 2031, the board sold two of its tugs to a shipyard in "
                            "Orsk.")
    assert result.verdict != "supported"


def test_a_limit_year_leaves_the_frame_year_to_the_sentence(harbour):
    result = check(harbour, "On 14 November 2031, Brenna announced its decision to leave the "
                            "ferry alliance.")
    assert result.verdict == "supported"


def test_the_limit_year_does_not_date_the_day(harbour):
    result = check(harbour, "On 14 November 2033, Brenna announced its decision to leave the "
                            "ferry alliance.")
    assert result.verdict != "supported"


def test_the_limit_date_dates_no_deed(harbour):
    result = check(harbour, "In March 2033, Brenna announced its decision to leave the ferry "
                            "alliance.")
    assert result.verdict != "supported"
