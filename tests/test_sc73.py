"""True claims that were called contradicted by a conflict read between the wrong words, and
the near misses that must stay contradicted or unsupported. Invented texts.

- an adjective at the low end of a measured property ("feeble loyalty") restates "a lack of
  loyalty", and a quantity of scarcity opening the clause ("Limited funding ...") is read as one
  later in it is (`scarcity.low_end`, `scarcity.scarce_alike`);
- a word of a name ("the National Tide Office") is no antonym of a claim word
  (`opposition.name_word_only`);
- a count of days after "on" ("on one day in May") is no rival of a span ("over the past 90
  years", `figure_roles.occasion`);
- a superlative of another scale before the same noun does not state the claim's
  (`superlative_scale`).
"""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.opposition import opposed
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Seasonal permits were handed to the ferry crews, producing a lack of loyalty among "
        "the deckhands, and the resulting loss of know-how meant the harbour kept training "
        "new pilots.",
        "Most complaints among the dockers came from the lack of contact with the skippers, "
        "and the feeling that the harbour board cared mainly about visiting shipowners.",
        "A shortage of tugboats has slowed the unloading of grain at the northern quay.",
        "Globally, March 2031 was the hottest March since measurements began in 1911, "
        "according to figures from the National Tide Office (NTO).",
        "Over the past 90 years, the widest flooding on record struck the delta; on 4 May "
        "2030, brackish water stood on nearly the entire lower town (97.2%).")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "feeble loyalty" is the "lack of loyalty" the sentence tells
    "Seasonal permits for the ferry crews produced feeble loyalty among the deckhands.",
    # a scarcity opening the claim
    "Limited tugboats have slowed the unloading of grain at the northern quay.",
    # "National" names the office; it sets no scope against "worldwide"
    "NTO figures showed March 2031 was the hottest March worldwide since measurements "
    "began in 1911.",
    # "on one day" tells when, "over the past 90 years" how long the record runs
    "On one day in May 2030, brackish water stood on nearly the entire lower town.",
])
def test_a_true_claim_is_not_contradicted(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim", [
    # the high end against the lack
    "Seasonal permits for the ferry crews produced firm loyalty among the deckhands.",
    "Plentiful tugboats have sped up the unloading of grain at the northern quay.",
    # another figure of the same span
    "Globally, March 2031 was the hottest March since measurements began in 1950, "
    "according to figures from the National Tide Office.",
])
def test_a_near_miss_stays_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    # another superlative before the same noun: another rank
    "NTO figures showed March 2031 was the wettest March since measurements began in 1911.",
])
def test_a_rank_on_another_scale_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


def test_a_word_of_a_name_is_no_antonym():
    vocab = vocabulary_for(Analyzer())
    sentence = parse("Globally, March 2031 was the hottest March on record, according to the "
                     "National Tide Office.", vocab)
    # "National" names the office: no reverse of the claim's "worldwide"
    assert opposed(parse("March 2031 was the hottest March worldwide.", vocab), sentence,
                   vocab) is None
    # a plain word of the sentence still reverses it
    plain = parse("Globally, March 2031 was the hottest March on national record.", vocab)
    assert opposed(parse("March 2031 was the hottest March worldwide.", vocab), plain,
                   vocab) is not None
