"""A judging verb's passive gives its subject an adjective as a copula does ("the water was
judged very poor by the inspectors" / "the water at the spring is very good"): the claim's
adjective reverses the sentence's (`predicated.copula_at`), even with words after it, so it
is not supported. The same judgement said the source's way stays supported. Invented
sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Although several skippers have told the board that the quality of the drinking water "
        "at the Velden spring is very good, the spring cannot supply the whole harbour.",
        "The Ostvik breakwater was rebuilt in 2031 after the winter storms.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The quality of the drinking water at the Velden spring was judged very poor by many "
    "skippers.",
    "The quality of the drinking water at the Velden spring was considered very poor by several "
    "skippers.",
])
def test_a_judged_adjective_reversing_the_source_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


def test_the_judgement_the_source_gives_stays_supported(harbour):
    assert verdict(harbour, "The quality of the drinking water at the Velden spring was judged "
                            "very good by several skippers.") == "supported"
