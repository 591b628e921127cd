"""True claims told across two neighbouring sentences (round 37): two coordinated clauses,
each told by one sentence ("X, whereas Y" / "X." then "Y."), though neither sentence refers
back to the other; a year naming a thing ("the board's 2021 report") or a date of an opening
"Following ..." phrase, which belongs to no verb of the other sentence; "a month before
that", an adverb of order referring back, read like "a month earlier"."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The quays are crowded in summer. Many shipping lines have hired pilots who lack "
        "training in night navigation. Relatively few dockers in Kerrow speak Danish, "
        "complicating relations with the crews as well as with the customs officers. The "
        "harbour master has asked for more interpreters.",
        "The board's inspectors have often criticised the dockers, as its 2019 report on the "
        "quays did. For example, in 2021, it "
        "published a report that the dockers' new cranes at Kerrow had damaged nine fishing "
        "boats. The "
        "dockers' union and the port police joined forces to reject the findings, dismissing "
        "the board's report but allowing its inspectors to continue working.",
        "On 3 May 2022, after eleven years of service, the guild requested the immediate "
        "closure of the northern quay. Following the guild's request, the harbour board ended "
        "the lease on 20 May and decided that the quay would be emptied by August 2022.",
        "Relations with the guild soured, particularly in March 2022, when the board raised "
        "the mooring fees in response to the guild's refusal to dredge the channel. A month "
        "earlier, port officials had expelled the guild's inspector from Kerrow.")


@pytest.mark.parametrize("claim, verdict", [
    # each clause told by one sentence, joined by "whereas" (a word neither sentence says)
    ("Pilots lacking training in night navigation were engaged by many shipping lines, whereas "
     "Danish is spoken by relatively few dockers in Kerrow.", "supported"),
    # a word of cause relates the two clauses, which neither sentence states
    ("Pilots lacking training in night navigation were engaged by many shipping lines, since "
     "Danish is spoken by relatively few dockers in Kerrow.", "not_found"),
])
def test_coordinated_clauses(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_year_naming_a_thing_is_lent_by_no_verb(harbour):
    """"the board's 2021 report": the year says which report, not when it was dismissed."""
    result = check(harbour, "The dockers' union dismissed the board's 2021 report that the new "
                            "cranes at Kerrow damaged nine fishing boats, yet allowed its "
                            "inspectors to keep working.")
    assert result.verdict == "supported"


def test_date_of_an_opening_following_phrase(harbour):
    """The date of "Following the request of 3 May" is the request's, which the first sentence
    dates; the second sentence tells the ending."""
    result = check(harbour, "Following the guild's request of 3 May 2022 for the immediate "
                            "closure of the northern quay, the harbour board ended the lease on "
                            "20 May.")
    assert result.verdict == "supported"


@pytest.mark.parametrize("claim, verdict", [
    ("The board raised the mooring fees in March 2022, and a month before that the port "
     "officials had expelled the guild's inspector.", "supported"),
    ("The board raised the mooring fees in March 2022, and a month after that the port "
     "officials had expelled the guild's inspector.", "contradicted"),
])
def test_before_that_refers_back(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_clause_opening_on_a_relation_is_no_coordination(harbour):
    """"and as a consequence": the second clause is set after the first as its effect, which
    neither sentence states (test_check_joined's strike and tourists too)."""
    claim = ("Many shipping lines engaged pilots who lack training in night navigation, and as a "
             "consequence Danish is spoken by relatively few dockers in Kerrow.")
    assert check(harbour, claim).verdict == "not_found"
