"""An unnamed text's frame read wide (`unsaid.unnamed_text_frame`) tells its clause only when
its verb tells: a verb of asking or proposing, or one WordNet files under such a verb
("recommend" under "propose"), asks for a deed not yet done, so its frame stays a fact no
sentence states. Invented text."""
import pytest

from qa.claims.check import check
from qa.claims.unsaid import asks_for
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2031 the harbour board hired ten new pilots for the northern quays.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("frame", [
    "The report recommends that", "The author recommends that", "The study urges that",
    "The report proposes that", "The memo demands that"])
def test_a_text_asking_for_a_deed_is_not_told_it_by_the_deed_done(harbour, frame):
    claim = f"{frame} the harbour board hire ten new pilots for the northern quays."
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("frame", ["The book recounts that", "The author records that"])
def test_a_text_telling_the_deed_is_supported_by_it(harbour, frame):
    claim = f"{frame} the harbour board hired ten new pilots for the northern quays."
    assert check(harbour, claim).verdict == "supported"


def test_verbs_of_asking_by_their_wordnet_hypernym():
    assert asks_for("recommends") and asks_for("urged") and asks_for("proposes")
    assert not asks_for("recounts") and not asks_for("records") and not asks_for("notes")


def test_a_demand_inside_the_content_is_the_contents_own_fact(tmp_path_factory):
    # the frame ("The Court finds that") tells its clause; the asking ("demanded that the
    # pier be sold") is a deed of the content, which the sentence states
    harbour = port_report(
        tmp_path_factory,
        "In May 2031 the harbour board demanded that the old Brenna pier be sold to the ferry "
        "guild.",
        *OTHER_HARBOUR_NEWS)
    claim = ("The Court finds that in May 2031 the harbour board demanded that the old "
             "Brenna pier be sold to the ferry guild.")
    assert check(harbour, claim).verdict == "supported"
