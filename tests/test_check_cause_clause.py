"""A claim's clause of cause ("... because Norland had boats fishing on the reef") is a fact
of its own: a sentence stating the main clause, and of the cause only the names the two
clauses share, does not support the claim (`cause_clause.cause_clauses`, read by
`clause_shares.every_cause`). A cause the passage states, in the sentence or the one after it, in
other verbs, still supports. Sentences invented here."""
import pytest

from qa.claims.cause_clause import cause_clauses
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

SURVEY = "The reef survey was funded by the Norland Ministry of Fisheries and completed in 2019."
FERRY = ("The ferry service to Vell was suspended in 2021. Because so many of its pilots had "
         "moved to the southern ports, the service could not be kept running.")
FEES = "The harbour board raised mooring fees in 2018 because the breakwater needed repairs."


def clause_words(claim: str) -> list[set[str]]:
    return cause_clauses(parse(claim, VOCAB))


@pytest.mark.parametrize("claim, expected", [
    # the verb, the names and the quantifiers left out: what the cause tells of
    ("The ministry funded the survey because Norland had boats fishing on the reef.",
     [set(VOCAB.analyzer.terms("boats fishing reef"))]),
    ("The service stopped because so many pilots came from the south.",
     [set(VOCAB.analyzer.terms("pilots south"))]),
    # a participle after the verb tells of a thing ("the agreed timetable")
    ("Sanctions were imposed because Vell didn't stick to the agreed timetable.",
     [set(VOCAB.analyzer.terms("agreed timetable"))]),
    # "because of" opens a noun phrase, no clause
    ("The service stopped because of the storms.", []),
])
def test_cause_clause_words(claim, expected):
    assert clause_words(claim) == expected


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Reef", [SURVEY, FERRY, FEES, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    "The Norland Ministry of Fisheries funded the reef survey because Norland had boats "
    "fishing on the reef.",
    "The reef survey was funded by the Norland Ministry of Fisheries because Norland had "
    "divers working there.",
])
def test_a_cause_the_passage_never_states_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "The Norland Ministry of Fisheries funded the reef survey.",
    # the cause in the next sentence, its verb reworded ("left" / "had moved")
    "The ferry service to Vell was suspended in 2021 because so many pilots had left for the "
    "southern ports.",
    FEES,
    "The harbour board raised mooring fees in 2018 because the breakwater had to be repaired.",
])
def test_a_stated_cause_still_supports(check, claim):
    assert check(claim)["verdict"] == "supported"
