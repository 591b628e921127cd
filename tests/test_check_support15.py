"""True claims worded otherwise than their source (round 35): a denial whose verb is
paraphrased in its place ("failed to respect the schedule" / "failure to keep to the
schedule"), a word used mostly as an adverb paraphrased in its place ("sooner than planned" /
"earlier than planned"), an adverb's phrase ("first authorized" / "initially authorized"),
a derived adjective WordNet links only as "similar" ("the north" / "the northern region")."""
import pytest

from qa.claims.check import check
from qa.claims.adverb_words import adverb
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The ferry service, initially authorized to run 14 boats, was mandated to serve the "
        "fishing villages in the northern region.",
        "In March the guild imposed new fees in response to the council's failure to keep to "
        "the agreed dredging schedule.",
        "Unlike the earlier charter, the new harbour charter did not include the fishing "
        "cooperatives.",
        "Two days later, the harbour board announced that its tugs will leave the port in the "
        "next nine months, earlier than planned.",
        "The lighthouse keepers repaired the lamp in May. The council praised the keepers.")


@pytest.mark.parametrize("claim, verdict", [
    # "first" before a past verb says when, as "initially" does ("at first")
    ("The ferry service was first authorized to run 14 boats.", "supported"),
    # "the north" by "the northern region"
    ("The ferry service was mandated to serve the fishing villages in the north.", "supported"),
    ("The ferry service was mandated to serve the fishing villages in the south.",
     "contradicted"),
    # a denial whose verb is paraphrased in the denied word's place
    ("In March the guild imposed new fees because the council failed to respect the agreed "
     "dredging schedule.", "supported"),
    ("The new harbour charter did not involve the fishing cooperatives.", "supported"),
    # ... not a denial of another thing, nor a claim the sentence affirms
    ("The new harbour charter did not involve the lighthouse keepers.", "not_found"),
    # a word used mostly as an adverb, paraphrased in its place
    ("Two days later, the harbour board said its tugs would leave the port sooner than "
     "planned.", "supported"),
])
def test_claims_worded_otherwise(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("claim, word", [
    ("Two days later, the harbour board said its tugs would leave the port sooner than "
     "planned.", "sooner"),
    ("The ferry service was first authorized to run 14 boats.", "first"),
    ("The ferry service was mandated to serve the fishing villages in the north.", "north"),
])
def test_the_word_is_stated(harbour, claim, word):
    assert word not in check(harbour, claim).unverified


@pytest.mark.parametrize("word, expected", [
    ("sooner", True), ("instead", True), ("still", True),
    ("almost", False),  # a figure's hedge, weighed with the figure
    ("first", False),  # more often an adjective
    ("harbour", False),
])
def test_words_used_mostly_as_adverbs(word, expected):
    assert adverb(word) is expected
