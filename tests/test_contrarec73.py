"""Contradicted claims called not_found (round 68, contrarec73): a claim that closes on a
participle's clause ("..., stranding traders on the island") asserts its main clause and that
clause; when the sources set the main clause otherwise, the participle's words, unstated,
kept the whole claim's conflict below the rest a contradiction needs. The main clause is now
read alone, through every gate of `qa.claims.contradicted_part`
(`qa.claims.participle_part`). A claim whose main clause is true and whose participle adds a
fact the sources never give stays not_found. A compass region written in a name of the
sentence ("the Zone North") is the claim's own region, so the sentence's other region,
placing another thing, is no conflict (`compare.named_regions`). The texts are invented
here."""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In March 2031, the Kelvik ferry guild trimmed its winter sailings to Tarn Island to two a "
        "week, citing the cost of fuel and the silting of the channel.",
        "In autumn 2028 the harbour board enlarged its Zone North to cover the eastern half of "
        "the Brenna docks and all of the old salt quay, pushing the zone as far as the river "
        "mouth.",
        *OTHER_HARBOUR_NEWS)


def test_a_main_clause_set_otherwise_before_a_participle_contradicts(harbour):
    # the year of the cut changed; the participle adds a consequence the report never gives
    claim = ("In March 2029, the Kelvik ferry guild trimmed its winter sailings to Tarn Island to "
             "two a week, leaving hundreds of potato growers without a market for their harvest.")
    assert check(harbour, claim).verdict == "contradicted"


def test_a_true_main_clause_with_an_unstated_participle_is_not_found(harbour):
    # near miss: the cut as the report gives it, with a consequence it never states
    claim = ("In March 2031, the Kelvik ferry guild trimmed its winter sailings to Tarn Island to "
             "two a week, forcing a dairy cooperative to shut its creamery.")
    assert check(harbour, claim).verdict == "not_found"


def test_a_region_named_by_the_sentence_is_the_claims_own(harbour):
    # "its northern zone" is the "Zone North"; "eastern" places the docks, not the zone
    claim = ("In autumn 2028 the harbour board widened its northern zone to cover all of the "
             "old salt quay, reaching as far as the river mouth.")
    assert check(harbour, claim).verdict != "contradicted"


def test_the_main_clause_is_the_words_before_the_participle():
    from qa.claims.participle_part import participle_main
    assert participle_main("The guild trimmed its sailings to two a week, stranding traders.") \
        == "The guild trimmed its sailings to two a week"
    assert participle_main("The guild cuts its sailings to two a week, stranding traders.") \
        == "The guild cuts its sailings to two a week"
    # an "-ing" word that works as a preposition opens no clause
    assert participle_main("The guild cut three routes, including the Tarn run.") is None
    # too few words before the comma to be a clause
    assert participle_main("The guild, citing fuel costs, cut its sailings.") is None


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "By contrast, the Ostvik council has long angered hauliers, above all in May 2030, when "
        "it imposed a toll on lorries crossing the old bridge in response to the cost of "
        "repairs.",
        *OTHER_HARBOUR_NEWS)


def test_a_reversed_deed_before_a_participle_contradicts(council):
    # "lifted" / "imposed": the whole reading records no conflict, the participle's words
    # unstated; the main clause alone is contradicted by a sentence the whole was aligned with
    claim = ("The Ostvik council lifted its toll on lorries crossing the old bridge in May 2030, "
             "making the hauliers' trade the valley's first concern once more.")
    assert check(council, claim).verdict == "contradicted"


def test_the_deed_as_given_with_an_unstated_participle_is_not_found(council):
    # near miss: the toll imposed as the report says, with a consequence it never gives
    claim = ("The Ostvik council imposed a toll on lorries crossing the old bridge in May 2030, "
             "driving two dairy firms to move their depots north.")
    assert check(council, claim).verdict == "not_found"
