"""False claims with one changed fact that the checker aligned but did not call contradicted
(issue 14, round 34): a differing value anchored to the claim's event by the claim's other
typed facts (`qa.claims.anchored`), and a sentence that reverses the claim in two places, a
relation and a denial (`check.REVERSALS`), or by its opposite in a passive whose agent is the
claim's subject (`qa.claims.voice`). The corpus is invented: a river guild and its
barges."""
from types import SimpleNamespace

import pytest

from qa.claims.anchored import anchored
from qa.claims.check import blocking
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.claims.voice import crossed_voice
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

TEXTS = [
    "The Vessa guild suspended its barge convoys in response to the deaths of seven of its "
    "pilots in 2019, forcing the harbour to rely heavily on rail.",
    "The Orla wardens joined forces to defend the tolls, dismissing the guild's survey but "
    "allowing its inspectors to continue working.",
    "Short-term leases were often used for the barges, leading to a lack of care among the "
    "crews.",
    "In June the harbour sent twelve dredgers to the western canal.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # another year, with the guild and the seven pilots stated: the claim's event, its verbs
    # reworded ("stopped" / "suspended", "were killed" / "the deaths of")
    ("The Vessa guild stopped running barge convoys after seven of its pilots were killed in "
     "2017.", "contradicted"),
    ("The Vessa guild stopped running barge convoys after seven of its pilots were killed in "
     "2019.", "supported"),
    # one other fact of the claim stated (the guild), or none: another year is another
    # event's as often as this one's, and the reworded verbs leave too little of the rest
    ("The Vessa guild stopped running barge convoys after its pilots were killed in 2017.",
     "not_found"),
    ("The guild stopped running barge convoys after its pilots were killed in 2017.",
     "not_found"),
])
def test_a_value_anchored_by_the_claims_other_facts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Barges", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload


@pytest.mark.parametrize("claim, conflicts", [
    # the relation reversed and the word denied: one reversal of the claim, told twice
    ("After dismissing the guild's survey, the Orla wardens stopped its inspectors from "
     "working.", {"relation", "polarity"}),
    ("Long-term leases were generally used for the barges, which fostered care among the "
     "crews.", {"relation", "polarity"}),
])
def test_a_reversal_in_two_places_contradicts(tmp_path, claim, conflicts):
    check = checker(tmp_path, "Barges", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == "contradicted", payload
    assert {c["kind"] for c in payload["evidence"][0]["conflicts"]} == conflicts


@pytest.mark.parametrize("claim, sentence, crossed", [
    # the claim's subject is the passive's agent: the opposite stands in the claim word's place
    ("The Orla council accepted the dredging plan in May.",
     "In May the dredging plan was rejected by the Orla council.", True),
    # another agent
    ("The harbour board accepted the dredging plan in May.",
     "In May the dredging plan was rejected by the Orla council.", False),
    # both passive: `compare.same_place` reads these
    ("The dredging plan was accepted by the Orla council.",
     "The dredging plan was rejected by the Orla council.", False),
])
def test_opposites_across_voices(claim, sentence, crossed):
    claim_, sentence_ = parse(claim, VOCAB), parse(sentence, VOCAB)
    mine = next(t for t in claim_.tokens if t.word == "accepted")
    theirs = next(t for t in sentence_.tokens if t.word == "rejected")
    assert crossed_voice(claim_, mine, sentence_, theirs, VOCAB) == crossed


def test_a_reversal_across_voices_contradicts(tmp_path):
    check = checker(tmp_path, "Barges", TEXTS + [
        "A preliminary toll deal was signed by the harbour board in March. However, the "
        "proposed toll deal was rejected by the Orla wardens, on the grounds that it ignored "
        "the ferrymen."])
    # about half the rest unsaid ("as fair to the river ... guilds"): the reversal in place is
    # enough, as for a relation reversed beside the same word (`check.REVERSED_REST`)
    payload = check("The Orla wardens accepted the proposed toll deal as fair to the river "
                    "ferrymen and guilds.")
    assert payload["verdict"] == "contradicted", payload


@pytest.mark.parametrize("claim, blocks", [
    # a count of one in words is the claim's singular, not a figure the sentence leaves out
    ("Just a month before the survey, the guild hired pilots.", False),
    ("The guild was the one pushing for more tolls.", False),
    ("The guild hired seven pilots.", True),
])
def test_a_count_of_one_in_words_blocks_no_contradiction(claim, blocks):
    assert blocking(parse(claim, VOCAB).mentions) == blocks


def test_a_phrasal_verb_states_the_event_of_a_contradiction(tmp_path):
    # "pull ... out" is "withdrawing" (`qa.claims.phrasal`): the event is stated, and the
    # figures are crossed between the two guilds
    check = checker(tmp_path, "Barges", TEXTS + [
        "Early in the year the Vessa and Orla guilds signalled their intent to leave the "
        "harbour, withdrawing about 450 and 200 barges, respectively."])
    payload = check("The Vessa guild planned to pull about 200 barges out of the harbour and the "
                    "Orla guild about 450.")
    assert payload["verdict"] == "contradicted", payload


def test_anchors_are_counted_by_the_sentences_facts():
    # two names of the claim that one name of the sentence states are one anchor
    claim = parse("The harbour holds 46 Norwegian bargemen, while Oslo says they were "
                  "hauling grain for the Vessa guild.", VOCAB)
    sentence = parse("Norway will withdraw its 900 bargemen from the Vessa guild.", VOCAB)
    named = {m.text: n for n, m in enumerate(claim.mentions)}
    theirs = {m.text: m for m in sentence.mentions}
    conflict = Conflict("46", "900", ConflictKind.NUMBER)
    one = SimpleNamespace(conflicts=[conflict], stated={
        named["Norwegian"]: theirs["Norway"], named["Oslo"]: theirs["Norway"]})
    assert not anchored(one, claim, set())
    two = SimpleNamespace(conflicts=[conflict], stated={
        named["Norwegian"]: theirs["Norway"], named["Vessa"]: theirs["Vessa"]})
    assert anchored(two, claim, set())
    assert not anchored(two, claim, {"Vessa"})  # the corpus's setting anchors nothing


def test_a_value_of_the_same_series_anchors_nothing():
    # "2016" against "2014": the claim's "2015" beside it is of its series, not its event's
    claim = parse("The Vessa guild's record years of 2015 and 2016 were caused by the floods.",
                  VOCAB)
    sentence = parse("The Vessa guild had record years in 2014 and 2015.", VOCAB)
    named = {m.text: n for n, m in enumerate(claim.mentions)}
    theirs = {m.text: m for m in sentence.mentions}
    found = SimpleNamespace(conflicts=[Conflict("2016", "2014", ConflictKind.DATE)], stated={
        named["Vessa"]: theirs["Vessa"], named["2015"]: theirs["2015"]})
    assert not anchored(found, claim, set())
