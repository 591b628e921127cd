"""True claims told by two sentences whose date names a thing (round 48): "turned down the
April 2016 preliminary fishing accord" against "A preliminary fishing accord was signed ... in
April 2016." then "However, the proposed fishing accord was rejected by ...": the date is the
accord's, told with it, not lent to the second sentence's verb, and who signed it is no actor
of the claim's (`joined.describing`). A date that dates the claim's verb, an accord the second
sentence does not refer back to, or an actor only the first sentence names is still lent."""
import pytest

from qa.claims.check import check
from qa.claims.around import dated_thing
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A preliminary fishing accord was signed by the coastal states in April 2016. "
        "However, the proposed fishing accord was rejected by the Trawlers' Guild, which said "
        "it ignored small boats.",
        "The river authority launched a dredging survey on 4 June 2018. The survey was "
        "criticised by the anglers' association for ignoring the weirs.",
        "A new canal tariff was drafted by the board in January 2020. The pilots' guild later "
        "opposed a canal tariff proposed by the barge owners.")


@pytest.mark.parametrize("claim, verdict", [
    # the date names the accord, which the first sentence states with it
    ("The Trawlers' Guild turned down the April 2016 preliminary fishing accord.",
     "supported"),
    ("The anglers' association criticised the 4 June 2018 dredging survey for ignoring the "
     "weirs.", "supported"),
    # the date dates the claim's verb: the rejection was not in April 2016
    ("The Trawlers' Guild turned down the fishing accord in April 2016.", "not_found"),
    # the first sentence's actor signed the accord: it did not reject it
    ("The coastal states rejected the April 2016 preliminary fishing accord.", "not_found"),
    # another date
    ("The Trawlers' Guild turned down the May 2016 preliminary fishing accord.", "not_found"),
    # "a canal tariff proposed by the barge owners" is not the one the first sentence tells of
    ("The pilots' guild opposed the January 2020 canal tariff.", "not_found"),
])
def test_date_naming_a_thing(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("text, words", [
    ("The guild rejected the March 2015 preliminary peace deal.", ["preliminary", "peace", "deal"]),
    ("The project behind the June 13, 2024 workshop was funded.", ["workshop"]),
    ("ECOWAS's January 2022 trade and financial sanctions came later.", ["trade"]),
    ("The guild rejected the deal in March 2015 after talks.", []),
    ("In March 2015 talks resumed.", []),
])
def test_dated_thing(harbour, text, words):
    claim = parse(text, vocabulary_for(harbour.analyzer))
    for mention in claim.mentions:
        if mention.family in ("month", "year"):
            assert [t.word for t in dated_thing(claim, mention)] == words


@pytest.fixture(scope="module")
def ministry(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The ministry proposed hiring an additional 2,069 inspectors (1,730 field staff, 339 "
        "auditors) for the ports.",
        "The agency recorded 1,950 landslides along the railway last decade.")


@pytest.mark.parametrize("claim, verdict", [
    # a hedge that comes near its figure from one side: the exact figure must lie on it
    ("The ministry proposed hiring just under 2,000 additional inspectors for the ports.",
     "contradicted"),
    ("The agency recorded slightly more than 2,000 landslides along the railway last decade.",
     "contradicted"),
    ("The agency recorded a little over 2,000 landslides along the railway last decade.",
     "contradicted"),
    ("The ministry proposed hiring just over 2,000 additional inspectors for the ports.",
     "supported"),
    ("The agency recorded just under 2,000 landslides along the railway last decade.",
     "supported"),
    ("The agency recorded about 2,000 landslides along the railway last decade.", "supported"),
])
def test_hedge_from_one_side(ministry, claim, verdict):
    assert check(ministry, claim).verdict == verdict
