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
        "The Velmar pilots' noncompliance with some of the provisions of the 2029 harbour "
        "charter hampered coordination with the Dovrian coast guard and limited joint "
        "inspections.",
        "In March 2031, for the first time since the founding of the Kelmar ferry board, the "
        "motion renewing its licence was not unanimously adopted, with Orsk and Velm "
        "abstaining.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "did not follow" / "noncompliance": follow is a paraphrase of comply
    "Because the Velmar pilots did not follow some provisions of the 2029 harbour charter, "
    "coordination with the Dovrian coast guard was hampered and joint inspections limited.",
    # "didn't get through unanimously" / "was not unanimously adopted"
    "March 2031 was the first time a Kelmar ferry board licence renewal didn't get through "
    "unanimously, with Orsk and Velm abstaining.",
])
def test_denial_in_other_words_supports(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # the sentence denies compliance, not a rejection of the charter
    "Because the Velmar pilots did not sign the 2029 harbour charter, coordination with the "
    "Dovrian coast guard was hampered and joint inspections limited.",
    # the vote was not unanimous; nothing says the renewal failed
    "March 2031 was the first time a Kelmar ferry board licence renewal didn't get through, "
    "with Orsk and Velm abstaining.",
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
