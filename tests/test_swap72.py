"""Swaps and reversals a supporting sentence used to pass: two events told in the other order by
an adverb opening its clause ("X, and only afterwards did Y": `sequence`), a place given the
other place's "where" clause (`place_bound`), the claim's subject standing as the partner after
"to" (`partner_swapped`), and the doer of a noun given by a possessive where the sentence's
"by" names the claim's other party (`owner_swapped`). Each with the same shape told the right
way round, which must stay supported. Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Ostvik ferry service was suspended following the collapse of the northern pier "
        "during the spring storms.",
        "In 2031, following a sharp rise in harbour tolls, the Velden weavers' guild closed "
        "its riverside warehouse.",
        "The port board may soon have to weigh the care it gives to the eastern "
        "valley (where most of the spring floods struck) and its role on the western coast "
        "(where the board still runs the night ferry line and a small clinic).",
        "A new fishing accord was signed by the Tarland council in May 2031. However, the "
        "accord was rejected by the Velden Fishers Union (VFU), which said it ignored the "
        "small boats of the outer islands.",
        "The harbour board repaired the southern breakwater, supplied two floating cranes to the "
        "Ostvik ferry company, and dredged the inner channel.",
        "The Tarland grazing council protested against what it called the \"fencing and "
        "enclosure\" of the common pastures by the Regional Land Office (RLO).")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "X following Y" tells Y first; "X, and only afterwards Y" tells X first
    "The Ostvik ferry service was suspended, and only afterwards did its northern pier "
    "collapse.",
    # "In 2031, following Y, X": the connective after the fronted year opens its clause
    "The Velden weavers' guild closed its riverside warehouse in 2031, and only afterwards "
    "did harbour tolls rise sharply.",
    # each place given the other's "where" clause
    "The western coast is where most of the spring floods struck, while in the eastern "
    "valley the port board still runs the night ferry line.",
    # the one supplied made the supplier
    "The Ostvik ferry company supplied two floating cranes to the harbour board.",
    # the doer of the fencing made the one that protested it
    "RLO decries Tarland grazing council's 'fencing and enclosure' of the common pastures.",
])
def test_a_swap_or_reversal_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "The northern pier collapsed, and only afterwards was the Ostvik ferry service "
    "suspended.",
    "The eastern valley is where most of the spring floods struck, while on the western "
    "coast the port board still runs the night ferry line.",
    "The harbour board supplied two floating cranes to the Ostvik ferry company.",
    "Tarland grazing council decries RLO's 'fencing and enclosure' of the common pastures.",
])
def test_the_same_shape_told_the_right_way_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_an_order_reversed_by_an_opening_adverb_contradicts(harbour):
    assert verdict(harbour, "The Ostvik ferry service was suspended, and only afterwards did "
                            "its northern pier collapse.") == "contradicted"
