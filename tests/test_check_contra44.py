"""A verb the sentence denies in the place of the claim's affirmed verb contradicts the claim
("the guild was brought into the harbour talks" / "the harbour talks did not include the
guild"; "gave the crews training" / "did not provide the crews with training"), and the
plain denials it must be (`qa.claims.verb_in_place.denied_relation`). Invented sentences."""
import pytest

from qa.claims.facts import parse
from qa.claims.reversed_manner import denying_verb_terms
from qa.claims.verb_in_place import denied_kin_in_place, denied_relation
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def denial(claim: str, sentence: str):
    found = denied_relation(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB, frozenset())
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("claim, sentence, pair", [
    ("The guild brought the pilots into the harbour talks.",
     "The guild did not include the pilots in the harbour talks.", ("brought", "include")),
    # a passive claim against an active sentence: the parties the other way round
    ("The pilots were brought into the harbour agreement.",
     "The harbour agreement did not include the pilots.", ("brought", "include")),
    # the claim's verb stated only by the sentence's denied paraphrase
    ("The ministry gave the lock keepers new radios in March.",
     "In March the ministry did not provide the lock keepers with new radios.",
     ("gave", "provide")),
])
def test_the_claims_verb_denied_in_its_place(claim, sentence, pair):
    assert denial(claim, sentence) == pair


@pytest.mark.parametrize("claim, sentence", [
    # the claim denies too: the two may deny alike
    ("The talks went ahead without the inclusion of the pilots.",
     "The talks did not include the pilots."),
    # a modal: advice or a condition, not what happened
    ("The pilots were brought into the harbour agreement.",
     "The harbour agreement would not include the pilots."),
    ("The guild could bring the pilots into the harbour talks.",
     "The guild did not include the pilots in the harbour talks."),
    # the denied verb governs another: "want" is not the event
    ("The guild welcomed the pilots into the harbour talks.",
     "The guild did not want to exclude the pilots from the harbour talks."),
    # the claim's verb holds a denial of its own: both say it was left unanswered
    ("The guild ignored the council's letter in May.",
     "The guild did not answer the council's letter in May."),
    ("The board halted the ferry service in May.",
     "The board did not continue the ferry service in May."),
    # a synonym of the claim's verb ("exclude") is the denied verb's antonym
    ("The new harbour agreement omitted the ferry crews.",
     "The new harbour agreement did not include the ferry crews."),
    # a particle of separation makes the claim's verb one of exclusion
    ("The guild turned the pilots away from the harbour talks.",
     "The guild did not include the pilots in the harbour talks."),
    # not a plain denial of the verb: not yet (it may later), barely (it did)
    ("The guild brought the pilots into the harbour talks.",
     "The guild had not yet included the pilots in the harbour talks."),
    ("The guild brought the pilots into the harbour talks.",
     "The guild barely included the pilots in the harbour talks."),
    # another verb denied in place, done to another thing: the pilots' talks, not the pilots
    ("The guild brought the pilots into the harbour talks.",
     "The guild did not include the harbour talks in its report on the pilots."),
])
def test_no_plain_denial(claim, sentence):
    assert not denial(claim, sentence)


def test_a_paraphrase_denied_is_found_only_where_it_alone_states_the_verb():
    claim = parse("The ministry gave the lock keepers new radios in March.", VOCAB)
    denied = parse("In March the ministry did not provide the lock keepers with new radios.",
                   VOCAB)
    affirmed = parse("In March the ministry provided the lock keepers with new radios.", VOCAB)
    assert denied_kin_in_place(claim, denied, VOCAB)
    assert denied_kin_in_place(claim, affirmed, VOCAB) is None


def test_a_denied_verb_in_place_contradicts_the_claim(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "However, it was noted that, unlike the earlier river accord, the harbour talks did not"
        " include the fishermen's guild.",
        "The ministry did not provide the coast guard crews with winter training before the"
        " storm season.",
        "The port authority did not open the northern quay to cargo ships until the dredging"
        " ended in May.",
        *OTHER_TOPICS])
    for claim in ("Unlike the earlier river accord, the harbour talks brought the fishermen's"
                  " guild to the table.",
                  "The fishermen's guild was brought into the harbour talks, unlike in the"
                  " earlier river accord."):
        result = check(claim)
        assert result["verdict"] == "contradicted"
        conflict = result["evidence"][0]["conflicts"][0]
        assert (conflict["claim"], conflict["source"]) == ("brought", "not include")
    # main supported it: "provide" states "gave", its denial was not read
    assert check("The ministry gave the coast guard crews winter training before the storm"
                 " season.")["verdict"] == "contradicted"
    # "did not open ... until": it opened, later
    assert check("The port authority opened the northern quay to cargo ships after the"
                 " dredging ended in May.")["verdict"] == "supported"
    # the talks' own denial: nothing contradicts it
    assert check("The harbour talks went ahead without the fishermen's guild, unlike the"
                 " earlier river accord.")["verdict"] != "contradicted"


# --- the claim's verb of a word the sentence denies with a verb of its own -------------------

@pytest.mark.parametrize("claim, source, terms", [
    ("The coast guard was given a rescue mandate.", "not have a rescue", {"given"}),
    ("The harbour levy passed unanimously in May.", "not unanimously", {"pass"}),
    # the claim denies the word itself: the sentence's denial does not answer it
    ("The coast guard was not given a rescue mandate.", "not have a rescue", set()),
])
def test_the_claims_verb_of_a_denied_word_is_part_of_the_reversal(claim, source, terms):
    sentences = {"not have a rescue": "During the storms the coast guard did not have a rescue"
                                      " mandate.",
                 "not unanimously": "In May the harbour levy was not unanimously adopted, with"
                                    " two councillors abstaining."}
    sentence = parse(sentences[source], VOCAB)
    start = sentence.text.index(source)
    word = source.split()[-1]
    conflict = Conflict(word, source, ConflictKind.POLARITY, (start, start + len(source)))
    found = denying_verb_terms(parse(claim, VOCAB), [conflict], sentence)
    assert {t for term in terms for t in VOCAB.analyzer.terms(term)} == found


def test_a_denied_word_with_the_claims_verb_reworded_contradicts_it(tmp_path):
    check = checker(tmp_path, "Straits", [
        "While the coast guard was operating in a season of violent storms fuelled in large"
        " part by the warm currents of the northern strait, it did not have a rescue mandate.",
        "In June, for the first time since the founding of the harbour board, the levy on"
        " ferry tickets was not unanimously adopted, with two councillors abstaining.",
        *OTHER_TOPICS])
    # "given" left unsaid in the rest, main called it not_found
    result = check("The coast guard was given a rescue mandate to respond to calls in the"
                   " strait.")
    assert result["verdict"] == "contradicted"
    conflict = result["evidence"][0]["conflicts"][0]
    assert (conflict["claim"], conflict["source"]) == ("rescue", "not have a rescue")
