"""Two things a sentence states, traded by the claim: the sides of a comparison and the two
parties of a verb. A comparison told from its other side with the opposite comparative is the
same fact, also with a comparative of a three-letter positive ("lower", "older") and where
another check reads the two comparatives or the two names as a conflict
(`qa.claims.compared_order`); the sides traded with the same comparative are the reverse,
also where both second things end with the same setting ("... than coal in Osland"). The
parties of one verb traded are the converse in either voice ("A invited B" / "A was invited
by B") and with a present "-s" verb ("A orbits B" / "B orbits A"), `qa.claims.mirrored`.
Invented texts."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Varn_island.txt": (
        "Varn island",
        "East Varn is usually higher than West Varn, and is reckoned the windiest corner of "
        "the island.",
        "The bay's most famous sight is the Blue Eddy, a lasting whirlpool "
        "that is larger than Osmia, some 22 miles south of the cape.",
        "In summer the river Aln runs lower than the river Brem, since its springs dry out "
        "early.",
    ),
    "Osland_jobs.txt": (
        "Osland jobs",
        "Tidal power has been more useful for adding jobs than peat or timber in Osland.",
    ),
    "Tessa_moon.txt": (
        "Tessa moon",
        "Tessa orbits Vormund at a mean range of roughly 90 million km every 300 days.",
    ),
    "Kessler_hearing.txt": (
        "Kessler hearing",
        "Kessler was invited by Anna Pomfret to give evidence to the Assembly Committee on "
        "Fisheries on June 3, 1991.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "roles87-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    # the other side, the opposite comparative: "lower" is read as a comparative now
    "West Varn is usually lower than East Varn.",
    # the appositive's storm is the bay's Blue Eddy; "smaller" against "larger" is no flip
    "Osmia is smaller than the Blue Eddy of the bay.",
    # the names traded with the comparative: no rival river in the claim's place
    "In summer the river Brem runs higher than the river Aln.",
])
def test_a_comparison_told_from_its_other_side_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the same comparative, the sides traded, the setting both end with left out
    "Peat and timber have been more useful for adding jobs than tidal power in Osland.",
    # the two parties of one verb traded: active against active, active against passive
    "Vormund orbits Tessa at a mean range of roughly 90 million km.",
    "Kessler invited Anna Pomfret to give evidence to the Assembly fisheries committee in 1991.",
    "Anna Pomfret was invited by Kessler to give evidence to the Assembly fisheries committee "
    "in 1991.",
])
def test_two_things_traded_are_contradicted(wiki, claim):
    assert check(wiki, claim).verdict == "contradicted"


def test_the_conflict_names_the_party_in_the_claims_place(wiki):
    result = check(wiki, "Kessler invited Anna Pomfret to give evidence to the Assembly fisheries "
                         "committee in 1991.")
    shown = [(c.claim, c.source) for e in result.evidence for c in e.conflicts]
    assert ("Kessler", "Anna Pomfret") in shown


@pytest.mark.parametrize("claim", [
    # rewordings that keep the roles
    "Tessa orbits Vormund at a mean range of roughly 90 million km.",
    "Anna Pomfret invited Kessler to give evidence to the Assembly fisheries committee in 1991.",
    "Kessler was invited by Anna Pomfret to give evidence to the Assembly fisheries committee "
    "in 1991.",
    "Tidal power has been more useful for adding jobs than peat or timber in Osland.",
    "Peat and timber have been less useful for adding jobs than tidal power in Osland.",
    "In summer the river Aln runs lower than the river Brem.",
])
def test_rewordings_that_keep_the_roles_still_support(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "East Varn is lower than West Varn.",
    "Osmia is larger than the Blue Eddy of the bay.",
    "In summer the river Aln runs higher than the river Brem.",
])
def test_a_reversed_comparison_never_supports(wiki, claim):
    assert check(wiki, claim).verdict != "supported"
