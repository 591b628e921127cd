"""`qa check` on round 57's readings (branch precision57):

- a claim that grants a noun phrase with no verb of its own ("the auditors will have full
  access to the archive") is not supported by a sentence that denies, with "not" or "never",
  a verb whose object opens with that phrase ("the ministry would not allow full access to
  the archive"): the sentence withholds what the claim says is had (`denied.denied_unrated`);
- a claim's named speaker whom the sentence has say only things the claim never mentions
  ("Kessport itself says the crews were volunteers" / "crews whom it calls volunteers
  (Kessport says they were hired by the guild)") is heard saying another thing: the claim's
  words are in the sentence, not in that speaker's mouth (`speaker_elsewhere.heard_otherwise`;
  `sayings` reads "Kessport itself says" and "it is Kessport that calls").

Each test asserts the verdict on a small corpus written here; the guards are claims the
change must leave alone: the same phrase denied by a claim verb of its own ("were left out
of", "lacked"), a claim that itself denies, a phrase of one word."""
from qa.claims.denied import denied_unrated
from qa.claims.facts import parse
from qa.claims.speaker_elsewhere import heard_otherwise
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["After the renewal of the harbour licence in 2021, the ministry directly informed "
           "the port board that the ministry would not allow full access to the archive for "
           "the auditors carrying out customs inspections.",
           "The port board met in March to discuss the budget of the ferry service."]
CREWS = ["In particular, Norland has angered Kessport by holding 30 Kessport sailors whom it "
         "calls smugglers (Kessport says they were hired by the fishing guild).",
         "The harbour board met in the autumn to discuss the new pier."]
FERRY = ["The ferry company has never run night crossings to Orm since the pier was rebuilt.",
         "The ferry service carried 40,000 passengers in 2020."]


def denier(claim: str, sentence: str):
    vocab = vocabulary_for(Analyzer())
    found = denied_unrated(parse(claim, vocab), parse(sentence, vocab), vocab)
    return found.word if found else None


def test_a_phrase_had_is_not_supported_where_its_verb_is_denied(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + FERRY + OTHER_TOPICS)
    for claim in ("After the renewal of the licence in 2021 the ministry told the port board "
                  "that the auditors will have full access to the archive for customs "
                  "inspections.",
                  "The ferry company has had night crossings to Orm since the pier was "
                  "rebuilt."):
        payload = check_in(claim)
        assert payload["verdict"] != "supported", (claim, payload)


def test_the_sentence_alone_still_supports_what_it_says(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + FERRY + OTHER_TOPICS)
    payload = check_in("The ferry service carried 40,000 passengers in 2020.")
    assert payload["verdict"] == "supported", payload


def test_the_denied_verb_is_found():
    assert denier("The auditors will have full access to the archive.",
                  "The ministry would not allow full access to the archive.") == "allow"
    assert denier("The company had night crossings to Orm.",
                  "The company never ran night crossings to Orm.") == "ran"


def test_a_claim_verb_of_its_own_may_be_the_denial_reworded():
    sentence = "The ministry did not include civil society actors in the talks."
    assert denier("Civil society actors were left out of the talks.", sentence) is None
    assert denier("The auditors were given civil society actors.", sentence) is None


def test_a_claim_that_denies_or_is_negative_is_left_alone():
    sentence = "The ministry would not allow full access to the archive."
    assert denier("The auditors did not have full access to the archive.", sentence) is None
    assert denier("The auditors had restricted full access to the archive.", sentence) is None


def test_one_word_or_another_cue_is_no_denial_of_the_phrase():
    assert denier("The auditors will have access to the archive.",
                  "The ministry would not allow access to the archive.") is None
    assert denier("The auditors will have full access to the archive.",
                  "The ministry went ahead without full access to the archive.") is None


def heard(claim: str, sentence: str):
    vocab = vocabulary_for(Analyzer())
    found = heard_otherwise(parse(claim, vocab), parse(sentence, vocab), vocab)
    return found[0].text if found else None


def test_a_speaker_heard_saying_another_thing_is_not_supported(tmp_path):
    check_in = checker(tmp_path, "Crews", CREWS + OTHER_TOPICS)
    for claim in ("Norland holds 30 Kessport sailors, and Kessport itself says these sailors "
                  "were smugglers.",
                  "Norland is holding 30 Kessport sailors, and it is Kessport that calls them "
                  "smugglers."):
        payload = check_in(claim)
        assert payload["verdict"] != "supported", (claim, payload)


def test_the_speakers_own_saying_still_supports(tmp_path):
    check_in = checker(tmp_path, "Crews", CREWS + OTHER_TOPICS)
    payload = check_in("Kessport says the 30 sailors held by Norland were hired by the "
                       "fishing guild.")
    assert payload["verdict"] == "supported", payload


def test_heard_otherwise_needs_a_saying_apart_from_the_claim():
    sentence = ("Norland holds 30 sailors whom it calls smugglers (Kessport says they were "
                "hired by the guild).")
    assert heard("Kessport itself says the sailors were smugglers.", sentence) == "Kessport"
    # the speaker's saying shares a word with the claim: it may be the claim's, read short
    assert heard("Kessport says the sailors were smugglers hired by the guild.",
                 sentence) is None
    # what the claim has it say is not in the sentence: another account, left to coverage
    assert heard("Kessport says the sailors were pirates.", sentence) is None
