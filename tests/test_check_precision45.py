"""Wrong verdicts on true claims (round 45): a word of order read against a sentence's word
that orders another pair, or whose clause opens with it ("Following the collapse of the pier,
the board closed the market"); a longer name of the claim's body read as another actor;
"suspended the ferries to Orlen" read as a failed attempt at Orlen; a verb whose antonym
WordNet puts on another word of its synset ("downplay" / "understate" <-> "overstate"). The sentences are
written here."""
import pytest

from qa.claims.check import check
from qa.search.wordnet import antonyms
from tests.helpers.corpora import open_written

DOCS = {
    "chronicle.md": "# Harbour chronicle\n\n"
                    "Following the collapse of the east pier, the Varel Port Board closed the "
                    "fish market for six weeks.\n\n"
                    "After the strike by the dockers' union, the city council raised harbour "
                    "wages by 4 percent.\n\n"
                    "On 9 March 2021, after twelve years of work in the bay, the Pilots' Guild "
                    "asked for a new tug station. Following the guild's request, the Northern "
                    "Harbour Authority approved the station on 30 April.\n\n"
                    "In March 2024 the Harbour Authority suspended the night ferries to Orlen "
                    "after two collisions in the bay.\n",
    "fisheries.md": "# Fisheries dispute\n\n"
                    "Oslo says the new quota rules are unworkable; it also thinks the fund's "
                    "audit was rushed. Madrid rejected the proposal in June.\n\n"
                    "The fishermen's council believes that the board's report overstates the "
                    "damage done by trawlers.\n",
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_written(tmp_path_factory, "precision45", DOCS)


@pytest.mark.parametrize("claim, verdict", [
    # the sentence's clause after "Following ..." is the later event
    ("The east pier collapsed before the Port Board closed the fish market.", "supported"),
    ("Before the Port Board closed the fish market, the east pier collapsed.", "supported"),
    ("The dockers' union went on strike before the city council raised harbour wages.",
     "supported"),
    ("The east pier collapsed after the Port Board closed the fish market.", "contradicted"),
    ("After the city council raised harbour wages, the dockers' union went on strike.",
     "contradicted"),
])
def test_a_word_of_order_opening_its_clause(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_a_word_of_order_ordering_another_pair_reverses_nothing(harbour):
    # "after twelve years of work" orders the request against the years, not the dredging,
    # which no sentence tells
    result = check(harbour, "The Pilots' Guild's request for a new tug station on 9 March "
                            "2021 is understood to have preceded the dredging of the channel.")
    assert result.verdict != "contradicted", result


def test_a_shorter_name_of_the_same_body_is_no_other_actor(harbour):
    result = check(harbour, "The Pilots' Guild asked for a new tug station before the Harbour "
                            "Authority approved it.")
    assert result.verdict == "supported", result


def test_a_place_after_to_is_no_failed_attempt(harbour):
    result = check(harbour, "In March 2024 the Harbour Authority ordered a temporary suspension "
                            "of the night ferries to Orlen.")
    assert result.verdict == "supported", result


def test_the_ferries_to_a_place_still_refuse_another_verb(harbour):
    result = check(harbour, "In March 2024 the Harbour Authority launched night ferries to "
                            "Orlen.")
    assert result.verdict != "supported", result


def test_a_verb_takes_the_antonym_of_its_synset():
    assert "overstate" in antonyms("downplays")
    assert "overstate" in antonyms("understate")


def test_downplays_against_overstates(harbour):
    result = check(harbour, "The fishermen's council believes that the board's report "
                            "downplays the damage done by trawlers.")
    assert result.verdict == "contradicted", result
