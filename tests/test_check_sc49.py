"""True or unstated claims that were called `contradicted` by a conflict from another event or
another role (round 49): a cause told back by "because of this"; a passive refusal whose agent
was read as denied; a name owning another noun than the claim's; a defined noun opening a
headline without its article; a name elsewhere in the sentence taken for the claim's actor; a
claim that tells both sides of a reversal itself; a date of the opposite event. Invented
sentences."""
import pytest

from qa.claims.facts import parse
from qa.claims.sides import names_in_other_roles, placed_alike
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = [
    "Following the fishermen's complaint, the port authority closed the northern quay on "
    "3 May and decided that the repairs would be finished by August 2024.",
    "After the storm damaged the ferry ramp, the island council suspended the evening "
    "crossings for two weeks.",
    "The harbour master asked the island council to consider building a second breakwater "
    "in 2021.",
    "The ferry company's application for a night licence was rejected by the port board.",
    "The fishermen's request for a new slipway was approved by the island council in May 2022.",
    "On 12 March 2019 the island council renewed the pilot service contract by unanimously "
    "adopting Decision 44.",
    "The Norland coast guard angered Sudland by detaining twelve Sudlander fishermen in "
    "April 2021.",
    "With the harbour board's imposition of a ban on night fishing in the bay in January "
    "2022, the catch fell sharply.",
    "Thirdly, and due partly to the arrival of the new ferry, the island council closed the "
    "old landing stage.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("harbour49"), "Harbour", HARBOUR)


@pytest.mark.parametrize("claim", [
    # "X, and because of this Y": the cause told first, as "Following X, Y" tells it (main:
    # contradicted at 0.9, "because" against "After" read as the other order)
    "The storm damaged the ferry ramp, and because of that the island council suspended the "
    "evening crossings.",
    "The fishermen complained about the northern quay, and because of this the port "
    "authority closed it on 3 May.",
])
def test_a_cause_referred_back_is_the_earlier_event(check, claim):
    assert check(claim)["verdict"] == "supported"


def test_a_cause_referred_back_the_other_way_is_contradicted(check):
    claim = ("The island council suspended the evening crossings, and because of this the "
             "storm damaged the ferry ramp.")  # main: supported at 1.0
    assert check(claim)["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    # "refused by the island council" denied "island" (main: contradicted at 0.9 by a
    # sentence that only names the council)
    "The harbour master's request for a second breakwater was refused by the island council.",
    "Request of the harbour master for a second breakwater was denied by the island council "
    "in 2021.",
])
def test_the_agent_of_a_passive_refusal_is_not_denied(check, claim):
    assert check(claim)["verdict"] == "not_found"


def test_a_passive_refusal_restated_stays_supported(check):
    claim = "The ferry company's application for a night licence was refused by the port board."
    assert check(claim)["verdict"] == "supported"


def test_a_passive_refusal_against_an_approval_is_contradicted(check):
    claim = ("The fishermen's request for a new slipway was refused by the island council in "
             "May 2022.")
    assert check(claim)["verdict"] == "contradicted"


def test_a_headline_defined_noun_is_dated_by_its_own_deed(check):
    # "Decision ending the contract in March 2021" (no article) against the renewal of 2019
    # (main: contradicted at 0.87 by the date)
    claim = ("Decision ending the pilot service contract in March 2021 was adopted unanimously "
             "by the island council.")
    assert check(claim)["verdict"] == "not_found"


def test_the_same_deed_on_another_date_is_contradicted(check):
    claim = ("The island council renewed the pilot service contract on 12 March 2020 by "
             "unanimously adopting Decision 44.")
    assert check(claim)["verdict"] == "contradicted"


def test_a_claim_that_tells_the_reverse_itself_is_not_contradicted(check):
    # "freed the detained fishermen" / "detaining": the detention is the claim's own earlier
    # state (main: contradicted at 0.85, "freed" against "angered")
    claim = "The Norland coast guard freed the twelve detained Sudlander fishermen within a month."
    assert check(claim)["verdict"] == "not_found"


def test_a_plain_reversal_stays_contradicted(check):
    claim = "The Norland coast guard freed twelve Sudlander fishermen in April 2021."
    assert check(claim)["verdict"] == "contradicted"


def test_the_opposite_event_dates_nothing_of_the_claim(check):
    # "lifted its ban in June" / "the imposition of a ban in January" (main: contradicted at
    # 0.86 by the month)
    claim = "The harbour board lifted its ban on night fishing in the bay in June 2022."
    assert check(claim)["verdict"] == "not_found"


def test_the_same_event_on_another_date_stays_contradicted(check):
    claim = "The harbour board imposed a ban on night fishing in the bay in June 2022."
    assert check(claim)["verdict"] == "contradicted"


def test_a_cause_after_due_partly_to_is_read(check):
    # "X was partly a result of Y" / "due partly to X, Y": the cause the other way round
    # (main: supported at 0.91)
    claim = ("The arrival of the new ferry was partly a result of the island council closing "
             "the old landing stage.")
    assert check(claim)["verdict"] == "contradicted"


def test_a_cause_after_due_partly_to_as_told_is_supported(check):
    claim = ("The island council closed the old landing stage partly because of the arrival of "
             "the new ferry.")
    assert check(claim)["verdict"] == "supported"


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def names(text, vocab):
    parsed = parse(text, vocab)
    return parsed, {m.text: m for m in parsed.mentions if m.family == "name"}


def test_owners_of_different_nouns_hold_different_roles(vocab):
    # "the audit of the Port Inspectorate" / "the Harbour Board's licence": each owns its own
    # noun, no rival for one
    claim, mine = names("The audit of the Port Inspectorate recommended adding 40 berths.",
                        vocab)
    sentence, theirs = names("The audit followed talks to renew the Harbour Board's licence, "
                             "during which councillors discussed adding 40 berths.", vocab)
    assert names_in_other_roles(claim, mine["Port Inspectorate"], sentence,
                                theirs["Harbour Board"], vocab)


def test_owners_of_the_same_noun_are_rivals(vocab):
    claim, mine = names("The survey of the Harbour Board recommended dredging the channel.",
                        vocab)
    sentence, theirs = names("The Port Inspectorate's survey recommended dredging the channel.",
                             vocab)
    assert not names_in_other_roles(claim, mine["Harbour Board"], sentence,
                                    theirs["Port Inspectorate"], vocab)


def test_a_name_placed_by_no_shared_verb_is_not_placed_alike(vocab):
    # "Sudland paid for the seminars" / "seminars that support Norland island councils":
    # no verb both state puts Norland where the claim puts Sudland
    claim, mine = names("Last year Sudland paid for most of the seminar series on coastal "
                        "plans.", vocab)
    sentence, theirs = names("The meeting was part of a series of seminars that aims to "
                             "support Norland island councils on coastal plans.", vocab)
    assert not placed_alike(claim, mine["Sudland"], sentence, theirs["Norland"], vocab)


def test_a_name_on_the_claim_actors_side_of_a_shared_verb_is_placed_alike(vocab):
    claim, mine = names("Last year Sudland funded the seminar series.", vocab)
    sentence, theirs = names("Last year Norland funded the seminar series.", vocab)
    assert placed_alike(claim, mine["Sudland"], sentence, theirs["Norland"], vocab)


SEMINAR = [
    "On 3 May 2023, the Harbour Institute (HI), the Tide Center, and Coastal Report organized "
    "a seminar to discuss the lessons of the Norland ferry service over its ten years.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def seminar(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("seminar49"), "Seminar", SEMINAR)


@pytest.mark.parametrize("claim", [
    # "the Institute's Port Elm office" shared the Institute with "the Institute (HI), the
    # Tide Center": a name beside the same name, in another role (main: contradicted at
    # 0.68-0.71, Port Elm against the Tide Center)
    "The May 2023 seminar on the Norland ferry service was held at the Harbour Institute's "
    "Port Elm office.",
    "The May 2023 seminar on lessons of the Norland ferry service was held at the Harbour "
    "Institute's Kingston office.",
])
def test_a_name_qualifying_an_owners_noun_is_no_rival_of_a_listed_name(seminar, claim):
    assert seminar(claim)["verdict"] != "contradicted"


@pytest.mark.parametrize("claim", [
    "The May 2023 seminar on the Norland ferry service was organized by the Harbour Institute, "
    "the Tide Center and the Marine Council.",
    "The Harbour Institute, the Sea Center and Coastal Report organized a seminar on the "
    "Norland ferry service in May 2023.",
])
def test_a_name_swapped_in_a_list_stays_contradicted(seminar, claim):
    assert seminar(claim)["verdict"] == "contradicted"


PARK = [
    "Extra rangers would potentially enable the park service to increase the number of Night "
    "Patrol Posts (NPPs) it can deploy at any one time, enhancing its presence in areas where "
    "rhinos are especially vulnerable.",
    "The new fences reduced the number of poaching incidents in the northern reserve by a "
    "third.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def park(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("park49"), "Park", PARK)


def test_the_number_of_another_thing_places_no_reversal(park):
    # "halved the number of poaching incidents" / "increase the number of posts": two
    # measures of two things (main: contradicted at 0.85)
    claim = ("Night patrol posts halved the number of poaching incidents in the areas where "
             "they were deployed.")
    assert park(claim)["verdict"] != "contradicted"


@pytest.mark.parametrize("claim", [
    "Extra rangers would enable the park service to reduce the number of night patrol posts "
    "it can deploy at any one time.",
    "The new fences increased the number of poaching incidents in the northern reserve by a "
    "third.",
])
def test_the_number_of_the_same_thing_reversed_stays_contradicted(park, claim):
    assert park(claim)["verdict"] == "contradicted"


def test_a_degree_sign_unit_is_no_name(vocab):
    # "2–3 °C warmer" named an actor "C", set against the claim's period (main: a conflict
    # "Medieval Warm Period" / "C")
    parsed = parse("The Pliocene was about 2–3 °C warmer than today, and 36 °F warmer in the "
                   "Arctic.", vocab)
    assert [m.text for m in parsed.mentions if m.family == "name"] == ["Pliocene", "Arctic"]
