"""True claims that were called contradicted by a conflict read between the wrong words, and
the near misses that must stay contradicted or unsupported. Invented texts.

- a verb of the sentence that is the antonym of one claim word and a WordNet synonym of
  another claim verb restates that verb (`opposition.claim_verb_synonym`);
- "either a lack of X or Y" denies X only (`either_or`);
- a word in a topic phrase ("complaints about X") is not affirmed (`topic_only`);
- a denied subject's verb is not denied ("insufficient funding undermined the board":
  `denial_verb_end`);
- "a fraction of N" is a figure's ceiling (`words.json` number_bounds);
- a figure is read by its owner in a sentence giving two owners two figures (`figure_owner`),
  and the word after a figure is no counted noun across a comma or as a preposition
  (`counted_noun`).
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Curbs on night flights, in particular, slowed the delivery of the relief programme "
        "and threatened the lives of harbour staff, notably along the coastal roads.",
        "Seasonal permits were often issued to the fishing crews, causing either a lack of "
        "loyalty or fostering competition, as skippers believed they must compete to keep their "
        "permits.",
        "Moreover, the longer a relief convoy waits at the border, the more likely that "
        "complaints will arise which criticize the lack of the agency's perceived reliability.",
        "Other members noted that the council's insufficient funding of the dock board "
        "undermined the board's ability to repair the quay.",
        "Ferries carried approximately 70% of the island's freight, while lorries carried "
        "25%, barges 3% and aircraft 2%.",
        "The average farm pays US$30 towards the harbour levy each year, while the average "
        "mill pays $120 per year.",
        "Ferries on the strait carry about 40 million passengers per year, while aircraft "
        "carry between 0.2 and 0.4 million passengers.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "threatened" is the antonym of "clear" (of the sky) and the claim's "endangered" restated
    "We are clear that curbs on night flights slowed the delivery of the relief "
    "programme and endangered the lives of harbour staff.",
    # "either a lack of loyalty or fostering competition": the competition is fostered
    "Seasonal permits for the fishing crews fostered competition, as skippers believed they "
    "must compete to keep their permits.",
    # the claim's reliability is the complaints' topic, neither affirmed nor denied
    "The longer a relief convoy waits at the border, the more likely complaints about the "
    "agency's perceived reliability are to arise.",
    # "insufficient funding" denies the funding, not the undermining
    "Members noted that the council's insufficient funding weakened the dock board's ability "
    "to repair the quay.",
    # "a fraction of a million" is under a million: 0.2 to 0.4 million is that
    "Ferries carry about 40 million passengers a year, while aircraft carry only a fraction "
    "of a million passengers.",
    # each owner its own figure, the shared noun left to the first clause
    "Lorries carried about 25% of the island's freight and barges 3%.",
    # the two owners in the other order; "per year" and "towards" count nothing
    "The average mill pays $120 a year towards the harbour levy, while the average farm pays "
    "US$30.",
])
def test_a_true_claim_is_not_contradicted(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim", [
    # the owners' figures traded: stated figure by figure, wrong by owner
    "Ferries carried about 25% of the island's freight, while lorries carried 70%.",
    "The average farm pays $120 a year towards the harbour levy, while the average mill pays "
    "$30.",
    # a figure past the ceiling the sentence gives
    "Ferries carry about 40 million passengers a year, while aircraft carry about 4 million "
    "passengers.",
])
def test_a_claim_giving_an_owner_another_figure_is_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    # the reverse of the sentence's deed, in its place
    "Curbs on night flights improved the lives of harbour staff along the coastal roads.",
    "Seasonal permits strengthened the loyalty of the fishing crews.",
])
def test_a_reversed_deed_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"
