"""True claims wrongly called contradicted by a name or a denial read as another's: a capital
acting for its country in a verb's slot (`qa.claims.slots`), a "policy against X" read
against a "no X policy" (`qa.claims.against_denial`). Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "As a rule the ferry crews call the coastguard only in an emergency, and the crews "
        "keep a strict no alcohol policy on every crossing.")


def verdict(index, claim: str) -> str:
    return check(index, claim).verdict.value


SLOT_SENTENCE = ("Relations between Norland and France soured, particularly after the harbour "
                 "authorities ended dredging cooperation with France.")


def slot_rival(claim_text: str):
    from qa.claims.facts import parse
    from qa.claims.slots import another_in_place
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    found = another_in_place(parse(claim_text, vocab), parse(SLOT_SENTENCE, vocab), vocab, set())
    return found and (found[0].text, found[1].text)


def test_a_capital_in_the_slot_is_its_country():
    assert not slot_rival("The Norland authorities ended dredging cooperation with Paris.")


def test_another_country_in_the_slot_is_still_a_rival():
    assert slot_rival("The Norland authorities ended dredging cooperation with Spain.") \
        == ("Spain", "France")
    assert slot_rival("The Norland authorities ended dredging cooperation with Madrid.") \
        == ("Madrid", "France")


def test_a_policy_against_a_thing_is_the_no_thing_policy(harbour):
    assert verdict(harbour, "The ferry crews keep a strict policy against alcohol on every "
                            "crossing.") != "contradicted"


def test_against_read_as_the_denial_only_for_the_denied_words():
    from qa.claims.against_denial import denied_as_against
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    sentence = parse("The crews keep a strict no alcohol policy.", vocab)
    cue = sentence.negated["polici"]
    assert denied_as_against(sentence, cue, parse("They keep a policy against alcohol.", vocab),
                             "polici")
    assert not denied_as_against(sentence, cue, parse("They keep an alcohol policy.", vocab),
                                 "polici")
    assert not denied_as_against(sentence, cue, parse("They keep a policy against smoking.",
                                                      vocab), "polici")
