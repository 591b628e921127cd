"""Wrong `supported` verdicts where the claim states a fact the sentence states otherwise
(round 49, branch prec49). Invented sentences.

Three mechanisms let such claims through, each because coverage weighs the participants,
date and place and the sentence states all of them:
- a verb of change the other way in the claim verb's place, where the claim names its
  subject by a name the sentence does not repeat ("the Board" for "TRB"): the place needs a
  stated word on both sides, so nothing placed the sentence's verb;
- who said what: a claim giving one speaker's words to another ("Kessport says ...") is
  stated word for word by the sentence that names both speakers;
- the order of two events with a date on the later side: "X on 3 May, the day after Y"
  against "Y on 3 May, a day after X" shares the date on the same side, which made the two
  events read as the same ones.
- an event stated nowhere: a claim whose subject's head noun and main verb the sentence
  both leave unsaid ("Termination of the accord ... was protested by X as mediator") was
  supported by a sentence telling another deed of the same parties ("signed the accord, with
  X as the mediator").
Each of these withholds support (or, for the order, contradicts); restatements still
support."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def estuary(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Tarrow River Board (TRB) was set up in 2004 to manage the estuary and its "
        "marshes. In 2019 the Board trimmed the dredging budget for the outer channel "
        "after a funding cut.",
        "The dispute over the sea wall remains open. Kessport says the wall was built "
        "without a licence, while Varnholm calls it a lawful repair. Varnholm has also "
        "blamed the Board for the delays (Kessport says the delays were caused by the "
        "floods).",
        "Image: Volunteers clear the towpath at Lindmoor, on 9 April 2022, a day after a "
        "spring tide flooded the lower meadows and damaged two footbridges, several fences "
        "and a bird hide near the visitor centre.",
        "On 12 March 2020 the warden closed the southern hide, two days after a storm "
        "toppled the old oak.",
        "In June 2016, the council and the eel fishers signed the Tarrow Accord resulting "
        "from the Kessport talks, with Dunmere as the principal mediator and the county as "
        "the guarantor.")


@pytest.mark.parametrize("claim", [
    # a change the other way, in the place of the claim's verb, its subject another name
    "TRB raised the dredging budget for the outer channel in 2019 after a funding cut.",
    # the speakers swapped on what was said
    "Varnholm says the wall was built without a licence.",
    "Varnholm said the delays were caused by the floods.",
    "According to Varnholm, the delays were caused by the floods.",
    "The delays were caused by the floods, according to Varnholm.",
    # neither the subject's head noun nor the main verb stated: another deed of the parties
    "Termination of the 2016 Tarrow Accord by the council was publicly protested by Dunmere "
    "as principal mediator.",
])
def test_a_fact_stated_otherwise_withholds_support(estuary, claim):
    assert check(estuary, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "A spring tide flooded the lower meadows at Lindmoor on 9 April 2022, the day after "
    "volunteers cleared the towpath.",
    "A storm toppled the old oak on 12 March 2020, two days after the warden closed the "
    "southern hide.",
])
def test_events_swapped_around_a_dated_order_contradict(estuary, claim):
    assert check(estuary, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "TRB cut the dredging budget for the outer channel in 2019 after a funding cut.",
    "Kessport says the wall was built without a licence.",
    "Kessport said the delays were caused by the floods.",
    "According to Kessport, the delays were caused by the floods.",
    "Volunteers cleared the towpath at Lindmoor on 9 April 2022, the day after a spring "
    "tide flooded the lower meadows.",
    "The warden closed the southern hide on 12 March 2020, two days after a storm toppled "
    "the old oak.",
    "The Tarrow Accord was signed by the council and the eel fishers in June 2016, with "
    "Dunmere as the principal mediator.",
])
def test_restatements_still_support(estuary, claim):
    assert check(estuary, claim).verdict == "supported"


def test_a_capital_is_alike_only_to_its_own_country():
    """`deed_elsewhere.alike` read any capital as alike to any agent when the other text named
    the capital's country anywhere."""
    from qa.claims.deed_elsewhere import governs
    from qa.claims.facts import Mention
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    mali = Mention("name", "mali", "Mali", 0, 4, kind="country")
    other = Mention("name", frozenset({"abidjan"}), "Abidjan", 10, 17, kind="name")
    assert governs(mali, Mention("name", "mali", "Malian", 5, 11, kind="country"), vocab)
    assert not governs(mali, other, vocab)
    assert not governs(None, other, vocab)


@pytest.fixture(scope="module")
def walls(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The sea walls of the northern bay had weakened over the decades.",
        "The levees of the upper marsh had grown weaker over the years.")


def test_a_change_told_by_a_comparative_is_its_comparative_way(walls):
    """"grown weaker" is a decrease, though "grow" is a verb of increase: no change the
    other way in the place of "weakened". (The claim "had grown weaker" against "had
    weakened" is contradicted on main by another reading, left as it is.)"""
    assert check(walls, "The levees of the upper marsh had weakened over the years.").verdict \
        == "supported"
