"""Wrong supports of a deed the sentence writes only as the aim of a verb it denies ("never
took steps to close": `denied_aim`), and of a claim's subject that the sentence makes the
patient of a passive of the claim's verb ("was merged into": `subject_acted_on`), each with
the same deed the sentence does tell, which must stay supported. Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Successive port bylaws have slowly made the Velden harbour code stricter, but they "
        "never took steps to ban diesel trawlers from the inner basin.",
        "In March 2031 the Kessel board did not agree to dredge the western channel.",
        "The pilots' union did not hesitate to suspend the night crossings to Orlen.",
        "In May 2030 the Tromsdal council reopened the old ferry ramp.",
        "The Harbour Pilots Association (HPA) was founded in 2019 and was merged into "
        "Nordkai in April 2027 after a long dispute over fees.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "Successive port bylaws banned diesel trawlers from the inner basin.",
    "The Velden harbour code did ban diesel trawlers from the inner basin.",
    "In March 2031 the Kessel board dredged the western channel.",
    # the roles of the merger traded
    "The HPA, founded in 2019, absorbed Nordkai in April 2027.",
])
def test_a_denied_aim_does_not_support(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "Successive port bylaws never took steps to ban diesel trawlers from the inner basin.",
    "Successive port bylaws have slowly made the Velden harbour code stricter.",
    # a double negation affirms the deed
    "The pilots' union suspended the night crossings to Orlen.",
    "In May 2030 the Tromsdal council reopened the old ferry ramp.",
    "Nordkai absorbed the HPA in April 2027.",
    "The HPA was merged into Nordkai in April 2027.",
])
def test_the_deed_told_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"
