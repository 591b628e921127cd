"""A rival of the claim's noun in its place, where the rival is a two-word noun or a chemical
formula WordNet lists whole (`qa.claims.kin_in_place`, `wordnet_compound_kinds.txt`):
"tonnes of methane" is not stated by "tonnes of carbon dioxide" nor by "tonnes of CO2", two
gases, however much else the sentence states; the same gas in other words still supports.
The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.kin_in_place import kin_in_place
from qa.claims.vocabulary import vocabulary_for
from qa.search.wordnet import compound_hypernyms
from qa.text.analyze import Analyzer
from tests.helpers.corpora import open_written

ARTICLES = {
    "Dorn_kilns.txt": (
        "Dorn kilns",
        "Each winter the Dorn valley kilns give off some 4.2 million tonnes of carbon dioxide.",
        "The Varn smelter emitted 3.1 million tonnes of CO2 in 1987.",
        "The Orle marsh gives off nearly 900 tonnes of methane each summer.",
        "Peat fires in the Dorn valley put out roughly 6.4 million tonnes (6.4 megatonnes) "
        "of carbon dioxide (CO2) every year.",
        "Under the Sisk plan, carbon dioxide emissions from the Varn smelter are to fall 40 "
        "percent by 2040.",
        "The Pelk brewery draws 70 million litres of water from the Sisk river every year.",
    ),
    # gases named often, as in a corpus on climate: each is a common word there
    "Gases.txt": (
        "Gases",
        "Methane and carbon dioxide rise from the Orle marsh.",
        "Carbon dioxide and methane are measured at the Sisk station.",
        "The Varn smelter and the Pelk brewery report their methane and carbon dioxide.",
        "Methane leaks; carbon dioxide is stored.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_written(tmp_path_factory, "sibling81-wiki", {
        name: title + "\n\n" + "\n\n".join(sentences) + "\n"
        for name, (title, *sentences) in ARTICLES.items()})


def test_compounds_and_formulas_have_kinds_from_wordnet():
    assert "gas" in compound_hypernyms("carbon", "dioxide")
    assert "gas" in compound_hypernyms("co2")
    assert "water" in compound_hypernyms("h2o")  # a synonym: the same thing, no rival
    assert not compound_hypernyms("valley", "kilns")


@pytest.mark.parametrize("claim", [
    # a formula in the claim's gas's place, beside "every year"
    "Peat fires in the Dorn valley put out roughly 6.4 million tonnes of methane every year.",
    # a two-word gas in its place, before "emissions"
    "Under the Sisk plan, methane emissions from the Varn smelter are to fall 40 percent by 2040.",
    "Under the Sisk plan, methane emissions from the Varn smelter are to drop 40 percent by 2040.",
    "Each winter the Dorn valley kilns give off some 4.2 million tonnes of methane.",
    # a formula in its place
    "The Varn smelter emitted 3.1 million tonnes of methane in 1987.",
    # the claim's two-word gas against the sentence's one-word gas
    "The Orle marsh gives off nearly 900 tonnes of carbon dioxide each summer.",
])
def test_another_gas_in_the_claims_place_is_no_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Each winter the Dorn valley kilns give off some 4.2 million tonnes of carbon dioxide.",
    "Peat fires in the Dorn valley put out roughly 6.4 million tonnes of carbon dioxide every "
    "year.",
    "Under the Sisk plan, carbon dioxide emissions from the Varn smelter are to fall 40 percent "
    "by 2040.",
    # the formula and the compound name one gas
    "Each winter the Dorn valley kilns give off some 4.2 million tonnes of CO2.",
    "The Varn smelter emitted 3.1 million tonnes of carbon dioxide in 1987.",
    "The Orle marsh gives off nearly 900 tonnes of methane each summer.",
    "The Pelk brewery draws 70 million litres of H2O from the Sisk river every year.",
])
def test_the_same_gas_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim, sentence, rival", [
    ("The Tarn kilns release 40 tonnes of methane every week.",
     "The Tarn kilns release 40 tonnes of carbon dioxide every week.", True),
    ("The Tarn kilns release 40 tonnes of carbon dioxide every week.",
     "The Tarn kilns release 40 tonnes of methane every week.", True),
    # a two-word noun whose head is the claim noun's kind names it vaguely: no rival
    ("Two guards were hurt by improvised bombs on the river road.",
     "Two guards were hurt by improvised explosive devices on the river road.", False),
    ("The Tarn kilns release 40 tonnes of methane every week.",
     "The Tarn kilns release 40 tonnes of greenhouse gas every week.", False),
])
def test_a_rival_is_of_the_claim_nouns_kind_and_no_kind_of_it(claim, sentence, rival):
    vocab = vocabulary_for(Analyzer())
    found = kin_in_place(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert (found is not None) == rival
