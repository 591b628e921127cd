"""Reworded predicates of true claims (round 71, branch recall76).

A claim's past verb, or a verb completing another, stated by the noun of the act (or the verb)
WordNet derives from one of its paraphrases, in the verb's place ("paused work" /
"suspended the operations": pause -> suspension -> suspend; "let them land" / "permission to
land", `qa.claims.paraphrase_nouns`): before, the verb was left unstated, a support veto for an
untold deed fired, and the true claim was not found. Near misses (the reverse deed, another
deed in the verb's place) stay unsupported.

Invented sentences."""
import pytest

from qa.claims.paraphrase import paraphrases
from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "Relations between the harbour guild and Norvik soured over the winter, and in May 2031 the "
    "guild called for the expulsion of Norvik from the fisheries board.",
    "In August the Ostvik cooperative suspended the operations of its trawler crews, pointing "
    "to the sinking of two boats near Kallo.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("recall76"), "Norvik fisheries", TEXTS)


@pytest.mark.parametrize("claim", [
    "In August the Ostvik cooperative paused work by its trawler crews after two boats sank "
    "near Kallo.",
])
def test_a_verb_stated_by_the_derived_form_of_a_paraphrase(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    # the reverse deed
    "In August the Ostvik cooperative resumed the work of its trawler crews after two boats "
    "near Kallo.",
    # another deed in the verb's place
    "In August the Ostvik cooperative praised the work of its trawler crews after two boats "
    "near Kallo.",
    "In May 2031 the harbour guild pressed for Norvik to be thanked by the fisheries board.",
])
def test_near_misses_stay_unsupported(check, claim):
    assert check(claim)["verdict"] != "supported"


def test_the_derived_forms_leave_out_persons_and_qualifiers():
    from qa.claims.paraphrase_nouns import derived_paraphrases
    derived = derived_paraphrases(paraphrases("allowing"))
    assert "permission" in derived
    assert "lessee" not in derived  # a person: a participant, not the deed
    assert "permissive" not in derived  # an adjective: it qualifies a noun
    assert not derived & paraphrases("allowing")  # those are `paraphrase`'s
