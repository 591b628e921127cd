"""Real-world claims whose main verb the sentence words as a WordNet kin in the verb's place:
a present verb for a gerund of its kin ("chills the pipe" / "cooling the pipe"), where the
article's title lends the subject. The paraphrase reading takes past verbs only, and the
heading's share (`qa.claims.headed_share`) read the gerund as a rival verb of the object;
`qa.claims.verb_slot_kin` reads the kin in the verb's slot, with its figures stated and every
other word said. A verb of another deed in that place stays unsupported. The texts are
invented here."""
import pytest

from qa.claims.check import check
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Halvard_process.txt": (
        "Halvard process",
        "It involves cooling the coolant pipes to temperatures between -14 °C (7 °F) and -9 °C "
        "(16 °F), and stopping the brine pumps for up to six hours.",
        "The method was first tried at a Welsh dairy.",
        "Its pumps draw about 3 kW."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    # the claim's present verb, its kin's gerund in its place, the subject from the title
    "The Halvard process chills the coolant pipes to between -14 and -9 °C.",
    "The Halvard process refrigerates the coolant pipes to between -14 and -9 °C.",
])
def test_verb_kin_in_place_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # a verb of another deed in the place: no kin of the sentence's
    "The Halvard process drains the coolant pipes to between -14 and -9 °C.",
    "The Halvard process heats the coolant pipes to between -14 and -9 °C.",
    # the kin's place holds other words: the pumps are stopped, not chilled
    "The Halvard process chills the brine pumps for up to six hours.",
])
def test_other_verb_in_place_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"
