"""`qa check` on the readings of round 55 (branch conflict55):

- the writer's frame of an official answer or a correction letter ("I can confirm that",
  "It is our assessment that", "Contrary to your article,", "Your correspondent is
  mistaken:") states no fact of the event: the clause it frames is contradicted as it would
  be alone, and supported only when its evidence leaves nothing of it unstated
  (conflict55's `answer_frames`; the merge kept frame55's `writer_frames`, which reads them);
- a preposition's object before an -ed verb ("the survey of Carrow published in May") is
  neither the verb's subject nor its owner (`opposition.agent_replaced`, `owner_swapped`);
- two words of opposite polarity that WordNet gives one meaning ("engaged against" /
  "fighting") are one deed, no reversal (`polar_kin`);
- a party a cleft denies a deed ("It was not X who inspected the hull") is contradicted only by
  a sentence that tells that deed, not one naming X in another role (`cleft_denial`);
- a name ending a fronted adjunct ("Following the demand of Carrow, the Board ...") and one
  opening the main clause after it share no role by the adjunct's words (`fronted_adjunct`).

Each test asserts the verdict on a small corpus written here; the guards are claims the
change must leave alone."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter."]
PORT = ["As of March 2016 the port authority had recorded 38 groundings on the sandbar, and "
        "more than 90 boats had been damaged in the winter storms.",
        "The sandbar survey, submitted to the harbour board in June 2021, offered two options "
        "for the channel.",
        "Despite some efforts by the wardens, the condition of the western quay has "
        "deteriorated since early 2015.",
        "The ferry company first began its service to Orm in May 2009."]
SURVEY = ["The row deepened in May 2023 following the publication of a Guild survey that "
          "concluded that the flooding of more than 40 cellars in Carrow was caused by Norland "
          "dredgers and foreign crews.",
          "The Guild's survey angered the harbour board."]
PATROL = ["Secondly, the Kessel Brigade has been fighting smugglers on the lagoon since March "
          "2019.",
          "Norland's coastal guard was rebuilt after the floods."]
HULL = ["A team of inspectors from the shipyard, escorted by divers from the Orm coastguard, "
        "examine the hull of the sunken ferry off Kessa, 12 April 2020."]


def conflicts(payload):
    return [c for e in payload["evidence"] for c in e.get("conflicts", [])]


def test_a_confirmed_figure_is_contradicted(tmp_path):
    check_in = checker(tmp_path, "Port", PORT + HARBOUR + OTHER_TOPICS)
    for claim in ("I can confirm that, as of March 2016, 83 groundings had been recorded by "
                  "the port authority.",
                  "We understand that as of March 2016 the port authority had recorded 83 "
                  "groundings on the sandbar."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload
        assert any(c["kind"] == "number" for c in conflicts(payload))


def test_an_assessment_and_a_correction_are_contradicted(tmp_path):
    check_in = checker(tmp_path, "Port", PORT + HARBOUR + OTHER_TOPICS)
    for claim in ("It is our assessment that the sandbar survey, submitted to the harbour "
                  "board in June 2021, offered five options for the channel.",
                  "Contrary to your article, the sandbar survey submitted in June 2021 "
                  "offered five options for the channel.",
                  "Your correspondent got it wrong: the ferry company first began its "
                  "service to Orm in May 2011.",
                  "Contrary to what your piece implied, the condition of the western quay "
                  "has improved since early 2015."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", (claim, payload)


def test_a_framed_true_claim_is_supported_or_left_alone(tmp_path):
    check_in = checker(tmp_path, "Port", PORT + HARBOUR + OTHER_TOPICS)
    payload = check_in("Your correspondent got the year wrong: the ferry company first began "
                       "its service to Orm in May 2009.")
    assert payload["verdict"] == "supported", payload
    payload = check_in("I can confirm that, as of March 2016, 38 groundings had been recorded "
                       "by the port authority.")
    assert payload["verdict"] != "contradicted", payload


def test_a_frame_naming_another_source_is_no_answer_frame():
    # conflict55's answer_frames and frame55's writer_frames read the same frames; the merge
    # kept writer_frames, and these cases hold for it
    from qa.claims.writer_frames import writer_frame_removed
    assert writer_frame_removed("Contrary to what the ministry said, the port closed in May.") \
        == "Contrary to what the ministry said, the port closed in May."
    assert writer_frame_removed("The mayor can confirm that the port closed in May.") \
        == "The mayor can confirm that the port closed in May."
    assert writer_frame_removed("Contrary to your report, the port closed in May.") \
        == "The port closed in May."
    assert writer_frame_removed(
        "It is our assessment, having read the logs, that the port closed in May.") \
        == "The port closed in May."


def test_the_object_of_a_preposition_does_not_own_the_verb_after_it(tmp_path):
    check_in = checker(tmp_path, "Survey", SURVEY + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Guild survey on Carrow published in May 2023 blamed Norland dredgers "
                       "and foreign crews for the flooding of more than 40 cellars.")
    assert payload["verdict"] != "contradicted", payload


def test_engaged_against_is_fighting(tmp_path):
    check_in = checker(tmp_path, "Patrol", PATROL + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Kessel Brigade has been engaged against smugglers on the lagoon "
                       "since March 2019.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("The Kessel Brigade has been fighting smugglers on the lagoon since "
                       "March 2021.")
    assert payload["verdict"] == "contradicted", payload


def test_polar_kin_pairs():
    from qa.claims.polar_kin import one_meaning
    assert one_meaning("engaged", "fighting")
    assert not one_meaning("improved", "deteriorated")
    assert not one_meaning("freed", "detained")
    assert not one_meaning("praised", "criticised")


def test_a_party_denied_one_deed_and_named_in_another_role(tmp_path):
    check_in = checker(tmp_path, "Hull", HULL + HARBOUR + OTHER_TOPICS)
    payload = check_in("It was not the Orm coastguard divers who examined the hull of the sunken "
                       "ferry off Kessa in April 2020; they were escorting a team of inspectors "
                       "from the shipyard.")
    assert payload["verdict"] != "contradicted", payload


def test_a_party_denied_the_deed_the_sentence_gives_it_is_contradicted(tmp_path):
    check_in = checker(tmp_path, "Hull", ["Divers from the Orm coastguard examined the hull of "
                                          "the sunken ferry off Kessa on 12 April 2020."]
                       + HARBOUR + OTHER_TOPICS)
    payload = check_in("It was not the Orm coastguard divers who examined the hull of the sunken "
                       "ferry off Kessa in April 2020.")
    assert payload["verdict"] == "contradicted", payload


@pytest.mark.parametrize("sentence", [
    "The Guild published a survey in May 2023 that blamed Norland dredgers.",
    "In May 2023 the survey was published by the Guild; it blamed Norland dredgers."])
def test_a_preposition_object_is_not_the_publisher(sentence):
    from qa.claims.facts import parse
    from qa.claims.opposition import agent_replaced, owner_swapped
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    claim = parse("The Guild survey on Carrow published in May 2023 blamed Norland dredgers for "
                  "the flooding.", vocab)
    parsed = parse(sentence, vocab)
    assert agent_replaced(claim, parsed, vocab) is None
    assert owner_swapped(claim, parsed, vocab) is None


LEASE = ["Following the guild's request, the Harbour Board ended the lease on June 30th and "
         "decided that the removal of the pontoons would be completed by October 2023.",
         "The pontoons had been installed in 2009."]


def test_a_name_ending_a_fronted_adjunct_is_not_the_main_clause_subject(tmp_path):
    check_in = checker(tmp_path, "Lease", LEASE + HARBOUR + OTHER_TOPICS)
    payload = check_in("Following the demand of Carrow, the Harbour Board ended the lease on "
                       "30 June 2023.")
    assert payload["verdict"] != "contradicted", payload


def test_another_subject_of_the_main_clause_is_still_contradicted(tmp_path):
    check_in = checker(tmp_path, "Lease", LEASE + HARBOUR + OTHER_TOPICS)
    payload = check_in("Following the demand of Carrow, the Port Council ended the lease on "
                       "30 June 2023.")
    assert payload["verdict"] == "contradicted", payload


@pytest.mark.parametrize("claim_name, sentence_name, shared", [
    ("Carrow", "Harbour Board", False),  # the adjunct's name / the main clause's subject
    ("Harbour Board", "Port Council", True)])  # two subjects of the main clause
def test_the_role_of_a_name_in_a_fronted_adjunct(claim_name, sentence_name, shared):
    from qa.claims.compare import same_role
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    claim = parse("Following the demand of Carrow, the Harbour Board ended the lease on 30 June "
                  "2023.", vocab)
    sentence = parse(f"Following the guild's request, the {sentence_name} ended the lease on "
                     "June 30th.", vocab)
    mine = next(m for m in claim.mentions if m.text == claim_name)
    theirs = next(m for m in sentence.mentions if m.text.endswith(sentence_name))
    assert same_role(claim, mine, sentence, theirs, vocab) is shared
