"""Contradictions the checker missed for a reason of grammar. A claim's adjunct "without"
("travelled without escorts") denies a noun of its own, not the claim's clause, so a sentence
denying the claim's verb ("had no power", "had not trained") is a plain denial of what the
claim affirms (`qa.claims.compare.clause_denied`). A claim that sets an alternative aside
("on foot patrols rather than during road convoys") is reversed by a sentence that states
the alternative whole, its preposition with it, and not the claim's fact
(`qa.claims.clauses.alternative_stated`); a sentence that sets aside a word of the claim
("rather than to protect the villages") does not support it (`clauses.set_aside`). A
negation counts only in the clause of the word it would deny, and a denial both texts make
flips nothing (`compare.clause_denied`, `compare.denial_shared`). "Roughly the size of X" and
"smaller than X" are multiples of X's size (`qa.claims.tallies.multiples`). The claims are
about a small corpus written here."""
import pytest

from qa.claims.compare import clause_denied
from qa.claims.facts import parse
from qa.claims.tallies import multiples
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

HARBOUR = [
    "Alone, the river authority has no power to close the eastern harbour to cargo ships.",
    "Many ferry companies had not trained their crews for winter storms on the northern strait.",
    "The pilots guided the tankers into the western basin without tugboats in 2018.",
]


@pytest.mark.parametrize("claim, verdict", [
    ("The river authority had the power to close the eastern harbour to cargo ships "
     "without a court order.", "contradicted"),
    ("Without exception, ferry companies had trained their crews for winter storms on the "
     "northern strait.", "contradicted"),
    # both deny, each its own noun: no conflict
    ("Without a court order, the river authority has no power to close the eastern harbour "
     "to cargo ships.", "supported"),
    ("The pilots guided the tankers into the western basin without tugboats in 2018.",
     "supported"),
])
def test_adjunct_without_is_no_denial_of_the_clause(tmp_path, claim, verdict):
    result = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)(claim)
    assert result["verdict"] == verdict


LAGOON = [
    "Most of the ferry's lost cargo went overboard in the night, largely during winter storms.",
    "Half of the harbour budget was spent on dredging the channel, rather than on repairing "
    "the sea wall of the old port.",
    "The fishermen of the northern bay sold their catch at the market in Velra.",
]


@pytest.mark.parametrize("claim, verdicts", [
    ("Most of the ferry's lost cargo went overboard in calm weather rather than during "
     "winter storms.", {"contradicted"}),
    # the fact stated, its contrast not: never a contradiction
    ("Most of the ferry's lost cargo went overboard during winter storms rather than in calm "
     "weather.", {"supported", "not_found"}),
    # the sentence sets the sea wall aside: no support of a claim that it was repaired
    ("Half of the harbour budget was spent on repairing the sea wall of the old port.",
     {"not_found", "contradicted"}),
    ("Half of the harbour budget was spent on dredging the channel.", {"supported"}),
])
def test_alternatives_set_aside(tmp_path, claim, verdicts):
    result = checker(tmp_path, "Lagoon", LAGOON + OTHER_TOPICS)(claim)
    assert result["verdict"] in verdicts


@pytest.mark.parametrize("text, found", [
    ("a valley roughly the size of Wales.", [(1.0, "approx", "size wales")]),
    ("a valley smaller than Wales.", [(1.0, "upper", "size wales")]),
    ("a valley larger than Wales.", [(1.0, "lower", "size wales")]),
    ("a valley more than three times the size of Wales.", [(3.0, "lower", "size wales")]),
    # the measure itself, no ratio
    ("they cut the size of the fleet.", []),
])
def test_multiples_hedged_and_compared(text, found):
    assert [m[:3] for m in multiples(text)] == found


VALLEY = [
    "The reserve was overstretched, with over 40 rangers patrolling a valley more than three "
    "times the size of Wales.",
    "The rangers of the reserve were paid by the regional council in 2019.",
]


@pytest.mark.parametrize("claim, verdict", [
    ("The reserve's more than 40 rangers patrolled a valley roughly the size of Wales.",
     "contradicted"),
    ("The reserve's more than 40 rangers patrolled a valley smaller than Wales.", "contradicted"),
    # a bound the multiple keeps: no conflict (the ratio unstated keeps support away)
    ("The reserve's more than 40 rangers patrolled a valley larger than Wales.", "not_found"),
])
def test_another_multiple_of_the_same_measure(tmp_path, claim, verdict):
    result = checker(tmp_path, "Valley", VALLEY + OTHER_TOPICS)(claim)
    assert result["verdict"] == verdict


GAZETTE = [
    "The notice was edited on 3 May to change the number of boats sunk to 12.",
    "This number had been incorrectly reported by the gazette as more than 40.",
]


def test_a_denial_the_claim_makes_itself_is_no_flip(tmp_path):
    """The claim's own "incorrectly" is the sentence's: "corrected" is not flipped by it."""
    result = checker(tmp_path, "Gazette", GAZETTE + OTHER_TOPICS)(
        "The gazette incorrectly reported that more than 40 boats had sunk, and the notice was "
        "corrected on 3 May to say 12.")
    assert result["verdict"] != "contradicted"


@pytest.mark.parametrize("text, term, denied", [
    # the negation in another clause: the word is affirmed
    ("The fleet had plenty of tugboats, so the crossing was never the problem.", "tugboat",
     False),
    # a bracket sets words inside the clause: still the word's clause
    ("The failure of the pumps (the old ones) was a reason for crews not to sail.", "sail",
     True),
    ("The ferries did not sail in March.", "sail", True),
    # an adjunct's "without" denies its own noun, not the clause
    ("The ferries sailed without pilots.", "sail", False),
])
def test_clause_denied_in_the_clause_of_the_word(text, term, denied):
    parsed = parse(text, VOCAB)
    stem = VOCAB.analyzer.terms(term)[0]
    assert clause_denied(parsed, stem) is denied
