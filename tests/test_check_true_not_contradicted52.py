"""True claims the checker once called contradicted, each by a reading that took two things
for one place or one polarity: a sentence's longer name holding another of the claim's own
names ("Ghanaian Harbour and Customs Forces" for "Ghanaian forces") taken for a rival
(`qa.claims.names_taken`); a deed done to the claim's name, or a synonym
of its noun owned by another where the claim's name owns a noun of its own, taken for a
swap of owners (`qa.claims.owned_otherwise`); a scarcity ("little French", "low loyalty",
"inspectors are missing") against a deficiency ("lack fluency in French"), and a word that
qualifies two different nouns ("no anti-smuggling mandate" / "anti-smuggling raids"), taken
for one word denied and affirmed (`qa.claims.scarcity`); a vehicle and the way it goes along
taken for two means (`qa.claims.nouns_in_place`); the adjective "used" (exploited) read for
the verb (`qa.claims.valence`). The false claims beside them are still contradicted. Each
test is on a small corpus written here."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "Following the town's request, the Carrow Port Authority shut the ferry terminal on 3 May "
    "2021 and decided that the works would end by October 2021.",
    "Given that the coast guard has kept a cutter in Velmar since March 2019 amid concerns "
    "over the Ghanaian Harbour and Customs Forces' resolve to defend the town, its ability "
    "to send cutters elsewhere is limited.",
    "Photo: NORFOR widened Zone Four at the start of 2020 to cover the eastern part of Lorn "
    "province.",
    "In May 2016 the fleet replaced a joint Norland-Sudland flotilla, which had reached the "
    "bay four months earlier to help the Carrow navy rebuild its bases.",
    "Many contributing firms hired engineers who lack fluency in Spanish.",
    "Seasonal staff were often given short contracts, leading to a lack of loyalty, as "
    "workers had to compete to keep their posts.",
    "At the hearing, the director said that the absence of Sudlandic inspectors in the south "
    "meant the agency was in effect the only regulator there.",
    "Running anti-smuggling raids would have been beyond the capacity of the harbour police.",
    "The old fortress on the hill is devoted to protecting the harbour from raiders.",
    "The contractors moved the blades by road to the harbour.",
]


@pytest.fixture(scope="module")
def check_in(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("truecon52"), "Harbour notes", TEXTS + OTHER_TOPICS)


@pytest.mark.parametrize("claim", [
    "EU force has kept a cutter in Velmar since March 2019 amid doubts over Ghanaian forces' "
    "resolve to defend the town.",
    "Zone Four widened at the start of 2020 to cover the eastern part of Lorn province.",
    "Contributing firms hired engineers with poor Spanish.",
    "Seasonal staff got short contracts, which led to low loyalty.",
    "The director said the agency was in effect the only regulator in the south because "
    "Sudlandic inspectors are missing there.",
    "The harbour police never had an anti-smuggling mandate.",
    "The old fortress on the hill is used to protect the harbour from raiders.",
    "The contractors moved the blades by truck to the harbour.",
    "The contractors moved the blades by lorry to the harbour.",
])
def test_a_true_claim_is_not_contradicted(check_in, claim):
    assert check_in(claim)["verdict"] != "contradicted"


@pytest.mark.parametrize("claim", [
    "Following the demand of Velmar, the Fisheries Board shut the ferry terminal on 3 May 2021.",
    "Contributing firms hired engineers with fluency in Spanish.",
    "Seasonal staff got short contracts, which led to strong loyalty.",
    "Sudlandic inspectors are present in the south.",
    "Running anti-smuggling raids was not beyond the capacity of the harbour police.",
    "The contractors moved the blades by rail to the harbour.",
])
def test_a_false_claim_is_still_contradicted(check_in, claim):
    assert check_in(claim)["verdict"] == "contradicted"


def test_a_vehicle_against_a_way_is_no_support(check_in):
    # "by train" / "by road": not the same means, though of another kind than the road
    assert check_in("The contractors moved the blades by train to the harbour.")["verdict"] \
        != "supported"
