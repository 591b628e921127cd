"""A relative clause set between commas inside a claim ("X, which had done A, did B") asserts
a fact of its own about X, which a document may state in the sentence next to the one
stating the main clause (`qa.claims.clause_parts.embedded_split`). Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.clause_parts import parts_of
from tests.conftest import port_report


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Harbour captains at Kelvik fear collisions with the Velmar tugs in the narrow "
        "channel, and worry about the damage to the port's name should a cargo ship be hit. "
        "The Velmar tugs have been towing grain barges along the Sund since March 2019.",
        "The lighthouse at Tarn was painted red in April.")


@pytest.mark.parametrize("claim", [
    # each part leaves a word unsaid ("accidental"), as one sentence may, but two sentences
    # read as one must state every word of the claim
    "Harbour captains at Kelvik feared accidental collisions with the Velmar tugs, which have "
    "towed grain barges along the Sund since March 2019, and worried about damage to the "
    "port's name.",
])
def test_an_embedded_relative_clause_stated_by_the_next_sentence(ferries, claim):
    assert check(ferries, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the relative clause's date is another
    "Harbour captains at Kelvik feared accidental collisions with the Velmar tugs, which have "
    "towed grain barges along the Sund since March 2015, and worried about damage to the "
    "port's name.",
    # the relative clause no sentence states
    "Harbour captains at Kelvik feared accidental collisions with the Velmar tugs, which have "
    "painted the lighthouse at Tarn, and worried about damage to the port's name.",
])
def test_an_embedded_relative_clause_unstated_is_not_supported(ferries, claim):
    assert check(ferries, claim).verdict != "supported"


@pytest.mark.parametrize("claim, parts", [
    ("The depot, which had been enlarged in 2021, was full by May.",
     ["The depot was full by May", "The depot had been enlarged in 2021"]),
    ("The pilots worried about the tugs, which have towed barges since 2019, and about fog.",
     ["The pilots worried about the tugs and about fog",
      "The tugs have towed barges since 2019"]),
])
def test_parts_of_a_claim_with_an_embedded_relative_clause(claim, parts):
    assert parts_of(claim) == parts


@pytest.mark.parametrize("claim", [
    # a time is no noun a relative clause tells of
    "The quay was built in 2019, which was a dry year, and opened in 2020.",
    # a relative clause with a subject of its own would need its noun put back in its place
    "The depot, which the council enlarged in 2021, was full by May.",
])
def test_embedded_clauses_left_whole(claim):
    assert len(parts_of(claim)) == 1


# A noun phrase set beside a name ("Norvik, the port's second-largest shipping line, halted
# ...") says what the name is, a fact of its own the sentence before may state
# (`qa.claims.clause_parts.apposition_split`).
@pytest.fixture(scope="module")
def shipping(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The ferry season closed early. Meanwhile, Norvik, the port's second-largest shipping "
        "line, is weighing its options. In June, it temporarily halted the sailings of its "
        "40-boat fleet, citing the loss of three of its crews in the spring storms.",
        "The lighthouse at Tarn was painted red in April.")


def test_an_apposition_stated_by_the_sentence_before(shipping):
    # "vessels" unsaid, as one sentence may leave a word; two read as one may not
    claim = ("Norvik, the port's second-largest shipping line, halted temporarily in June the "
             "sailings of its fleet of 40 vessels, citing the loss of three of its crews.")
    assert check(shipping, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the apposition the source sets otherwise
    "Norvik, the port's third-largest shipping line, halted temporarily in June the sailings "
    "of its fleet of 40 vessels, citing the loss of three of its crews.",
    # an apposition no sentence states
    "Norvik, the port's oldest shipping line, halted temporarily in June the sailings of its "
    "fleet of 40 vessels, citing the loss of three of its crews.",
])
def test_an_apposition_otherwise_or_unstated_is_not_supported(shipping, claim):
    assert check(shipping, claim).verdict != "supported"


@pytest.mark.parametrize("claim, parts", [
    ("Norvik, the second-largest line, halted its sailings in June.",
     ["Norvik halted its sailings in June", "Norvik was the second-largest line"]),
    ("The Velmar Company, a towing firm, has towed grain barges along the Sund.",
     ["The Velmar Company has towed grain barges along the Sund",
      "The Velmar Company is a towing firm"]),
])
def test_parts_of_a_claim_with_an_apposition(claim, parts):
    assert parts_of(claim) == parts


@pytest.mark.parametrize("claim", [
    # the words after the name are a list's next items
    "The workshop was convened by Norvik, the Velmar Company and the port board, and closed "
    "in June.",
    # no name: "Many contingents" is no one thing an apposition tells of
    "Many contingents, a good number of them from the north, arrived with old boats.",
])
def test_appositions_left_whole(claim):
    assert len(parts_of(claim)) == 1
