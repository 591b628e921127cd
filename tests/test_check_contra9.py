"""Contradicted claims that were called not_found (round 29, second pass): a superlative said
by a synonym of the source's adjective ("the biggest" / "the third-largest"). Sentences
invented here; each mechanism with variants that must fire and variants that must not."""
import pytest

from qa.claims.compare import same_superlative, superlative_bases, synonymous_rank
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def rank_of(text):
    return next(m for m in parse(text, VOCAB).mentions if m.family == "rank")


@pytest.mark.parametrize("mine, theirs, expected", [
    ("Ghana is the biggest buyer.", "Ghana is the largest buyer.", True),
    ("Ghana is the largest buyer.", "Ghana is the biggest buyer.", True),
    # other adjectives, not synonyms: not the same rank
    ("Ghana is the biggest buyer.", "Ghana is the oldest buyer.", False),
    ("Ghana is the biggest buyer.", "Ghana is the smallest buyer.", False),
    ("Ghana is the richest buyer.", "Ghana is the busiest buyer.", False),
])
def test_synonymous_superlatives_are_one_rank(mine, theirs, expected):
    assert synonymous_rank(rank_of(mine), rank_of(theirs), VOCAB) is expected


def test_superlative_bases():
    assert "big" in superlative_bases("biggest", VOCAB)
    assert superlative_bases("best", VOCAB) == set()  # too short to be formed by "-est"
    assert same_superlative("largest", parse("Ghana is the biggest buyer.", VOCAB), VOCAB)
    assert not same_superlative("largest", parse("Ghana is the oldest buyer.", VOCAB), VOCAB)


@pytest.mark.parametrize("claim, verdict", [
    ("Ghana was the biggest contributor of divers to the harbour mission.", "contradicted"),
    ("Ghana was the largest contributor of divers to the harbour mission.", "contradicted"),
    ("Ghana was the third-biggest contributor of divers to the harbour mission.", "supported"),
    # another adjective: the source says nothing of it
    ("Ghana was the oldest contributor of divers to the harbour mission.", "not_found"),
])
def test_a_rank_below_the_top_contradicts_a_synonymous_superlative(tmp_path, claim, verdict):
    check = checker(tmp_path, "Divers", [
        "Meanwhile, Ghana, the harbour mission's third-largest contributor of divers, is "
        "undecided about the new rotation."] + OTHER_TOPICS)
    assert check(claim)["verdict"] == verdict


HERDERS = ["Several herders of Tolo moved away from pastures close to the harbour wall, "
           "for fear of floods."] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    ("Several Tolo herders moved closer to the harbour wall for safety.", "contradicted"),
    ("Several Tolo herders moved nearer to the harbour wall.", "contradicted"),
    ("Several herders of Tolo moved away from the harbour wall.", "supported"),
    # another goal: the sentence says nothing of a motion towards it
    ("Several Tolo herders moved closer to the grain market for safety.", "not_found"),
])
def test_a_motion_towards_the_goal_the_source_moves_away_from(tmp_path, claim, verdict):
    assert checker(tmp_path, "Herders", HERDERS)(claim)["verdict"] == verdict


def test_goal_stated_reads_the_phrase_head():
    from qa.claims.opposition import goal_stated
    sentence = parse(HERDERS[0], VOCAB)
    claim = parse("The herders moved closer to the old harbour wall for safety.", VOCAB)
    closer = next(t for t in claim.tokens if t.word == "closer")
    assert goal_stated(claim, closer, sentence, VOCAB)
    claim = parse("The herders moved closer to the old harbour market for safety.", VOCAB)
    closer = next(t for t in claim.tokens if t.word == "closer")
    assert not goal_stated(claim, closer, sentence, VOCAB)


CHARTER = ["Under Harbour Board Charter 41 of 3 March 2011, the piers were to stay open at "
           "night through the winter."] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    ("The Board adopted Charter 41 on 3 March 2012.", "contradicted"),
    ("The Board adopted Charter 41 on 3 May 2011.", "contradicted"),
    # another charter, or a date that is not the charter's own: no contradiction
    ("The Board adopted Charter 42 on 3 March 2012.", "not_found"),
    ("The Board adopted Charter 41 after a storm on 3 March 2012.", "not_found"),
])
def test_the_date_of_a_named_thing(tmp_path, claim, verdict):
    assert checker(tmp_path, "Charter", CHARTER)(claim)["verdict"] == verdict


def test_dated_identifier():
    from qa.claims.dated import dated_identifier
    for text in ("Harbour Charter 41 of 3 March 2011 was signed.",
                 "Harbour Charter 41 (March 3, 2011) was signed."):
        text = parse(text, VOCAB)
        year = next(m for m in text.mentions if m.family == "year")
        assert dated_identifier(text, year) == "charter 41"
    text = parse("Harbour Charter 41 was signed, and in 2011 it lapsed.", VOCAB)
    year = next(m for m in text.mentions if m.family == "year")
    assert dated_identifier(text, year) is None


GUILDS = ["As a rule, the river guilds only permit night fishing as a last resort, and they "
          "keep a strict quota on eels."] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    ("The river guilds routinely permit night fishing.", "contradicted"),
    ("The river guilds readily permit night fishing on the river.", "contradicted"),
    # no adverb of routine, or one on the other verb, which "only" does not restrict
    ("The river guilds permit night fishing only as a last resort.", "supported"),
    ("The river guilds routinely keep a strict quota on eels.", "supported"),
])
def test_a_deed_of_routine_against_one_done_only_as_an_exception(tmp_path, claim, verdict):
    assert checker(tmp_path, "Guilds", GUILDS)(claim)["verdict"] == verdict


def test_restricted_needs_only_before_the_same_verb():
    from qa.claims.restricted import restricted
    sentence = parse(GUILDS[0], VOCAB)
    assert restricted(parse("The guilds routinely permit fishing.", VOCAB), sentence, VOCAB)
    assert not restricted(parse("The guilds routinely keep quotas.", VOCAB), sentence, VOCAB)
    assert not restricted(parse("The guilds routinely permit fishing.", VOCAB),
                          parse("Only the guilds routinely permit fishing.", VOCAB), VOCAB)
