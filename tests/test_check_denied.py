"""`qa check` withholds support from a sentence that misses the claim's word another sentence
denies (`qa.claims.denied`), and from one that tells as still to come, or only as possible,
what the claim says has already happened (`qa.claims.modality`). Each test writes a small
corpus of its own."""
from tests.test_check import OTHER_TOPICS, checker


def test_a_support_missing_the_word_another_sentence_denies_is_withdrawn(tmp_path):
    texts = ["The harbour patrol of Lodwar had a wide mandate from the regional board, covering "
             "ferries and fishing boats.",
             "Although smuggling grew along the coast, the harbour patrol of Lodwar did not "
             "have a customs mandate."] + OTHER_TOPICS
    check_in = checker(tmp_path, "Patrol", texts)
    payload = check_in("The harbour patrol of Lodwar was given a customs mandate by the regional "
                       "board.")
    assert payload["verdict"] != "supported", payload
    # the same claim without the denied word: the first sentence states it
    payload = check_in("The harbour patrol of Lodwar was given a mandate by the regional board.")
    assert payload["verdict"] == "supported", payload


def test_a_denial_of_a_word_the_support_states_takes_nothing_away(tmp_path):
    # the supporting sentence says "customs" itself: the denial elsewhere is another matter
    texts = ["The regional board gave the harbour patrol of Lodwar a customs mandate in 2019.",
             "The river patrol did not have a customs mandate."] + OTHER_TOPICS
    payload = checker(tmp_path, "Patrol", texts)(
        "The harbour patrol of Lodwar was given a customs mandate by the regional board.")
    assert payload["verdict"] == "supported", payload


TEXTS = ["The Lodwar ferry company is set to deploy two hospital boats to the northern harbour "
         "early next year.",
         "Boats that come with a surgical team would be highly desirable for the island "
         "clinics."] + OTHER_TOPICS


def test_already_against_a_future_cue_is_not_support(tmp_path):
    check_in = checker(tmp_path, "Ferries", TEXTS)
    payload = check_in("Hospital boats of the Lodwar ferry company were already deployed to the "
                       "northern harbour.")
    assert payload["verdict"] != "supported", payload
    # the same event told as to come is stated
    payload = check_in("The Lodwar ferry company is set to deploy two hospital boats to the "
                       "northern harbour.")
    assert payload["verdict"] == "supported", payload


def test_already_against_a_modal_is_not_support(tmp_path):
    check_in = checker(tmp_path, "Ferries", TEXTS)
    payload = check_in("Several companies have already offered boats that come with a surgical "
                       "team for the island clinics.")
    assert payload["verdict"] != "supported", payload


def test_already_said_by_the_sentence_too_stays_supported(tmp_path):
    texts = ["The Lodwar ferry company has already deployed two hospital boats to the northern "
             "harbour, and more will follow."] + OTHER_TOPICS
    payload = checker(tmp_path, "Ferries", texts)(
        "The Lodwar ferry company has already deployed two hospital boats to the northern "
        "harbour.")
    assert payload["verdict"] == "supported", payload


DENIED = ["After the 2021 review, the port board told the assembly that it would not allow "
          "free access to the northern dock for the ferry inspectors."] + OTHER_TOPICS


def test_a_verb_of_the_sentence_denying_what_the_claim_grants_contradicts(tmp_path):
    check_in = checker(tmp_path, "Access", DENIED)
    payload = check_in("After the 2021 review, free access to the northern dock was guaranteed "
                       "to the ferry inspectors by the port board.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0]["source"] == "allow", payload
    # the claim denying it too agrees with the sentence
    payload = check_in("After the 2021 review, the port board would not grant free access to "
                       "the northern dock for the ferry inspectors.")
    assert payload["verdict"] != "contradicted", payload


def test_a_denied_negative_verb_denies_nothing_the_claim_grants(tmp_path):
    texts = ["After the 2021 review, the port board did not block free access to the northern "
             "dock for the ferry inspectors."] + OTHER_TOPICS
    payload = checker(tmp_path, "Access", texts)(
        "After the 2021 review, free access to the northern dock was guaranteed to the ferry "
        "inspectors by the port board.")
    assert payload["verdict"] != "contradicted", payload
