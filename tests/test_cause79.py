"""A cause told the other way round, or another cause given for the claim's effect, is no
support (`qa.claims.cause_reversed`, `cleft_subject.cleft_deed_unstated`, `cause_elsewhere`,
`circumstance` reading ", citing X"; a cause told as a co-effect of another,
`cause_reversed.cause_made_coeffect`); a word of cause with its effect first ("is due to") keeps
its direction in `sequence`, so a sentence stating the claim's cause does not contradict it.
Sentences invented here."""
import pytest

from qa.claims.cause_reversed import relations
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

# a passive marker right after a comma: the part before is the effect
SILT = "Silting of the Varn estuary is the slow loss of its tidal channels, caused by the " \
    "clearing of the upland forests."
# a subordinator of reason
FERRY = "The Osk ferry timetable was cut in 2019 because the harbour board reduced its " \
    "subsidy to the operator."
# a doer's stated reason after a comma
GUILD = "In May, the weavers' guild closed its hall in Tarn for a month, citing damage " \
    "from the spring storms."
# a cause with its own head
FAMINE = "More than 300 sheep died on the Rell moors in the winter of 1947 due to a long " \
    "blizzard with drifts as deep as four metres."
# a pseudo-cleft's subject and object side by side, no deed and no tie between them
MOSS = "Peat moss covers most of the Tarn uplands, where the wet basins also hold the " \
    "largest stands of cotton grass."
# two effects of one cause, no tie between them
RAIN = "The autumn storms of 1988 caused the Rell floods and the collapse of the old mill " \
    "weir."
# an effect first, after "is": no passive
FOG = "These three patterns are closely linked, because the Osk fog season is due to the " \
    "cold northern current, and the summer winds."


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("cause79")
    return checker(tmp_path, "Varn", [SILT, FERRY, GUILD, FAMINE, MOSS, FOG, RAIN, *OTHER_TOPICS])


def sides(text: str):
    return [(set(c), set(e)) for c, e in relations(parse(text, VOCAB))]


def terms(words: str) -> set[str]:
    return set(VOCAB.analyzer.terms(words))


@pytest.mark.parametrize("text, cause, effect", [
    ("The road closed because the river rose.", "river rose", "road closed"),
    ("The drought is the result of the shifting winds.", "shifting winds", "drought"),
    ("Warm rain is what is thinning the snowpack.", "warm rain", "snowpack"),
    ("Floods are what erode the banks.", "floods", "banks"),
    ("The loss of the reeds, caused by the dry summers, alarmed the farmers.", "dry summers",
     "loss reeds"),
])
def test_more_markers_of_cause_are_read(text, cause, effect):
    assert any(terms(cause) <= c and terms(effect) <= e for c, e in sides(text))


@pytest.mark.parametrize("claim", [
    # the effect before ", caused by" named as the cause
    "Silting of the Varn estuary is what is causing upland forest clearing.",
    # "because" both ways round
    "The harbour board reduced its subsidy to the operator because the Osk ferry timetable "
    "was cut in 2019.",
    # another stated reason after ", citing"
    "In May, the weavers' guild closed its hall in Tarn for a month, citing the cost of "
    "heating the hall.",
    "In May, the weavers' guild closed its hall in Tarn for a month, citing the guild's debts.",
    # only the modifier of the cause is the sentence's ("long"), its head is another
    "More than 300 sheep died on the Rell moors in the winter of 1947 due to a long drought.",
    # the cleft's deed never told, no tie of cause between its sides
    "The wet basins are what pushed peat moss into the Tarn uplands.",
    "It is the wet basins that pushed peat moss into the Tarn uplands.",
    # the claim's cause and effect both told as effects of another cause
    "The Rell floods are what caused the collapse of the old mill weir.",
])
def test_a_cause_reversed_or_replaced_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "The clearing of the upland forests is what causes silting of the Varn estuary.",
    "The Osk ferry timetable was cut in 2019 because the harbour board reduced its subsidy.",
    "In May, the weavers' guild closed its hall in Tarn for a month, citing damage from the "
    "spring storms.",
    "More than 300 sheep died on the Rell moors in the winter of 1947 because of a long "
    "blizzard.",
    "The autumn storms of 1988 are what caused the collapse of the old mill weir.",
])
def test_the_same_account_still_supports(check, claim):
    assert check(claim)["verdict"] == "supported"


def test_a_cause_stated_after_is_due_to_is_not_contradicted(check):
    claim = "The Osk fog season is caused by the cold northern current and the summer winds."
    assert check(claim)["verdict"] != "contradicted"


def test_a_reason_never_given_stays_unsupported(check):
    # near miss: the guild and its hall are stated, the rents never are
    claim = "The weavers' guild closed its hall in Tarn because rents had risen."
    assert check(claim)["verdict"] != "supported"
