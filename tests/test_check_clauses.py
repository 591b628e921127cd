"""A sentence that pairs the claim's words across its clauses the other way round does not
support it (`qa.claims.clauses`)."""
import pytest

from qa.claims.clauses import crossed_clauses, crossed_pair, unstated_alternative
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker


@pytest.mark.parametrize("claim, sentence, crossed", [
    # each clause of the sentence pairs one clause's actor with the other's place
    ("Most ferries sailed from the northern quay, while the trawlers stayed in the lagoon.",
     "While most ferries stayed in the lagoon, the trawlers sailed from the northern quay.",
     True),
    ("The nurses worked in the hills, and the surgeons worked on the coast.",
     "The nurses worked on the coast; the surgeons worked in the hills.", True),
    # the same pairs, in the other order or in other words
    ("Most ferries sailed from the northern quay, while the trawlers stayed in the lagoon.",
     "The trawlers stayed in the lagoon, while most ferries left from the northern quay.",
     False),
    ("Most ferries sailed from the northern quay, while the trawlers stayed in the lagoon.",
     "Most ferries sailed from the northern quay while the trawlers stayed in the lagoon.",
     False),
    # "while" with no comma before it opens the claim's second clause all the same
    ("Most nurses worked in the hills while the surgeons operated on the coast, as planned.",
     "While most nurses worked on the coast, the surgeons operated in the hills, as planned.",
     True),
    ("Most nurses worked in the hills whereas the surgeons operated on the coast.",
     "Most nurses worked in the hills, whereas the surgeons operated on the coast.", False),
    # one clause only in the claim: nothing to cross
    ("Most ferries sailed from the northern quay in the lagoon.",
     "In the lagoon, most ferries sailed from the northern quay.", False),
    # a word the claim says in both clauses tells nothing of which clause says it
    ("Harbour fees from the ferries rose by 5 percent, a third of all harbour fees.",
     "In 2020, all ferries paid fees that rose by 5 percent, a third of the harbour's.", False),
])
def test_crossed_clauses(claim, sentence, crossed):
    vocab = vocabulary_for(Analyzer())
    assert crossed_clauses(parse(claim, vocab), parse(sentence, vocab), vocab) == crossed


def test_a_claim_with_its_places_swapped_between_clauses_is_not_supported(tmp_path):
    texts = ["While most ferries stayed in the lagoon, the trawlers sailed from the northern "
             "quay, leaving the harbour empty."]
    check_in = checker(tmp_path, "Ferries", texts + OTHER_TOPICS)
    payload = check_in("Most ferries sailed from the northern quay, while the trawlers stayed "
                       "in the lagoon.")
    assert payload["verdict"] != "supported", payload
    assert check_in("Most ferries stayed in the lagoon, while the trawlers sailed from the "
                    "northern quay.")["verdict"] == "supported"


@pytest.mark.parametrize("claim, sentence, unstated", [
    ("The ferries mostly carried grain rather than passengers.",
     "The ferries carried passengers and, on some days, grain.", True),
    ("The board readily grants licences instead of issuing them only in emergencies.",
     "The board only issues licences in emergencies.", True),
    # the sentence sets one thing against another, in its own words
    ("The ferries mostly carried grain rather than passengers.",
     "The ferries carried grain, not passengers.", False),
    ("The ferries mostly carried grain rather than passengers.",
     "The ferries carried grain instead of passengers.", False),
    # no alternative in the claim
    ("The ferries mostly carried grain.", "The ferries carried grain.", False),
])
def test_unstated_alternative(claim, sentence, unstated):
    vocab = vocabulary_for(Analyzer())
    assert unstated_alternative(parse(claim, vocab), parse(sentence, vocab)) == unstated


@pytest.mark.parametrize("claim, sentence, pair", [
    # the claim sets its clauses against each other; the sentence pairs them the other way
    ("Most ferries sailed from the northern quay, while the trawlers stayed in the lagoon.",
     "While most ferries stayed in the lagoon, the trawlers sailed from the northern quay.",
     ("ferries", "While most ferries stayed in the lagoon")),
    ("Most nurses worked in the hills whereas the surgeons operated on the coast.",
     "Whereas most nurses worked on the coast, the surgeons operated in the hills.",
     ("hills", "the surgeons operated in the hills")),
    # the same pairs: nothing crossed
    ("Most ferries sailed from the northern quay, while the trawlers stayed in the lagoon.",
     "The trawlers stayed in the lagoon, while most ferries left from the northern quay.",
     None),
    # crossed, but the claim's clauses are not set against each other: a word of one clause
    # is often said in the sentence's other, so no fact is read as reversed
    ("The nurses worked in the hills, and the surgeons worked on the coast.",
     "The nurses worked on the coast; the surgeons worked in the hills.", None),
])
def test_crossed_pair(claim, sentence, pair):
    vocab = vocabulary_for(Analyzer())
    found = crossed_pair(parse(claim, vocab), parse(sentence, vocab), vocab)
    assert (found and (found[0].word, sentence[slice(*found[1])])) == pair


def test_a_claim_with_its_contrasted_clauses_crossed_is_contradicted(tmp_path):
    texts = ["While most ferries stayed in the lagoon, the trawlers sailed from the northern "
             "quay, leaving the harbour empty."]
    check_in = checker(tmp_path, "Ferries", texts + OTHER_TOPICS)
    payload = check_in("Most ferries sailed from the northern quay, while the trawlers stayed "
                       "in the lagoon.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0]["kind"] == "relation"
    # the pairs as the sentence has them, one of them left unsaid: no conflict
    assert check_in("Most ferries stayed in the lagoon, while the trawlers sailed from the "
                    "northern quay.")["verdict"] == "supported"
    assert check_in("The trawlers sailed from the northern quay, leaving the harbour "
                    "empty.")["verdict"] == "supported"
