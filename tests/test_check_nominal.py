"""Claims written as hedged, nominalised analysis: evidential hedges read as the fact they
hedge (`qa.claims.frames`), a noun of an act stated by its verb both ways (WordNet's
derivations), an event noun said to have happened (`qa.claims.occurrence`), and the agent a
nominalised deed is given, which the supporting sentence must state (`qa.claims.actors`)."""
import pytest

from qa.claims.check import check
from qa.claims.facts import owner_named
from qa.claims.frames import unframed
from qa.search.wordnet import derived_forms
from tests.conftest import port_report


@pytest.mark.parametrize("claim, fact", [
    ("The board appears to have closed the pier.", "The board has closed the pier."),
    ("The boats appear to have left the quay.", "The boats have left the quay."),
    ("The crew seemed to have left.", "The crew had left."),
    ("The pier seems to be unsafe.", "The pier is unsafe."),
    ("The board is understood to have closed the pier.", "The board has closed the pier."),
    ("The boats are believed to have left.", "The boats have left."),
    ("The board was thought to have closed the pier.", "The board had closed the pier."),
    ("The board is understood to favour a second pier.", "The board favour a second pier."),
    ("It seems that the board closed the pier.", "The board closed the pier."),
    ("The board apparently closed the pier.", "The board closed the pier."),
])
def test_an_evidential_hedge_is_read_as_its_fact(claim, fact):
    assert unframed(claim) == fact


@pytest.mark.parametrize("claim", [
    "The board does not appear to have closed the pier.",  # a negated frame denies
    "The pier appears to the left of the map.",  # no verb after "to"
    "The theft was reported to police.",  # a recipient, not a fact's verb
    "The damage was reported to the council.",
    "The pier is expected to close in May.",  # a forecast stays
])
def test_a_hedge_that_is_no_frame_stays(claim):
    assert unframed(claim) == claim


@pytest.mark.parametrize("noun, verb", [
    ("inclusion", "include"), ("termination", "terminate"), ("notification", "notify"),
    ("connection", "connect"), ("employment", "employ"),
])
def test_a_noun_of_an_act_gives_its_verb(noun, verb):
    # the verb's first sense names the noun, the act is a later sense of the noun
    assert verb in derived_forms(noun) and noun in derived_forms(verb)


@pytest.mark.parametrize("word, name", [
    ("Norland's", True), ("Today's", False), ("Norland", False), ("Council's", False),
])
def test_an_unknown_word_in_the_possessive_is_a_name(word, name):
    assert owner_named(word) is name


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour board closed the northern pier in March 2019 after a storm damaged it.",
        "The port authority expelled the guild's inspector in 2021. A year later, the harbour "
        "board suspended dredging of the channel because the budget had run out.",
        "Despite the rule change of 2019, harbour fees have since remained unchanged.",
        "The harbour master, Tom Berg, recently asked the city council to consider the purchase "
        "of a second tug. Tarland imposed tariffs on imported fish in 2018, which led the board "
        "to restrict the rotation of foreign trawlers in the port.")


@pytest.mark.parametrize("claim, verdict", [
    # a hedged fact is checked as the fact
    ("The harbour board is believed to have closed the northern pier in March 2019.",
     "supported"),
    ("The harbour board is believed to have closed the northern pier in May 2019.",
     "contradicted"),
    # an event noun that "took place" is stated by the event's verb
    ("The closure of the northern pier by the harbour board took place in March 2019.",
     "supported"),
    ("The expulsion of the guild's inspector by the port authority occurred in 2021.",
     "supported"),
    ("The port authority's expulsion of the guild's inspector happened in 2021.", "supported"),
    # ... and the same event on another date is contradicted
    ("The closure of the northern pier by the harbour board took place in March 2020.",
     "contradicted"),
    # ... but another agent states another deed
    ("The expulsion of the guild's inspector by the city council occurred in 2021.",
     "not_found"),
    ("The city council's expulsion of the guild's inspector happened in 2021.", "not_found"),
    # the deed's agent as a name after "by" or "came from"
    ("The board's restrictions on the rotation of foreign trawlers followed tariffs imposed "
     "by Norland.", "not_found"),
    ("Norland's imposition of tariffs on imported fish led the board to restrict the rotation "
     "of foreign trawlers.", "not_found"),
    ("The request that the city council consider the purchase of a second tug came from the "
     "harbour master, Tom Berg.", "supported"),
    ("The request that the city council consider the purchase of a second tug came from the "
     "port's director, Ana Ruiz.", "not_found"),
    # "unchanged" in both is no denial of the claim's other "change"
    ("Despite the 2019 rule change, harbour fees appear to have remained unchanged.",
     "supported"),
])
def test_nominalised_claims(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.fixture(scope="module")
def guild(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The fishing guild relied on the southern quay for landing its catch. The guild did "
        "not include the ferry crews in its talks with the board.")


@pytest.mark.parametrize("claim, verdict", [
    # "without" a noun of an act is the act's verb denied
    ("The guild's talks with the board proceeded without the inclusion of the ferry crews.",
     "supported"),
    # the act affirmed, which the sentence denies by its verb
    ("The guild held its talks with the board with the inclusion of the ferry crews.",
     "not_found"),
])
def test_a_denied_act_by_its_noun(guild, claim, verdict):
    assert check(guild, claim).verdict == verdict
