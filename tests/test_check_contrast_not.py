"""A claim's final contrastive "not" stated by a sentence's "rather than" (`qa.claims.contrast_not`):
"went to guarding its staff, not patients" / "was devoted to protecting staff, rather than
caring for patients". The claims are about a small corpus written here."""
from qa.claims.contrast_not import denied_phrase
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

CLINIC = ["The shortage of nurses and the closure of the northern ward meant that up to 60 "
          "percent of the clinic's budget was devoted to paying guards and fuel, rather than "
          "buying medicine for patients."]


def test_a_contrastive_not_is_stated_by_what_the_sentence_sets_aside(tmp_path):
    check_in = checker(tmp_path, "Clinic", CLINIC + OTHER_TOPICS)
    for claim in ("Up to 60 percent of the clinic's budget was devoted to paying guards and "
                  "fuel, not medicine.",
                  "Up to 60 percent of the clinic's budget was devoted to paying guards and "
                  "fuel, and not to buying medicine for patients."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload


def test_the_reverse_or_another_denial_is_not_supported(tmp_path):
    check_in = checker(tmp_path, "Clinic", CLINIC + OTHER_TOPICS)
    for claim in (
            # the sides the other way round
            "Up to 60 percent of the clinic's budget was devoted to buying medicine, not "
            "paying guards and fuel.",
            # a word the sentence affirms, denied
            "Up to 60 percent of the clinic's budget was devoted to paying guards, not fuel.",
            # a denial of the verb, not a contrast
            "Up to 60 percent of the clinic's budget was not devoted to paying guards and "
            "fuel."):
        payload = check_in(claim)
        assert payload["verdict"] != "supported", (claim, payload)


def test_which_not_opens_a_contrast():
    vocab = vocabulary_for(Analyzer())
    words = lambda text: denied_phrase(parse(text, vocab))
    assert words("The budget went to guards, not medicine.")
    assert words("The budget went to guards, and not to medicine.")
    assert not words("The budget did not go to medicine.")
    assert not words("The budget went to guards, not least because of thefts.")
    assert not words("The budget went to guards, not medicine, and fuel was cut.")
