"""Round 51, precision: a claim's word of judgement the sentence leaves unsaid, against the
sentence's prefixed denial of a judgement of the same polarity ("a good job" / "ineffective"),
is no support (`qa.claims.judged_otherwise`)."""
import pytest

from qa.claims.check import check
from qa.claims.judged_otherwise import denied_polarity
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Most ferry passengers in Ruvala see the harbour pilots as ineffective in guiding "
        "barges through the northern channel.",
        "Dock workers in Lesk called the new crane schedule inefficient for loading grain "
        "barges at night.",
        "Fishermen in Dorva describe the coastal patrol as effective in deterring smugglers.")


@pytest.mark.parametrize("claim", [
    "Most ferry passengers in Ruvala think the harbour pilots do a good job of guiding "
    "barges through the northern channel.",
    "Dock workers in Lesk called the new crane schedule good for loading grain barges at "
    "night.",
    "Dock workers in Lesk considered the new crane schedule effective for loading grain "
    "barges at night.",
])
def test_a_judgement_denied_by_a_prefix_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict.value != "supported"


def test_the_same_judgement_still_supports(harbour):
    claim = "Fishermen in Dorva describe the coastal patrol as effective in deterring smugglers."
    assert check(harbour, claim).verdict.value == "supported"


@pytest.mark.parametrize("word, expected", [
    ("ineffective", (-1, "effective")),
    ("inefficient", (-1, "efficient")),
    ("unlike", (-1, "like")),  # the claim's side keeps it out: only adjectives of a quality
    ("infrastructure", (0, "")),
])
def test_prefixed_denials(word, expected):
    assert denied_polarity(word) == expected


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Until now, the Ruvala port authority has relied on a small private clinic to give "
        "first aid to injured dock workers.",
        "The Lesk ferry guild runs two boats a day across the lake in the dry season.")


@pytest.mark.parametrize("claim", [
    "The small private clinic the Ruvala port authority relied on reportedly gave a poor "
    "standard of first aid to injured dock workers.",
    "The Ruvala port authority relied on a small private clinic that gave excellent "
    "treatment to injured dock workers.",
])
def test_a_judgement_of_a_thing_the_sentence_only_tells_of_is_not_supported(clinic, claim):
    assert check(clinic, claim).verdict.value != "supported"


def test_the_thing_told_without_a_judgement_still_supports(clinic):
    claim = "The Ruvala port authority relied on a small private clinic to give first aid " \
        "to injured dock workers."
    assert check(clinic, claim).verdict.value == "supported"
