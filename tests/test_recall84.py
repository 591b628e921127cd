"""A year that ends a state sets no year for the month told after it (`limits.off_story`,
`qa.claims.inherited`): "since May 2029" says where a state began, "until May 2031" how long
it lasts; neither is the year of the "In September, ..." that follows. The claims are about
small corpora written here."""
import pytest

from qa.claims.limits import off_story
from tests.test_check import OTHER_TOPICS, checker

FRAME = ("Earlier in 2030, the Velm and Orsk guilds said they would leave the harbour "
         "compact before the end of 2031. ")
SINCE_CLAUSE = ("Tarvik's dealings with its river neighbours have stayed strained ever since the "
                "council seized the port in May 2028. ")
SINCE_DATE = "The Saltmarsh Company has been dredging the channel since December 2027. "
UNTIL = "The Orsk guild said it would keep a crew at the quay until May 2032. "
EVENT = "In September, the Tarvik harbour master closed the north quay to foreign barges."
CLAIM = "In September 2030, the Tarvik harbour master closed the north quay to foreign barges."


@pytest.mark.parametrize("between", [SINCE_CLAUSE, SINCE_DATE, UNTIL, SINCE_CLAUSE + UNTIL])
def test_a_year_that_ends_a_state_leaves_the_frame_to_the_month_after_it(tmp_path, between):
    check_in = checker(tmp_path, "Harbour", [FRAME + between + EVENT] + OTHER_TOPICS)
    payload = check_in(CLAIM)
    assert payload["verdict"] == "supported", payload
    assert payload["evidence"][0]["from_context"] == ['2030 (from "Earlier in 2030")']
    # the state's own year is not the month's, nor is any other
    for year in ("2028", "2027", "2029"):
        other = check_in(CLAIM.replace("2030", year))
        assert other["verdict"] == "not_found", (year, other)


def test_the_frame_reaches_over_the_paragraph_break_past_a_state_start(tmp_path):
    texts = [FRAME + UNTIL.strip() + "\n\n" + SINCE_CLAUSE + SINCE_DATE + EVENT] + OTHER_TOPICS
    check_in = checker(tmp_path, "Harbour", texts)
    assert check_in(CLAIM)["verdict"] == "supported"


def test_a_year_that_dates_an_event_still_frames_its_own_time(tmp_path):
    # "In 2028, the council seized the port": an event, the last year before "In September"
    texts = [FRAME + "In 2028, the council seized the port of Tarvik. " + EVENT] + OTHER_TOPICS
    check_in = checker(tmp_path, "Harbour", texts)
    assert check_in(CLAIM)["verdict"] == "not_found"
    assert check_in(CLAIM.replace("2030", "2028"))["verdict"] == "supported"


@pytest.mark.parametrize("before, ends", [
    ("have stayed strained ever since the council seized the port in May ", True),
    ("has been dredging the channel since December ", True),
    ("since ", True),
    ("would keep a crew there until May ", True),
    ("did not open the quay until May ", False),  # dates the opening
    ("since the quay closed, and in May ", False),  # a clause break: another time
    ("since the guild left and then in May ", False),
    ("the council seized the port in May ", False)])
def test_the_ends_of_a_state(before, ends):
    assert off_story(before + "2028.", len(before)) is ends
