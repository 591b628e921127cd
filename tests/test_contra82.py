"""A claim's set-aside alternative ("A, rather than B, did X", "X by A rather than by B",
"A, not B, did X")
stated by the sources contradicts the claim (`qa.claims.set_aside_claim`): read only when
the claim finds nothing, and only from sentences that state the alternative and not the
claim's own fact. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.set_aside_claim import chooses, set_aside_claim
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Orsk harbour council closed the northern pier in March 2030 after the storm "
        "damaged its pilings.",
        "Most of the trawlers lost off Tarnby sank because of engine fires, largely during "
        "night crossings.",
        "In May 2031 the Vellmar port board unanimously adopted the new dredging plan.",
        "Up to 70 percent of the coastguard's patrol hours went to escorting its own supply "
        "barges, rather than to guarding the fishing grounds.",
        "Both Brenmark and Sorvia sent icebreakers to the northern channel in the winter of "
        "2029.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # an actor set aside, apposed between commas
    "The Tarnby fishers' guild, rather than the Orsk harbour council, closed the northern "
    "pier in March 2030.",
    # a cause set aside after the same preposition
    "Most of the trawlers lost off Tarnby sank because of hull cracks rather than because "
    "of engine fires.",
    # a manner set aside, its phrase parallel to the fact's
    "In May 2031 the Vellmar port board adopted the new dredging plan by a narrow vote "
    "instead of unanimously.",
    # a contrastive "not" after a comma
    "The Tarnby fishers' guild, not the Orsk harbour council, closed the northern pier in "
    "March 2030.",
    # the sentence sets the claim's fact aside itself
    "Up to 70 percent of the coastguard's patrol hours went to guarding the fishing grounds "
    "rather than to escorting its own supply barges.",
])
def test_the_alternative_the_sources_state_contradicts_the_claim(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict.value == "contradicted"
    conflicts = [c for e in result.evidence for c in e.conflicts]
    assert conflicts and all(c.kind.value == "relation" for c in conflicts)


@pytest.mark.parametrize("claim", [
    # the claim itself is what the sources say
    "The Orsk harbour council, rather than the Tarnby fishers' guild, closed the northern "
    "pier in March 2030.",
    "Up to 70 percent of the coastguard's patrol hours went to escorting its own supply "
    "barges rather than to guarding the fishing grounds.",
    # the sentence names both: no choice between them is stated
    "Brenmark, rather than Sorvia, sent icebreakers to the northern channel in the winter "
    "of 2029.",
    # the alternative is stated nowhere
    "The Halden ferry company, rather than the Vellmar pilots' union, bought the old "
    "lighthouse in 2032.",
])
def test_no_contradiction_without_the_alternative_chosen(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim, text, fact", [
    ("The guild, rather than the council, closed the pier.", "the council closed the pier.",
     "The guild"),
    ("The pier was closed by the guild rather than by the council.",
     "The pier was closed by the council.", "by the guild"),
    ("Ferries were growing rather than shrinking in 2030.", "Ferries were shrinking in 2030.",
     "growing"),
    ("The levy was passed by a split board instead of unanimously.",
     "The levy was passed by a unanimously.", "split board"),
    ("Boats were used as a first resort rather than a last one.",
     "Boats were used as a last one.", "a first resort"),
])
def test_the_alternative_claim_puts_the_alternative_in_the_facts_place(claim, text, fact):
    aside = set_aside_claim(claim)
    assert aside is not None and aside.text == text and aside.fact == fact


@pytest.mark.parametrize("claim", [
    "The pier was closed.",  # no cue
    "The guild chose to repair rather than replace the pier.",  # a verb's phrase
    "The guild, rather than the council, and not the board rather than the port, acted.",
    "The pier was closed, not least because of the storm.",  # "not" of focus: no contrast
])
def test_no_alternative_claim_is_read(claim):
    assert set_aside_claim(claim) is None


def test_a_sentence_setting_the_alternative_aside_does_not_choose_it():
    terms = lambda text: [w.lower().strip(".,") for w in text.split()]
    assert not chooses("The boats moored at the quay rather than in the bay.", {"quay"},
                       {"bay"}, terms)
    assert chooses("The boats moored in the bay rather than at the quay.", {"quay"}, {"bay"},
                   terms)
    assert not chooses("The boats moored at the quay and in the bay.", {"quay"}, {"bay"},
                       terms)
