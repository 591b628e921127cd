"""A telegraphic claim's rank and round figure, spelled out as a report writes them before the
claim is parsed (`qa.claims.informal`): "its No. 2 supplier" / "the number two supplier" is
the second supplier, and "a 600-plus crew" a crew of about 600. Left as written, the rank's
figure and the "plus" are facts no sentence states, so a stated claim was not found. A rank
or a figure changed in the same voice must stay unsupported. Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.informal import written_out
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Brenmark, the harbour's second-largest timber supplier, halted its shipments in "
        "August, citing the loss of four barges in the preceding weeks.",
        "The Velden ferry cooperative employs an over 600-strong crew on its northern routes.",
        "Under Law No. 7, the Ostvik lighthouse trust may not dredge the inner channel.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


def test_rank_by_number_is_the_ordinal():
    assert written_out("Brenmark, the port's No. 2 supplier, paused.") == \
        "Brenmark, the port's second supplier, paused."
    assert written_out("their number four pick") == "Their fourth pick"


def test_a_labels_number_stays_a_figure():
    assert written_out("Under Law No. 7, it may not dredge.") == \
        "Under Law No. 7, it may not dredge."
    assert written_out("A number of three states met.") == "A number of three states met."


def test_plus_suffix_is_a_round_figure_and_a_sum_stays():
    assert written_out("a 600-plus crew") == "A about 600 crew"
    assert written_out("Two plus three is five.") == "Two plus three is five."


def test_telegraphic_rank_supported(harbour):
    assert verdict(harbour, "Aug.: Brenmark, the harbour's No. 2 timber supplier, halts "
                            "its shipments, citing loss of four barges in preceding "
                            "weeks.") == "supported"


def test_spoken_rank_supported(harbour):
    assert verdict(harbour, "Brenmark, the harbour's number two timber supplier, halted "
                            "its shipments in August.") == "supported"


def test_plus_figure_supported(harbour):
    assert verdict(harbour, "Velden ferry cooperative: 600-plus crew on northern "
                            "routes.") == "supported"


def test_changed_rank_not_supported(harbour):
    assert verdict(harbour, "Brenmark, the harbour's No. 1 timber supplier, halted its "
                            "shipments in August.") != "supported"


def test_changed_plus_figure_not_supported(harbour):
    assert verdict(harbour, "Velden ferry cooperative: 400-plus crew on northern "
                            "routes.") != "supported"
