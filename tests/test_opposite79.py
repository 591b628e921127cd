"""A claim that reverses the source with a privative "un-" adjective WordNet does not list as
an antonym (`prefix_opposite`, read by `facts.denied_by_prefix`), or with "in favour of" against "against" (`relation_phrase`), is not
supported; the same relation said the source's way stays supported. Invented sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "After the rebuilding of the north quay, inspectors called the position of the Velden "
        "ferry crews enviable.",
        "In 2031 the harbour councillor Anna Brask voted against the new mooring levy, and in "
        "2033 she voted for the pilotage reform.",
        "Inspectors described the Ostvik lighthouse keepers as unfriendly towards visiting "
        "yachtsmen.",
        "The pilots blamed the groundings on the chronic unpredictability of the Ostvik tide "
        "tables.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "After the rebuilding of the north quay, inspectors called the position of the Velden "
    "ferry crews unenviable.",
    "In 2031 the harbour councillor Anna Brask voted in favour of a new mooring levy.",
])
def test_a_reversed_relation_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


def test_a_vote_in_favour_against_a_vote_against_is_contradicted(harbour):
    assert verdict(harbour, "In 2031 the harbour councillor Anna Brask voted in favor of the "
                            "new mooring levy.") == "contradicted"


@pytest.mark.parametrize("claim", [
    "After the rebuilding of the north quay, inspectors called the position of the Velden "
    "ferry crews enviable.",
    "In 2031 the harbour councillor Anna Brask voted against the new mooring levy.",
])
def test_the_relation_told_the_sources_way_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_a_vote_in_favour_the_source_tells_is_not_contradicted(harbour):
    assert verdict(harbour, "In 2033 Anna Brask voted in favour of a pilotage reform.") \
        != "contradicted"


def test_a_claim_of_another_thing_stays_unsupported(harbour):
    # near miss: the same adjective of other people is no statement of them either way
    assert verdict(harbour, "The Velden harbour pilots are unfriendly towards visiting "
                            "yachtsmen.") != "supported"


@pytest.mark.parametrize("word, expected", [
    ("unenviable", "enviable"),
    ("unfavourable", "favourable"),
    ("invaluable", ""),    # "in-" is read by WordNet's antonyms alone
    ("unloose", ""),       # one cluster: an intensive "un-"
    ("unbending", ""),     # a verb's form
])
def test_privative_prefixes(word, expected):
    from qa.claims.facts import denied_by_prefix
    assert denied_by_prefix(word) == expected


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Surveyors concluded that although 2029 was almost certainly the stormiest year of the "
        "decade, the amount of damage caused by the breakwater is uncertain.")


def test_a_negated_word_the_source_denies_by_a_prefix_is_not_contradicted(survey):
    # "not certain" says what "uncertain" says; the source's "certainly" is of another clause
    assert check(survey, "The amount of damage caused by the breakwater is not "
                         "certain.").verdict.value == "supported"


def test_the_plain_word_against_the_prefixed_denial_stays_contradicted(survey):
    assert check(survey, "The amount of damage caused by the breakwater is "
                         "certain.").verdict.value == "contradicted"
