"""True claims that say how often with "every" where the source uses the unit's adverb, and
that say what an actor does where the source names it by a compound agent noun (round 50):
"faced assaults virtually every day" / "on a virtually daily basis", "held the pen on the
charter" / "serves as the penholder on the charter", "held the penholdership" / "penholder".
Another frequency, a hedge the source does not give, another verb or another object are still
not stated."""
import pytest

from qa.claims.agent_compounds import agent_compound
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.frequency import frequencies
from qa.claims.initially import starts
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "According to the harbour master, pilot boats face collisions on a virtually daily "
        "basis in the outer channel. The dredging firm removes about 4,000 tonnes of silt "
        "annually.",
        "The town council, which serves as the penholder on the harbour charter, met the port "
        "authority in March 2021. The Fishermen's Guild is the largest shareholder in the ice plant.",
        "The lighthouse keeper logs the weather every other day. Inspectors visit the fish "
        "market monthly.",
        "The canal board, initially authorized to maintain a fleet of 40 barges, was later "
        "allowed to run 60. At the start of 2021, the board closed the northern lock.")


@pytest.mark.parametrize("claim, verdict", [
    # a frequency said the other way
    ("The harbour master says pilot boats face collisions virtually every day in the outer "
     "channel.", "supported"),
    ("The dredging firm removes about 4,000 tonnes of silt every year.", "supported"),
    ("The dredging firm removes about 4,000 tonnes of silt each year.", "supported"),
    ("Inspectors visit the fish market every month.", "supported"),
    # "every other day" is not daily, nor is a hedged frequency the source does not hedge, nor
    # another unit
    ("The lighthouse keeper logs the weather daily.", "not_found"),
    ("The lighthouse keeper logs the weather every day.", "not_found"),
    ("Inspectors visit the fish market every week.", "not_found"),
    ("Inspectors visit the fish market every few months.", "not_found"),
    ("The dredging firm removes about 4,000 tonnes of silt per month.", "not_found"),
    ("Inspectors visit the fish market almost every month.", "not_found"),
    # a compound agent noun by its verb and object, and the office by its holder
    ("The town council held the pen on the harbour charter.", "supported"),
    ("The town council held the penholdership on the harbour charter.", "supported"),
    ("The Fishermen's Guild holds the largest share in the ice plant.", "supported"),
    # another object, another verb before the office, another actor
    ("The town council held the key to the harbour charter.", "not_found"),
    ("The town council hosted the penholdership on the harbour charter.", "not_found"),
    ("The port authority held the pen on the harbour charter.", "not_found"),
    ("The ferry company held the penholdership on the harbour charter.", "not_found"),
])
def test_frequency_and_agent_compounds(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("claim, verdict", [
    ("When the canal board was first set up, it was authorized to maintain a fleet of 40 "
     "barges.", "supported"),
    ("At the outset, the canal board was authorized to maintain a fleet of 40 barges.",
     "supported"),
    # 60 is what came later, whatever word says the start
    ("When the canal board was first set up, it was authorized to run 60 barges.",
     "not_found"),
    ("The canal board was first authorized to maintain a fleet of 60 barges.", "not_found"),
    ("At the outset, the canal board was authorized to maintain a fleet of 60 barges.",
     "not_found"),
])
def test_start_said_otherwise(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("text, words", [
    ("When the board was first set up, it was authorized to run 40 barges.", ["first"]),
    ("At the outset, the board ran 40 barges; initially it had 30.", ["outset", "initially"]),
    ("At the start of 2021 the first convoy left.", []),
    ("At first sight the board was the first to act.", []),
])
def test_starts(harbour, text, words):
    parsed = parse(text, vocabulary_for(harbour.analyzer))
    assert [t.word for t in starts(parsed)] == words


@pytest.mark.parametrize("word, compound", [
    ("penholder", True), ("shareholder", True), ("gatekeeper", True), ("policymaker", True),
    ("number", False), ("together", False), ("holder", False), ("september", False),
])
def test_agent_compound(word, compound):
    assert agent_compound(word) == compound


@pytest.mark.parametrize("text, units", [
    ("They meet every day and report weekly.", ["day", "week"]),
    ("They meet every other day, every few weeks and every two years.", []),
    ("Fees are paid per year, in an annual sum.", ["year", "year"]),
])
def test_frequencies(harbour, text, units):
    parsed = parse(text, vocabulary_for(harbour.analyzer))
    assert [unit for unit, _ in frequencies(parsed)] == units
