"""A capitalised word that opens a sentence is a name there when the corpus writes it as one
inside its sentences (round 78, branch names85). Invented texts.

"Norland also leased a dredger" opened its sentence with a word WordNet does not know, so it
named no one, and the sentence (with the guild lent by the sentence before) supported a claim
about the Tarvik guild. The documents write "the Norland company": the word is a name, and
the sentence names another actor. A word they write in lower case ("escorted by
peacekeepers") is no name where it opens a sentence; one they never write inside a sentence
is read as before.
"""
import pytest

from qa.claims.check import check
from qa.claims.corpus_casing import casing_of, kind_of, vocabulary_of
from qa.claims.facts import parse
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Tarvik guild hired twelve pilots in May. Norland also leased a dredger for the "
        "spring season.",
        "The Kessel board hired six pilots in June. Norland bought a tug that year.",
        "Shipping on the Velm coast grew in 2030, when the Norland company opened two depots "
        "in Harlow.",
        "Peacekeepers escorted the Orrin team to Harlow in May 2031, and the team was later "
        "escorted by peacekeepers from the Velden contingent.",
        "Ostrel also bought a barge in July. The Kessel board thanked the pilots.",
        "Mark Tessel chaired the Orrin board. The board thanked Mark for the accord, and the "
        "wardens left a mark on the pier.",
        "CLIMATE OF THE VELM COAST",
        "Dredging Velm Harbour Channels",
    )


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the pair's second sentence opens on another actor, which the corpus writes as a name
    "The Tarvik guild leased a dredger for the spring season.",
    "The Kessel board bought a tug.",
])
def test_other_actor_opening_a_sentence_supports_nothing(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "Norland leased a dredger for the spring season.",
    "Norland bought a tug.",
    # a word the corpus writes in lower case is no actor where it opens a sentence
    "Peacekeepers escorted the Orrin team to Harlow in May 2031.",
])
def test_own_sentence_still_supports(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def names_of(harbour, text):
    return [m.text for m in parse(text, vocabulary_of(harbour)).mentions if m.family == "name"]


def test_opening_word_read_as_the_corpus_writes_it(harbour):
    assert names_of(harbour, "Norland also leased a dredger.") == ["Norland"]
    assert names_of(harbour, "Peacekeepers escorted the team.") == []
    # written only where it opens a sentence: read as before, no name WordNet knows
    assert names_of(harbour, "Ostrel bought a barge.") == []


def test_casing_counts_only_words_inside_a_sentence(harbour):
    casing = casing_of(harbour)
    assert casing.counts("Norland") == (1, 0)  # "the Norland company"; openers not counted
    assert casing.counts("Peacekeepers") == (0, 1)
    assert casing.written_as_name("Ostrel") is None
    # an all-capitals heading and a title's capitals tell nothing
    assert casing.counts("Climate") == (0, 0)
    assert casing.counts("Channels") == (0, 0)
    # written both ways: untold, WordNet decides
    assert casing.written_as_name("Mark") is None
    assert casing.written_as_name("Unheard") is None


@pytest.mark.parametrize("capital, small, kind", [
    (3, 0, True), (20, 1, True), (0, 4, False), (1, 12, False), (2, 2, None), (0, 0, None),
    (5, 1, None),
])
def test_kind_of_the_counts(capital, small, kind):
    assert kind_of(capital, small) is kind


def test_a_vocabulary_per_index(harbour, tmp_path_factory):
    other = port_report(tmp_path_factory, "The Norland pier closed.")
    assert vocabulary_of(harbour) is vocabulary_of(harbour)
    assert vocabulary_of(other) is not vocabulary_of(harbour)
    assert vocabulary_of(other).casing is casing_of(other)
