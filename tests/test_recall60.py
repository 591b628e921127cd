"""Round 59 (branch recall60): true claims read as not found for a misread figure or name. Invented
sentences.

- A span hedged as near ("about a fortnight", "roughly two weeks") is the same length as the
  source's span in another unit ("two weeks", "a fortnight"): `figure_roles.same_span`.
- A function word with its contracted "'s" first in the claim ("There's", "That's") is no
  name the sources must state: `facts.contracted_function_word`.
"""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse_text
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Kelvik harbour board's decision in May to close the northern pier followed a "
        "request from the Velden ferry company two weeks prior withdrawing its last boats.",
        "The Ostvik dock strike ended in March 2019, a fortnight after the pilots' union "
        "accepted the new pay scale.",
        "The Kelvik harbour board collected 4,200 tonnes of waste from the estuary in 2018.")


@pytest.mark.parametrize("claim", [
    "The Kelvik harbour board's May decision to close the northern pier came about a "
    "fortnight after the Velden ferry company withdrew its last boats.",
    "The Ostvik dock strike ended in March 2019, roughly two weeks after the pilots' union "
    "accepted the new pay scale.",
    "There's a record of it: the Kelvik harbour board collected 4,200 tonnes of waste from "
    "the estuary in 2018.",
    "That's the figure: the Kelvik harbour board collected 4,200 tonnes of waste from the "
    "estuary in 2018.",
])
def test_stated_true_claims(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # a hedged span of another length is still another figure
    "The Kelvik harbour board's May decision to close the northern pier came about a month "
    "after the Velden ferry company withdrew its last boats.",
    "The Ostvik dock strike ended in March 2019, about three weeks after the pilots' union "
    "accepted the new pay scale.",
    # the opening no longer a name, the claim's other facts are still needed
    "There's a record of it: the Kelvik harbour board collected 4,200 tonnes of waste from "
    "the estuary in 2016.",
])
def test_still_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def names(text):
    return [m.text for m in parse_text(text, vocabulary_for(Analyzer())).mentions
            if m.family == "name"]


def test_contracted_function_word_is_no_name():
    assert names("There's a pier in Kelvik.") == ["Kelvik"]
    assert names("That's what Kelvik said.") == ["Kelvik"]
    # a name's possessive stays a name, as does an acronym's ("US" spells a function word)
    assert names("Kelvik's pier was closed.") == ["Kelvik"]
    assert "US" in names("The US's pier was closed.")


@pytest.fixture(scope="module")
def niger_ports(tmp_path_factory):
    # Niger named in most documents: the corpus's setting, which a sentence may leave unsaid
    from cli import open_corpus
    root = tmp_path_factory.mktemp("niger")
    (root / "docs").mkdir()
    for n, text in enumerate([
            "Niger's river ports reopened in 2019.",
            "In May 2021, the government closed the Tillabéri river port, citing the floods.",
            "Talks on the river fees were held in May 2022.",
            "Niger's ferry crews went on strike in 2020.",
            "Niger's transport office raised the ferry fees in 2018."]):
        (root / "docs" / f"note{n}.txt").write_text(f"Note {n}\n\n{text}\n", encoding="utf-8")
    return open_corpus(root / "docs", root / "index")


def test_capital_acting_is_the_setting(niger_ports):
    # "Niamey" acting stands for the government of Niger, the setting: "the government" states it
    assert check(niger_ports, "In May 2021, Niamey closed the Tillabéri river port, citing "
                              "the floods.").verdict == "supported"
    # another country's capital acting is no statement of the setting's government
    assert check(niger_ports, "In May 2021, Bamako closed the Tillabéri river port, citing "
                              "the floods.").verdict != "supported"


def test_capital_as_place_is_still_needed(niger_ports):
    # "in Niamey" is a place the sentence does not name
    assert check(niger_ports, "Talks on the river fees were held in Niamey in May 2022."
                 ).verdict != "supported"
