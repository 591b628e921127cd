"""A claim's opening "Following the 2014 licence," stated by the paragraph: a sentence that
opens on "As a result" goes on from the event the paragraph dated before it; an adjunct before
the thing, another year, or a thing the dated sentence does not name stays unstated."""
from tests.test_check import checker

HARBOUR = [
    "The ferry service was in trouble. Hence, on 12 May 2014 the harbour council renewed and "
    "amended the ferry licence by adopting Decision 7. Notably, the council asked the operator "
    "to serve the outer islands beyond the two main ports. As a result, over 60 per cent of "
    "all ferry crews are now based on the outer islands.",
    "Grain prices at the harbour rose after the floods.",
]


def test_an_opening_after_a_dated_thing_is_left_to_the_paragraph(tmp_path):
    check = checker(tmp_path, "Harbour", HARBOUR)
    verdict = lambda claim: check(claim)["verdict"]
    assert verdict("Following the 2014 licence, more than 60 per cent of all ferry crews were "
                   "based on the outer islands.") == "supported"
    assert verdict("After the 2014 licence, more than 60 per cent of all ferry crews were "
                   "based on the outer islands.") == "supported"
    for claim in ("Following the 2015 licence, more than 60 per cent of all ferry crews were "
                  "based on the outer islands.",
                  "Before the 2014 licence, more than 60 per cent of all ferry crews were "
                  "based on the outer islands.",
                  "Following the 2014 tender, more than 60 per cent of all ferry crews were "
                  "based on the outer islands."):
        assert verdict(claim) != "supported", claim
