"""A figure said to be exact ("exactly three options", "precisely 1,200 sailors"): the word
marks the exactness every bare figure already has (`qa.claims.hedges.exact_terms`), so a
sentence giving the bare figure states it, and one giving another figure contradicts it. The
claims are about a small corpus written here."""
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The audit, sent to the harbour board in March 2021, offered three plans for "
           "rebuilding the northern quay."]


def test_exactly_a_figure_is_stated_by_the_figure(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    for word in ("exactly", "precisely"):
        payload = check_in(f"The audit sent to the harbour board in March 2021 offered {word} "
                           "three plans for rebuilding the northern quay.")
        assert payload["verdict"] == "supported", payload
    other = check_in("The audit sent to the harbour board in March 2021 offered exactly four "
                     "plans for rebuilding the northern quay.")
    assert other["verdict"] == "contradicted", other


def test_exactly_is_no_support_against_a_hedged_figure(tmp_path):
    texts = ["The audit, sent to the harbour board in March 2021, offered about three plans "
             "for rebuilding the northern quay."]
    check_in = checker(tmp_path, "Harbour", texts + OTHER_TOPICS)
    payload = check_in("The audit sent to the harbour board in March 2021 offered exactly "
                       "three plans for rebuilding the northern quay.")
    assert payload["verdict"] != "supported", payload
