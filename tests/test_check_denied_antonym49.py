"""An antonym the sentence denies is no reversal of the claim's word, nor support for it:
"excluded the guild" against "did not include the guild" is not contradicted (it is nearly
the claim again), and "decreased the fares" against "did not increase the fares" is not
supported (it says neither); two denials of opposite words ("did not exclude" / "did not
include") are no support either."""
from tests.test_check import checker

HARBOUR = [
    "The harbour council did not increase the ferry fares in 2019.",
    "The port authority did not include the fishing guild in the talks on the new pier.",
    "Grain prices at the harbour rose after the floods.",
]


def test_a_denied_antonym_neither_reverses_nor_states(tmp_path):
    check = checker(tmp_path, "Harbour", HARBOUR)
    verdict = lambda claim: check(claim)["verdict"]
    assert verdict("The port authority excluded the fishing guild from the talks on the new "
                   "pier.") == "not_found"
    assert verdict("The port authority did not exclude the fishing guild from the talks on the "
                   "new pier.") == "not_found"
    assert verdict("The harbour council decreased the ferry fares in 2019.") == "not_found"
    # the sentence's own word, affirmed or denied, as before
    assert verdict("The port authority included the fishing guild in the talks on the new "
                   "pier.") == "contradicted"
    assert verdict("The harbour council increased the ferry fares in 2019.") == "contradicted"
    assert verdict("The harbour council did not increase the ferry fares in 2019.") == "supported"
