"""A sentence opening on an offset ("Three days later", "A month earlier", "The next day") is
read with the date it reckons from the one date of the sentence before (`qa.claims.reckoned`);
"a second offer" is an ordinal, not a span of one second. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.reckoned import moved_date, opening_offset
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def dispute(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "On 3 March 2019, the dock workers' union of Valmora called a strike over unpaid "
        "wages. Two weeks later, the port authority agreed to pay half of the arrears.",
        "The regional court ruled on the case in June 2020. A month earlier, the union had "
        "rejected a second offer from the authority.",
        "In 2015 the city council bought the old grain terminal. Three years later, the "
        "council sold the terminal to a shipping company from Oslo.",
        "The ferry service to the islands was suspended on 28 December 2021. The next day, the "
        "mayor of Valmora promised to restore it within a week.",
        "Inspectors visited the terminal on 12 April and 19 April. A week later, the authority "
        "closed the western pier.")


@pytest.mark.parametrize("claim, verdict", [
    ("The port authority agreed to pay half of the arrears on 17 March 2019.", "supported"),
    ("The port authority agreed to pay half of the arrears on 24 March 2019.", "contradicted"),
    ("The union rejected a second offer from the authority in May 2020.", "supported"),
    ("The union rejected a second offer from the authority in April 2020.", "contradicted"),
    ("On 29 December 2021, the mayor of Valmora promised to restore the ferry service.",
     "supported"),
    ("On 30 December 2021, the mayor of Valmora promised to restore the ferry service.",
     "contradicted"),
])
def test_a_reckoned_date_states_or_contradicts(dispute, claim, verdict):
    assert check(dispute, claim).verdict == verdict


def test_a_conflict_shows_the_reckoning(dispute):
    result = check(dispute, "The port authority agreed to pay half of the arrears on "
                            "24 March 2019.")
    shown = [c.source for e in result.evidence for c in e.conflicts]
    assert '17 March 2019 ("Two weeks later", from 3 March 2019)' in shown


def test_two_dates_before_leave_the_anchor_in_doubt(dispute):
    """"on 12 April and 19 April. A week later": which visit it counts from is not said."""
    result = check(dispute, "The authority closed the western pier on 19 April.")
    assert result.verdict != "contradicted"


def test_a_claim_with_its_own_offset_reads_the_dates_as_written(dispute):
    """The claim dates its first event and places the second from it: its 3 March is the
    strike's, not the agreement's."""
    result = check(dispute, "The dock workers' union called a strike on 3 March 2019, and two "
                            "weeks later the port authority agreed to pay half of the arrears.")
    assert result.verdict == "supported"


@pytest.mark.parametrize("sentence, found", [
    ("Three days later, the council met.", (3, "day", 1)),
    ("But a month earlier, the union left.", (1, "month", -1)),
    ("A week after that, the pier closed.", (1, "week", 1)),
    ("The next day, the mayor spoke.", (1, "day", 1)),
    ("On the same day, the mayor spoke.", (0, "day", 1)),
    ("Later that year, the pier closed.", (0, "year", 1)),
    ("That month, the union left.", (0, "month", 1)),
    ("That year of strikes ended badly.", None),
    # not opening the sentence, counted from another event, or hedged: no date is reckoned
    ("The council met three days later.", None),
    ("Two weeks after the vote, the pier closed.", None),
    ("About a month later, the union left.", None),
])
def test_an_opening_offset_is_read(sentence, found):
    read = opening_offset(parse(sentence, VOCAB))
    assert (read[:3] if read else None) == found


@pytest.mark.parametrize("anchor, span, unit, way, moved", [
    ((28, 12, 2021), 1, "day", 1, (29, 12, 2021)),
    ((28, 12, 2021), 1, "week", 1, (4, 1, 2022)),
    ((0, 1, 2022), 1, "month", -1, (0, 12, 2021)),
    ((11, 11, 0), 3, "day", 1, (14, 11, 0)),
    ((0, 7, 2013), 2, "year", 1, (0, 0, 2015)),
    ((14, 7, 2013), 0, "month", 1, (0, 7, 2013)),
    # the part the unit moves is not given: nothing is reckoned
    ((0, 6, 2020), 3, "day", 1, None),
    ((0, 6, 0), 2, "year", 1, None),
])
def test_a_date_is_moved_as_far_as_the_offset_fixes_it(anchor, span, unit, way, moved):
    assert moved_date(anchor, span, unit, way) == moved


def test_a_second_before_a_noun_is_the_ordinal():
    mentions = parse("The union rejected a second offer.", VOCAB).mentions
    assert [(m.family, m.value) for m in mentions] == [("ordinal", 2)]
    assert any(m.family == "count" and m.unit == "second"
               for m in parse("A second later, it rang.", VOCAB).mentions)


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The storm flooded the lower town on 9 October 2017. The same day, the council "
        "closed the harbour to all shipping.",
        "In 2012 the guild elected its first woman president. That year, the port also "
        "opened a second container terminal.")


@pytest.mark.parametrize("claim, verdict", [
    ("On 9 October 2017, the council closed the harbour to all shipping.", "supported"),
    ("On 10 October 2017, the council closed the harbour to all shipping.", "contradicted"),
    ("The port opened a second container terminal in 2012.", "supported"),
    ("The port opened a second container terminal in 2014.", "contradicted"),
])
def test_the_same_day_or_year_is_the_date_before(council, claim, verdict):
    assert check(council, claim).verdict == verdict
