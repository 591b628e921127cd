"""`qa check` does not call a claim about what came of a request supported by a sentence that
tells the request alone (`qa.claims.reaction`). Each test writes a small corpus of its own."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = ["The harbour minister, Ada Lowe, recently requested the regional assembly to consider the "
         "creation of a coastal rescue fleet for the northern dock."] + OTHER_TOPICS


@pytest.mark.parametrize("claim", [
    "The regional assembly turned down Ada Lowe's request for a coastal rescue fleet for the "
    "northern dock.",
    "The creation of the coastal rescue fleet requested by Ada Lowe was approved by the regional "
    "assembly.",
])
def test_what_came_of_a_request_is_not_the_request(tmp_path, claim):
    payload = checker(tmp_path, "Fleet", TEXTS)(claim)
    assert payload["verdict"] != "supported", payload


def test_the_request_itself_stays_supported(tmp_path):
    payload = checker(tmp_path, "Fleet", TEXTS)(
        "Ada Lowe requested the creation of a coastal rescue fleet for the northern dock from the "
        "regional assembly.")
    assert payload["verdict"] == "supported", payload


def test_a_sentence_stating_the_claims_predicate_is_not_a_request_alone(tmp_path):
    # the sentence tells the request and what came of it: the claim's "approved" is stated
    texts = ["The regional assembly approved the coastal rescue fleet for the northern dock that "
             "the harbour minister, Ada Lowe, had requested."] + OTHER_TOPICS
    payload = checker(tmp_path, "Fleet", texts)(
        "The coastal rescue fleet requested by Ada Lowe was approved by the regional assembly.")
    assert payload["verdict"] == "supported", payload
