"""A cause opened by "in response to", "owing to" or "in the wake of" (round 73, branch
recall79).

"because of" costs a claim nothing (a stopword), but the noun or participle of a complex
preposition of cause was a fact no sentence repeats when it ties the same two events with a
cause marker of its own ("due to", "as a result of", "because"): a true claim lost support for
that one word where its other words were common in the corpus. It is now stated by the
sentence's own tie (`qa.claims.cause_connective`), for support only. Near misses: a sentence
telling both events with no tie between them leaves the opener unstated, and a cause the
sentence never gives stays unsupported.

Invented sentences."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "The Orsk ferry company cancelled its winter crossings to Lannholm in 2031 as a result of "
    "a three-week strike by the pilots' union.",
    "The Orsk port authority dredged the outer channel in 2030. In the same year the harbour "
    "master resigned over a dispute about pilot fees.",
    "Tolls on the Brenn bridge were raised by a third, due to the cost of repairing its cables "
    "after the 2029 floods.",
    # the claims' other words, common in the corpus, so that the opener weighs
    "The Orsk ferry company runs summer crossings to Lannholm and to Vask.",
    "Pilots of the Orsk ferry company earn more than the pilots of the Vask line.",
    "The winter crossings to Lannholm carry mail and fuel for the island.",
    "A strike by dock workers at Vask in 2028 lasted two days.",
    "The Orsk ferry company bought two new ferries for its crossings in 2027.",
    "The pilots' union of Orsk has about 80 members.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("recall79"), "Orsk ferries", TEXTS)


@pytest.mark.parametrize("claim, opener", [
    ("In response to a three-week strike by the pilots' union, the Orsk ferry company "
     "cancelled its winter crossings to Lannholm in 2031.", "response"),
    ("In the wake of three weeks of strikes by its pilots, the Orsk ferry company cancelled its "
     "winter crossings to Lannholm.", "wake"),
    ("In reaction to a strike by pilots, Orsk called off winter crossings to Lannholm.",
     "reaction"),
    ("Owing to the cost of mending its cables after the 2029 floods, the Brenn bridge's tolls "
     "were hiked by a third.", "Owing"),
])
def test_a_cause_opener_is_stated_by_the_sentences_own_tie(check, claim, opener):
    result = check(claim)
    assert result["verdict"] == "supported"
    assert opener not in result["unverified"]


def test_two_events_without_a_tie_leave_the_opener_unstated(check):
    result = check("In response to the dredging of the outer channel, the Orsk harbour master "
                   "resigned in 2030.")
    assert "response" in result["unverified"]


def test_a_cause_the_sentence_never_gives_stays_unsupported(check):
    result = check("Owing to a fuel shortage, the Orsk ferry company cancelled its winter "
                   "crossings to Lannholm in 2031.")
    assert result["verdict"] != "supported"
