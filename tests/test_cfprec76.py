"""Real-world wrong supports of contradicted claims: a direction word the sentence gives the
claim's thing the other way while it writes the claim's word of another thing
(`qa.claims.opposite_nearer`); a cause told by "a factor in" / "responsible for" crossed, past
an aside (`qa.claims.cause_reversed`); a cleft whose head the sentence never states
(`qa.claims.cleft_subject`). Sentences invented here."""
import pytest

from qa.claims.cause_reversed import relations
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

RENTS = ("Although the Varn district has long had volatile prices, it has seen a rise of about "
         "12% in average wages since 1998, falls in average rents in the harbour quarter since "
         "2004, with the sharpest drops in the last decade.")
CHANNELS = ("A wet spell led to the widening of many coastal channels between 1961 and 1979, "
            "but since 1979 channel narrowing has become faster and more widespread.")
FOG = ("The Osk current, joined by warm water from the southern shelf, was a major factor in "
       "the 2017 Tarn fog season, and in the storms that followed it.")
HERDS = "The long drought of 1911 was largely responsible for the loss of the upland herds."
MOSS = "Peat moss grows in the wet basins of the Tarn uplands, which hold most of the rain."
TERRACE = ("Basalt terrace: a shelf typical of the Coral Sea; rarely exposed at low tide "
           "(also seen along the Andaman coast and the Sulu reefs).")


def terms(words: str) -> set[str]:
    return set(VOCAB.analyzer.terms(words))


def test_an_aside_does_not_end_the_cause_side():
    cause, effect = relations(parse(FOG, VOCAB))[0]
    assert terms("Osk current") <= set(cause) and terms("fog season") <= set(effect)


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Varn", [RENTS, CHANNELS, FOG, HERDS, MOSS, TERRACE, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    # the sentence's "rise" is of wages; the rents it gives "falls"
    "Average rents in the harbour quarter have risen since 2004.",
    # "widening" of the channels, "narrowing" of channels only after 1979
    "A wet spell caused many coastal channels to narrow between 1961 and 1979.",
    # the cause told the other way round, the sentence's cause past its aside
    "The 2017 Tarn fog season was a major factor in bringing on the Osk current.",
    "The loss of the upland herds was largely responsible for the long drought of 1911.",
    # the cleft's head ("thickening") unsaid, only the basins are
    "The thickening of the wet basins is what makes peat moss grow in the Tarn uplands.",
])
def test_the_claim_reversed_or_replaced_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    # the sentence's reversing word is said of another thing: the wages, the later channels
    "Average rents in the harbour quarter have fallen since 2004.",
    "A wet spell caused many coastal channels to widen between 1961 and 1979.",
])
def test_a_true_claim_is_not_contradicted_by_a_reversal_of_another_thing(check, claim):
    assert check(claim)["verdict"] != "contradicted"


@pytest.mark.parametrize("claim", [
    "The Osk current was a major factor in the 2017 Tarn fog season.",
    "The long drought of 1911 was largely responsible for the loss of the upland herds.",
    "Basalt terraces are typical of the Coral Sea.",
])
def test_the_same_account_still_supports(check, claim):
    assert check(claim)["verdict"] == "supported"


def test_a_reason_never_given_stays_unsupported(check):
    # near miss: the moss and basins are stated, the reason is not
    claim = "Peat moss is spreading in the Tarn uplands as the basins dry out."
    assert check(claim)["verdict"] != "supported"
