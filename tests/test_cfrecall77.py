"""Real-world claims that name an article's subject, which its sentence leaves to the title,
and word their verb otherwise: "Selvik's population numbered about 4,200" under the title
"Selvik, Norway" for "The town's population was about 4,200". The headings lend the name,
but the sentence and its headings had to state every word of the claim, so the one verb
reworded left the claim not found (`qa.claims.headed_share`). Only the claim's active main
verb may go unsaid, at 0.8 of the claim: a noun, a passive verb or a verb of change the
sentence does not tell stays a fact it must state. The texts are invented here."""
import pytest

from qa.claims.check import check
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Selvik_Norway.txt": (
        "Selvik, Norway",
        "The town's population was about 4,200 in 2015, most of it employed in the "
        "salmon farms.",
        "The harbour freezes for about 30 days in a typical winter."),
    "Orlen_Glacier.txt": (
        "Orlen Glacier",
        "Survey photographs from 1950 and 2010 put the retreat of its tongue at about 1.2 km "
        "in those sixty years.",
        "Meltwater from the tongue feeds two hydropower dams."),
}
REST = " about 4,200 in 2015, most of it employed in the salmon farms."


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


def test_verb_reworded_under_title_is_supported(wiki):
    # a name of the title before its comma, the verb reworded ("was" / "numbered")
    assert check(wiki, "Selvik's population numbered" + REST).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # a rise the sentence never tells: "climbed to" is no level
    "Selvik's population climbed to" + REST,
    # a passive verb: what was done to the population, which the sentence does not say
    "Selvik's population was undercounted at" + REST,
    # a noun left unsaid besides the verb
    "Selvik's fishing population numbered" + REST,
])
def test_other_fact_under_title_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"
