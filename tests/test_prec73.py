"""Wrong supports of bundled-report shapes round 68's blind sets showed: a comparison made by a
verb of exceeding ("outnumbers", "exceeds") read against a sentence whose figures put its two
sides the other way round, or that gives no figure to each side and compares nothing
(`exceeding`); a thing judged of "little" worth ("adds little value", "of little use") by a
sentence that judges it of worth and says nothing of a small amount (`quantifiers.scant`); a
subject the sentence denies by a "no" opening the clause of the claim's deed
(`denied_subject`); two places of the claim each given the other's "where" aside
(`place_bound`).
Each with the same shape told the right way round, which must stay supported. Invented
texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Last season the river towns of Adel and Brenn landed 71 percent of all the herring "
        "caught on the coast, yet the Kessel harbour owns only 14 percent of the registered "
        "nets.",
        "In 2030 Norland and Sudland pulled out of the fishing pact, withdrawing about 60 and "
        "25 trawlers, respectively.",
        "The spring fleet had 930 deckhands, 210 pilots and roughly 75 inspectors at sea.",
        "The guild's new cold store kept the winter catch fresh for the markets of the "
        "inland towns.",
        "Moreover, boats that carry a trained diver would be most welcome, because a diver "
        "lets the crews clear fouled nets far from the harbour's repair yards.",
        "Dredging the silted western basin would bring little gain and should be put off.",
        "Although no harbour pilot or ferry skipper is pressing for a closure of the outer "
        "lock, some would like to keep the option open.",
        "If the dredgers are late, the board could be forced to pick between the care it gives "
        "to the eastern valley (where most of the spring floods struck) and its work on "
        "the western coast (where it runs the night ferry line).")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the smaller share made the larger by the verb
    "The Kessel harbour's share of the registered nets exceeds the river towns' share of "
    "the herring catch.",
    # the actor with fewer trawlers made the one with more
    "Sudland's withdrawal of trawlers outnumbered Norland's.",
    # the claim's own figures, the smaller first
    "The 210 pilots of the spring fleet outnumbered its 930 deckhands.",
])
def test_a_comparison_by_a_verb_of_exceeding_the_wrong_way_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "The river towns' share of the herring catch exceeds the Kessel harbour's share of the "
    "registered nets.",
    "The 930 deckhands of the spring fleet outnumbered its 210 pilots.",
    # no comparison: a verb of exceeding is not needed for support of other claims
    "The guild's new cold store kept the winter catch fresh for the inland markets.",
])
def test_the_same_shape_told_the_right_way_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # the worth the sentence gives turned into little worth
    "Boats carrying a trained diver add little value because they keep crews close to "
    "the repair yards.",
    "Boats that carry a trained diver would be of little help in clearing fouled nets.",
])
def test_little_worth_against_a_sentence_of_worth_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


def test_little_worth_the_sentence_gives_stays_supported(harbour):
    assert verdict(harbour, "Dredging the silted western basin would bring little gain and "
                            "should be put off.") == "supported"


@pytest.mark.parametrize("claim", [
    "Several ferry skippers are pressing for a closure of the outer lock.",
    "During the winter talks, some pilots were pressing for a full closure of the outer lock.",
])
def test_a_subject_the_sentence_denies_by_no_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "No harbour pilot is pressing for a closure of the outer lock.",
    "Some would like to keep the option of closing the outer lock open.",
])
def test_the_denial_or_the_other_clause_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_two_places_given_each_other_s_where_clause_are_not_supported(harbour):
    assert verdict(harbour, "The board could be forced to pick between the eastern valley, "
                            "where it runs the night ferry line, and the western coast, where "
                            "most of the spring floods struck.") != "supported"


def test_two_places_each_with_its_own_where_clause_stay_supported(harbour):
    assert verdict(harbour, "The board could be forced to pick between the eastern valley, "
                            "where most of the spring floods struck, and the western coast, "
                            "where it runs the night ferry line.") == "supported"
