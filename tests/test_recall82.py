"""True claims that deny what their sentence denies in other words (round 75, branch
recall82), and the near misses that must stay unsupported. Invented texts.

- the claim's denied verb is stated by a WordNet paraphrase of it, or by a form of that
  paraphrase, under the sentence's negation ("did not follow the code" / "noncompliance
  with the code": follow, comply, compliance; `negated_alike.paraphrase_stems`);
- the manner adverb after a denied verb and its particle is denied too ("did not get through
  unanimously" / "was not unanimously adopted", `negated_alike.negated_manner`).
"""
import pytest

from qa.claims.check import check
from qa.claims.negated_alike import negated_manner, paraphrase_stems
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Tarvik dock crews' noncompliance with two clauses of the 2029 loading code slowed cargo "
        "checks by the Dovrian customs office and cut shared audits.",
        "In March 2031 the Kelmar ferry board's charter vote was not unanimously adopted, Orsk "
        "and Velm abstaining; every earlier vote had passed without dissent.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "did not follow" / "noncompliance": follow is a paraphrase of comply
    "Because Tarvik dock crews did not follow two clauses of the 2029 loading code, cargo "
    "checks by the Dovrian customs office were slowed and shared audits cut.",
    # "didn't get through unanimously" / "was not unanimously adopted"
    "In March 2031 the Kelmar ferry board's charter vote didn't get through unanimously, Orsk "
    "and Velm abstaining.",
])
def test_denial_in_other_words_supports(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # the sentence denies compliance, not a refusal to sign the code
    "Because Tarvik dock crews did not sign the 2029 loading code, cargo checks by the "
    "Dovrian customs office were slowed and shared audits cut.",
    # a split vote; nothing says the charter failed
    "In March 2031 the Kelmar ferry board's charter vote didn't get through, Orsk and Velm "
    "abstaining.",
])
def test_other_denials_stay_unsupported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


def test_paraphrase_stems_reach_the_derived_noun(harbour):
    from qa.claims.vocabulary import vocabulary_for
    analyzer = vocabulary_for(harbour.analyzer).analyzer
    assert set(analyzer.terms("compliance")) <= paraphrase_stems("follow", analyzer)


def test_manner_after_a_particle(harbour):
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(harbour.analyzer)
    claim = parse("The renewal didn't get through unanimously.", vocab)
    assert set(vocab.analyzer.terms("unanimously")) <= negated_manner(claim)
