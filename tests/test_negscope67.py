"""A negation that belongs to another word than the predicate compared (`apposed_denial`,
`quantified_denial`, `relative_denial`): a true claim is not contradicted by a sentence that
states the negated word in another role, and the claim the other way round still is."""
import pytest

from tests.test_check import checker

TEXTS = [
    "In May, as the city council reopened the fish market, the harbour board closed the "
    "northern pier for repairs.",
    "The rowing clubs generally agreed that the new river timetable was fair.",
    "Two cargo barges sank in the autumn storm off Tarvel Point.",
    "The port authority said the insured ferries had stayed in the inner basin.",
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("negscope67"), "Harbour", TEXTS)


@pytest.mark.parametrize("claim, allowed", [
    # the "not" apposition sets the council aside from the closing only; the sentence names
    # the council as the subject of another clause
    ("The harbour board, not the city council, closed the northern pier.", {"supported",
                                                                          "not_found"}),
    ("The city council, not the harbour board, reopened the fish market.", {"supported",
                                                                           "not_found"}),
    # near miss: the party the sentence gives the deed is the one the claim sets aside
    ("The harbour board, not the city council, reopened the fish market.", {"contradicted",
                                                                           "not_found"}),
    # near miss: the sentence gives the deed to the very party the claim sets aside, so the
    # claim's other words stated must not support it (`vetoes.set_aside_party`)
    ("The city council, not the harbour board, closed the northern pier.", {"contradicted",
                                                                          "not_found"}),
    # "not all" denies the universal, not the agreement
    ("The rowing clubs did not all agree that the new river timetable was fair.",
     {"not_found", "supported"}),
    # near miss: a plain denial of the agreement is still a reversal
    ("The rowing clubs did not agree that the new river timetable was fair.",
     {"contradicted"}),
])
def test_negation_of_another_word(check, claim, allowed):
    assert check(claim)["verdict"] in allowed
