"""Real-world claims (1) that name a place by its noun where the sentence writes its proper
adjective, or the other way round ("winds on Jupiter" / "Jovian winds"): the name
went unverified and no support was possible (`qa.claims.adjective_names`); a claim naming a
place by its adjective is not contradicted by a passage that names that place in neither
form (`check.unnamed`); (2) that write a word of their own the sentence writes too ("the
last ten years"), read as the opposite of another claim word ("coming" / "last",
`opposite_in_place.written_by_claim`); (3) stated by a sentence whose only verbs are plain
presents after plural subjects ("factories emit"), read as a verbless reference
(`unsaid.plain_present`); (4) whose verb the sentence rewords while its antonym of that verb
fills another claim word's place ("absorbed ... released by" / "taken up ... emitted by",
`qa.claims.slot_filler`); (5) naming a formula with a word ("Atmospheric CO2") that the
sentence spells out ("atmospheric carbon dioxide", `check.spelled_in_part`). The texts are
invented here."""
import pytest

from qa.claims.check import check
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Gas_giants.txt": (
        "Gas giants",
        "Jovian winds reach about 600 kilometres per hour near the equator, probes have shown.",
        "Their bands shift from year to year.",
        "Lightning is common in the deep clouds."),
    "Glacier_survey.txt": (
        "Glacier survey",
        "The glaciers of the Andes lost about 8 percent of their ice between 1975 and "
        "2000, the survey found.",
        "Debris cover slowed the loss on some tongues.",
        "Meltwater lakes grew in number."),
    "Dry_air.txt": (
        "Dry air",
        "By volume, dry air at sea level is about 0.9 percent argon.",
        "Its nitrogen share is far larger.",
        "Water vapour varies from place to place."),
    "Lake_Dunmere.txt": (
        "Lake Dunmere",
        "Over the last 50 years the level of Lake Dunmere fell by about 3 metres, with about "
        "half of the fall occurring in the last ten years.",
        "Irrigation draws most of its inflow.",
        "Reed beds have spread on the exposed shore."),
    "Farrow_bog.txt": (
        "Farrow bog",
        "The bog acts as a sink, and has taken up about a fifth of the methane emitted by "
        "nearby dairy farms.",
        "A sharp rise in atmospheric carbon dioxide was observed in its cores, with a maximum "
        "of 2,500 ppm in the Vellic stage.",
        "Sphagnum covers most of its surface."),
    "Corby_works.txt": (
        "Corby works",
        "Kilns emit about 40 tonnes of soot per year at the Corby plant, while nearby "
        "households emit between 2 and 3 tonnes.",
        "The works opened in 1931.",
        "Its chimney was rebuilt in 1988."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    # the noun against the sentence's proper adjective
    "Winds on Jupiter reach about 600 kilometres per hour near the equator.",
    # the adjective against the sentence's noun
    "Andean glaciers lost about 8 percent of their ice between 1975 and 2000.",
    # "last" is the claim's own word, no opposite of "coming"
    "Lake Dunmere's level fell by about 3 metres over the last 50 years, with about half of "
    "that coming in the last ten years.",
    # a sentence whose verbs are plain presents after plural subjects states the claim
    "Kilns at the Corby plant emit about 40 tonnes of soot a year, whereas nearby households "
    "put out only 2 to 3 tonnes.",
    # "emitted" fills the place of the claim's "released": no reversal of its "absorbed"
    "Farrow bog has absorbed roughly a fifth of the methane released by nearby dairy farms.",
    # a name of a formula and a word, stated by the spelled-out formula and the word
    "Atmospheric CO2 reached a maximum of about 2,500 ppm in the Vellic stage.",
])
def test_stated_otherwise_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another place, whose adjective the sentence does not write
    "Winds on Saturn reach about 600 kilometres per hour near the equator.",
    # the figure changed
    "Andean glaciers lost about 18 percent of their ice between 1975 and 2000.",
    # another share
    "Farrow bog has absorbed roughly half of the methane released by nearby dairy farms.",
    # another formula: the spelled-out one states no other gas
    "Atmospheric CH4 reached a maximum of about 2,500 ppm in the Vellic stage.",
])
def test_near_misses_stay_unsupported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_a_place_named_by_its_adjective_is_not_contradicted_by_a_passage_naming_no_such_place(
        wiki):
    # the passage gives air another share, but never names Siberia: another thing's air
    assert check(wiki, "At sea level, Siberian air is roughly 3 percent argon.").verdict \
        != "contradicted"
