"""Round 51, lead: a body's generic noun stated by its acronym as a clause's subject ("the
service has brought" / "Despite its small fleet, CPSR has brought": `qa.claims.class_nouns`),
as it is by the acronym as an owner ("CPSR's departure")."""
import pytest

from qa.claims.bodies import Bodies
from qa.claims.check import check
from qa.claims.class_nouns import headed_terms
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Coastal Patrol Service in Ruvala (CPSR) was set up in 2012 to police the lake.",
        "Despite its small fleet, CPSR has brought order to the lake crossings.",
        "The ferry guild blamed the delays on the customs office and CPSR in its 2016 report.",
        "A joint river service of Dorva and Lesk had patrolled the lake before 2012.")


def stated(harbour, claim, sentence):
    vocab = vocabulary_for(harbour.analyzer)
    claim = parse(claim, vocab)
    terms = headed_terms(claim, parse(sentence, vocab), Bodies(harbour), set())
    return sorted(t.word for t in claim.tokens if t.terms and set(t.terms) <= terms)


@pytest.mark.parametrize("sentence", [
    "CPSR patrolled the crossings.",  # the sentence's first word
    "The CPSR patrolled the crossings.",  # after function words only
    "Despite its small fleet, CPSR has patrolled the crossings.",  # after a break, an auxiliary
    "In the dry season, CPSR is patrolling the crossings.",
])
def test_an_acronym_opening_a_clause_states_the_generic_noun(harbour, sentence):
    assert stated(harbour, "The service patrolled the crossings.", sentence) == ["service"]


@pytest.mark.parametrize("sentence", [
    "The guild blamed the customs office and CPSR for the delays.",  # an object
    "The guild left CPSR with little leverage.",  # another's deed
    "In the dry season, CPSR, the guild says, patrols the crossings.",  # no verb next to it
    # a modifier, not the subject: a present verb is not read ("boats" may be a verb too)
    "In the dry season, CPSR boats patrol the crossings.",
    "In the dry season, CPSR patrols the crossings.",
])
def test_an_acronym_elsewhere_states_nothing(harbour, sentence):
    assert stated(harbour, "The service patrolled the crossings.", sentence) == []


def test_the_body_as_subject_supports_the_claim(harbour):
    result = check(harbour, "The service has brought order to the lake crossings.")
    assert result.verdict == "supported" and "service" not in result.unverified
    # a word of the phrase the sentence does not state: another service
    result = check(harbour, "The river service has brought order to the lake crossings.")
    assert "service" in result.unverified


# --- a quantity's verb of change against the sentence's of the other way (`change_way`) ---

@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2019 ferry fares fell by 12 percent after the new pier opened.",
        "Visitor numbers to the island dropped to 3,000 in 2017 after the storm.",
        "In 2020 the company raised the cap on tickets to 400 a day.",
        "Prices at the market climbed steadily through 2021.")


@pytest.mark.parametrize("claim", [
    "In 2019 ferry fares climbed by 12 percent after the new pier opened.",
    "In 2019 ferry fares soared by 12 percent after the new pier opened.",
    "Visitor numbers to the island surged in 2017 after the storm.",
    "Visitor numbers to the island jumped to 3,000 in 2017 after the storm.",
    "Prices at the market plunged through 2021.",
])
def test_a_quantity_moving_the_other_way_contradicts(ferries, claim):
    result = check(ferries, claim)
    assert result.verdict == "contradicted"
    assert result.evidence[0].conflicts[0].kind == "relation"


@pytest.mark.parametrize("claim", [
    "In 2019 ferry fares plunged by 12 percent after the new pier opened.",
    "Visitor numbers to the island sank after the storm of 2017.",
    "Prices at the market soared through 2021.",
])
def test_a_quantity_moving_the_same_way_is_supported(ferries, claim):
    assert check(ferries, claim).verdict == "supported"


def test_a_verb_with_an_object_is_left_to_the_antonyms(ferries):
    # "limited tickets" and "raised the cap": two verbs with objects, whose first senses of
    # magnitude go two ways; the claim is true and must not be contradicted
    result = check(ferries, "In 2020 the company limited tickets to 400 a day.")
    assert result.verdict != "contradicted"


# --- a change by degrees: "more and more" / "increasingly"; "less" against "increasingly" ---

@pytest.fixture(scope="module")
def council(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "After the strike, the island council became increasingly critical of the ferry "
        "company's timetable.")


@pytest.mark.parametrize("claim", [
    "After the strike, the island council grew more and more critical of the ferry company's "
    "timetable.",
    "After the strike, the island council grew more critical of the ferry company's timetable.",
])
def test_a_repeated_comparative_is_stated_by_increasingly(council, claim):
    assert check(council, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "After the strike, the island council grew less critical of the ferry company's timetable.",
    "After the strike, the island council grew less and less critical of the ferry company's "
    "timetable.",
])
def test_less_against_increasingly_contradicts(council, claim):
    result = check(council, claim)
    assert result.verdict == "contradicted"
    assert (result.evidence[0].conflicts[0].claim, result.evidence[0].conflicts[0].source) \
        == ("less", "increasingly")


# --- a date the sentence gives one event, the claim's event placed from it in other words ---

@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Lake Authority was created in 2009 to manage fishing quotas and water quality on "
        "Lake Varro.",
        "In 2015 the authority closed the northern fishery for two years because fish stocks "
        "had collapsed.",
        "The closure was opposed by the fishing cooperative, which argued that it would cost "
        "400 jobs.",
        "A study by the University of Kessel found that pollution from the paper mill, not "
        "overfishing, was the main cause of the collapse.",
        "The authority fined the paper mill 2 million dollars in 2017, and the mill installed "
        "new filters a year later.",
        "Since the filters were installed, water quality has improved and fish stocks have "
        "partly recovered.",
        "The southern fishery remained open throughout, although catches there fell by a "
        "third.",
        "The authority's budget is funded mainly by licence fees, with a smaller grant from "
        "the regional government.")


def test_a_reworded_placed_event_is_not_contradicted_by_the_anchor_date(lake):
    # "put in" is "installed", a year after 2017: the claim is true, but its verb is not the
    # sentence's, so which event 2018 dates is not known: not found, never contradicted
    result = check(lake, "The mill put in new filters in 2018.")
    assert result.verdict == "not_found"


@pytest.mark.parametrize("claim, verdict", [
    ("The mill installed new filters in 2017.", "contradicted"),  # the counted date
    ("The authority fined the paper mill in 2018.", "contradicted"),  # the anchor's
])
def test_the_two_events_dates_still_read(lake, claim, verdict):
    assert check(lake, claim).verdict == verdict


# --- two things named by common nouns on each other's side of the verb (`mirrored`) ---

@pytest.mark.parametrize("claim", [
    "The paper mill fined the authority 2 million dollars in 2017.",
    "In 2017 the paper mill fined the lake authority 2 million dollars.",
])
def test_subject_and_object_swapped_is_no_support(lake, claim):
    result = check(lake, claim)
    assert result.verdict == "contradicted"
    assert result.evidence[0].conflicts[0].kind == "actor"


@pytest.mark.parametrize("claim", [
    "The authority fined the paper mill 2 million dollars in 2017.",
    "In 2017 the authority fined the paper mill 2 million dollars.",
    "The paper mill was fined 2 million dollars by the authority in 2017.",  # a passive
])
def test_each_on_its_own_side_is_supported(lake, claim):
    assert check(lake, claim).verdict == "supported"


# --- "X, not Y" with its sides the other way round (`clauses.aside`) ---

def test_a_parenthetical_contrast_traded_contradicts(lake):
    result = check(lake, "A University of Kessel study found that overfishing, not pollution, "
                         "was the main cause of the collapse.")
    assert result.verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "A University of Kessel study found that pollution, not overfishing, was the main cause "
    "of the collapse.",
    "A University of Kessel study found that pollution from the paper mill, not overfishing, "
    "was the main cause of the collapse.",
])
def test_a_parenthetical_contrast_kept_is_supported(lake, claim):
    assert check(lake, claim).verdict == "supported"


def test_two_clauses_ending_their_subjects_alike_are_two_things(tmp_path_factory):
    corpus = port_report(
        tmp_path_factory,
        "Attendance at Foss college soared in 2012, and enrolment at Brell college went down.",
        "In 2019 ferry fares fell by 12 percent after the new pier opened.")
    # "college ... soared" is Foss's attendance, not Brell's enrolment: a true claim
    assert check(corpus, "Enrolment at Brell college fell in 2012.").verdict != "contradicted"
    assert check(corpus, "In 2019 ferry fares climbed by 12 percent after the new pier "
                         "opened.").verdict == "contradicted"
