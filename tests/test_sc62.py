"""Claims wrongly called contradicted: "X, after which Y" read as "after X, Y" (its relative
pronoun stands for the event before it, `qa.claims.sequence.referring_back`); a word that picks
a part of a date ("by late 2031") read as no event's word that a sentence's adverb of time
("Earlier in 2030") could reverse (`qa.claims.period_parts.picks_period_part`); and "declined to
X" read as denying X, as "refused to X" is (`qa.claims.facts.is_negation`). Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.facts import is_negation, parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Following the guild's request, the Velden harbour board closed the northern quay on "
        "May 4th and decided that the repairs would be completed by October 2031.",
        "Earlier in 2030, Norvik and Tarland made known their intent to leave the ferry pact "
        "before the end of 2031, withdrawing about 40 and 25 boats, respectively.",
        "During the talks, the harbour board debated – but did not support – the guild's "
        "proposal to open a second ferry line to Ostvik.")


@pytest.mark.parametrize("claim", [
    # the request first, then the closing: the order the sentence tells
    "The guild made its request, after which the Velden harbour board closed the northern "
    "quay on May 4th.",
    # "late" is the date's, not the reverse of the sentence's "Earlier"
    "Norvik and Tarland announced in 2030 that they would leave the ferry pact by late 2031.",
    # "declined to support" is "did not support"
    "The harbour board debated but declined to support the guild's proposal to open a second "
    "ferry line to Ostvik.",
])
def test_a_true_paraphrase_is_not_contradicted(harbour, claim):
    assert check(harbour, claim).verdict != "contradicted"


@pytest.mark.parametrize("claim", [
    # the order turned: the closing first, then the request
    "The Velden harbour board closed the northern quay on May 4th, after which the guild "
    "made its request.",
    # another year is still the date's conflict
    "Norvik and Tarland announced in 2030 that they would leave the ferry pact by late 2032.",
    # declining what the sentence says was done
    "The harbour board declined to debate the guild's proposal to open a second ferry line to "
    "Ostvik.",
])
def test_the_reverse_still_contradicts(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("text, word, denied", [
    ("The board declined to back the plan.", "declined", True),
    ("Boat traffic declined to 40 percent of its peak.", "declined", False),
    ("Boat traffic declined to its lowest level.", "declined", False),
    ("Boat traffic declined sharply in May.", "declined", False),
])
def test_declined_denies_only_its_infinitive(text, word, denied):
    parsed = parse(text, VOCAB)
    i = next(k for k, t in enumerate(parsed.tokens) if t.word == word)
    assert is_negation(parsed.tokens, i) == denied


@pytest.fixture(scope="module")
def mandate(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "When the board approved the guild in 2030, it charged the guild to \u201cpatrol, "
        "without prejudice to the duties of the coast wardens, the northern quay at night.\u201d",
        "The guild's remit was extended to the southern quay without the provision of "
        "additional boats.")


def test_a_preposition_reverses_only_about_its_own_object(mandate):
    # "with patrolling" and "without prejudice": two objects, no reversal
    assert check(mandate, "In 2030 the board approved the guild and charged it with patrolling "
                          "the northern quay at night.").verdict != "contradicted"
    # "with the provision of additional boats" and "without the provision of": reversed
    assert check(mandate, "The guild's remit was extended to the southern quay with the "
                          "provision of additional boats.").verdict == "contradicted"
