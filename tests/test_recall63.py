"""True claims called not_found: a lead-in before a colon ("Ferries are old hat here: ...",
"Yes, the backlog was stark: ...") sums the fact up in the writer's words, which no report
uses, and weighed with the rest they kept the stated fact after the colon from being found.
`check.check` now reads the clause after the colon alone when the claim is not found and
its lead-in holds no fact (`qa.claims.lead_in`), and takes that reading only when it is a
support. The texts are invented here."""
import pytest

from qa.claims.check import check, has_verb
from qa.claims.lead_in import elaboration
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Something similar happened before: in May 2014, the Ostvik ferry line took over from a "
        "private shuttle service that had begun sailing to Brenna eight months earlier.",
        "Last winter, the northern quays handled 71 percent of all cargo delays at the port, "
        "but the harbour board kept only 12 percent of its cranes there.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    "Ferry takeovers are old hat here: in May 2014, the Ostvik ferry line took over from a "
    "private shuttle service that had begun sailing to Brenna eight months earlier.",
    "Yes, the imbalance was glaring: last winter, the northern quays handled 71 percent of "
    "all cargo delays at the port, but the harbour board kept only 12 percent of its cranes "
    "there.",
])
def test_the_fact_after_a_lead_in_is_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the fact after the colon told wrongly: the lead-in lends it nothing
    "Ferry takeovers are old hat here: in May 2014, the Ostvik ferry line took over from a "
    "private shuttle service that had begun sailing to Brenna two years earlier.",
    # a lead-in that holds a fact (a date, a name) is the claim's, not a summary
    "In 2019 the board said so: the northern quays handled 71 percent of all cargo delays at "
    "the port last winter.",
])
def test_a_lead_in_with_a_fact_or_a_wrong_core_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_only_a_short_lead_in_without_a_fact_is_set_aside():
    core = "in May 2014, the ferry line took over from a private shuttle service."
    assert elaboration("Takeovers are old hat here: " + core, has_verb) \
        == "In May 2014, the ferry line took over from a private shuttle service."
    # a lexical verb tells an event, which may be the claim's own fact; a label judges nothing
    for lead in ("The ferrymen feared the storms", "Here lies the catch", "Fun fact",
                 "The Ostvik board admits it", "In 2019 the board said so",
                 "Two ferries were late", "The board, which had long argued against any "
                 "change to the timetable, finally conceded"):
        assert elaboration(lead + ": " + core, has_verb) is None
    assert elaboration("No colon here, the ferry line took over.", has_verb) is None
    assert elaboration("The timetable: 10:30 daily.", has_verb) is None
