"""Claims wrongly called contradicted: a reported denial read as the negation of what is
denied (`qa.claims.voiced_denial`), and two names given one role by a word tied to one of
them across a verb (`qa.claims.role_link`). Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.compare import compare, same_role
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In March 2021, the Velden harbour board asked the ministry to close the northern "
        "quay to fishing boats.",
        "Secondly, the Norvik guild has been running the night ferry to Ostvik since May 2019.")


@pytest.mark.parametrize("claim", [
    # the report of a denial: the sources state the deed, not that no one denied it
    "The Velden harbour board denied that it had asked the ministry to close the northern quay.",
    "The Norvik guild denied that it had been running the night ferry to Ostvik.",
    "The Norvik guild denies running the night ferry to Ostvik.",
])
def test_a_reported_denial_is_not_contradicted_by_the_deed(harbour, claim):
    assert check(harbour, claim).verdict == "not_found"


@pytest.mark.parametrize("claim", [
    # a plain negation of the deed is still its contradiction
    "The Velden harbour board did not ask the ministry to close the northern quay.",
    # and another actor in the deed's place
    "The Tarland guild has been running the night ferry to Ostvik since May 2019.",
])
def test_a_plain_negation_or_another_actor_still_contradicts(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


def names(claim, sentence, mine, theirs):
    c, s = parse(claim, VOCAB), parse(sentence, VOCAB)
    a = next(m for m in c.mentions if m.text == mine)
    b = next(m for m in s.mentions if m.text == theirs)
    return c, a, s, b


def test_a_word_across_a_verb_from_one_name_only_gives_no_shared_role():
    # Norway protests (the prime minister is what it protests); Sweden owns the prime minister
    c, a, s, b = names("Norway protested the prime minister's speech at the assembly.",
                       "In June, Sweden's interim prime minister angered Denmark with a speech "
                       "to the assembly.", "Norway", "Sweden")
    assert not same_role(c, a, s, b, VOCAB)


@pytest.mark.parametrize("claim, sentence, mine, theirs", [
    ("Norway suspended its convoys in 2022.", "Sweden suspended its convoys in 2022.",
     "Norway", "Sweden"),
    ("The clinic was financed by Norway.", "The clinic was financed by Sweden.",
     "Norway", "Sweden"),
    # the verb told as its noun: one deed ("imposed" / "imposition")
    ("The pier fell into disuse when Norway imposed additional fees on the guild.",
     "With Sweden's imposition of additional fees on the guild, the pier fell into disuse.",
     "Norway", "Sweden"),
])
def test_a_word_tied_alike_keeps_the_shared_role(claim, sentence, mine, theirs):
    assert same_role(*names(claim, sentence, mine, theirs), VOCAB)


@pytest.fixture(scope="module")
def quay(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Even when the Tarland council did propose raising the night toll in 2021, the fishing "
        "guilds disagreed with the increase without a new quay.",
        "The Norvik guild, which operated the winter ferry to Ostvik, also built the old pier.")


@pytest.mark.parametrize("claim", [
    # the sentence states the deed, and a negation of its own ("disagreed"): no support for
    # the denial either
    "The Tarland council denied that it had proposed raising the night toll.",
    "The Tarland council denied proposing to raise the night toll in 2021.",
    # "no longer" denies the present: the sentence's past is the time before the stop
    "The Norvik guild no longer operated the winter ferry to Ostvik.",
])
def test_neither_supported_nor_contradicted(quay, claim):
    assert check(quay, claim).verdict == "not_found"


REFERENCES = ("Harbour News, 'Ferry Talks Set to Resume, Port Board Urges Calm', 17 October 2014, "
              "http://www.harbournews.example/story?id=49110; Harbour News, 'Ostvik: Mayor "
              "Voices Outrage as Pilot Drowned in Second Storm This Month', 8 October 2014, "
              "http://www.harbournews.example/story?id=49028.")


@pytest.mark.parametrize("claim", [
    "The Velden mayor voiced outrage as a pilot drowned in a storm in October 2015.",
    "Port Board urged calm in November 2014.",
])
def test_a_reference_entry_has_no_rival_facts(claim):
    # an entry of a list of references: its dates are its publications', its names titles'
    sentence = parse(REFERENCES, VOCAB)
    assert not compare(parse(claim, VOCAB), sentence, sentence, VOCAB).conflicts


@pytest.fixture(scope="module")
def escorts(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Because of the storms, inspectors travelling outside the Velden port require escort "
        "by the guild's military or police units.")


def test_an_alternative_does_not_rule_out_its_exclusive_partner(escorts):
    # "military or police": police is one alternative, no denial that troops escort them
    claim = "The guild's troops escort inspectors travelling outside the Velden port."
    assert check(escorts, claim).verdict != "contradicted"


def test_one_of_a_stated_set_is_no_figure_of_the_sentence(tmp_path_factory):
    # "One option" is a member of "three options": the sentence's text at the claim's own
    # figure ("The review") is no noun it counts
    review = port_report(
        tmp_path_factory,
        "The review, submitted to the harbour council in May 2020, listed three options for "
        "the port's future: (1) to hire more pilots to extend the night service; "
        "(2) to keep the current fleet and trim its routes in certain bays; or (3) to sell the "
        "ferries and turn the Velden guild into a pilots' school.")
    claim = "One option was to turn the Velden guild into a pilots' school."
    assert check(review, claim).verdict == "supported"


def test_an_offset_is_no_rival_of_a_states_length(tmp_path_factory):
    # "a year later" places the asking from an earlier event; "six years of the guild's
    # presence" measures how long a state lasted
    council = port_report(
        tmp_path_factory,
        "On 3 May 2021, after six years of the guild's presence in the harbour, the Velden "
        "council asked the guild to leave the harbour.")
    claim = "A year later, in 2021, the Velden council asked the guild to leave the harbour."
    assert check(council, claim).verdict != "contradicted"


def test_a_name_beside_both_keeps_the_shared_role():
    # "Mali and Niger" / "Mali has riled Côte d'Ivoire": a country set against the same one
    c, a, s, b = names("Ties between Norway and Sweden were strained when Oslo detained 46 "
                       "Swedish sailors.", "In particular, Norway has riled Denmark by "
                       "detaining 46 Danish sailors.", "Sweden", "Denmark")
    assert same_role(c, a, s, b, VOCAB)

