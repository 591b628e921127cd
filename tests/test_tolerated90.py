"""Round 84 (branch tolerated90): a verb of proof tolerated as a frame word.

A claim that says its clause was proved ("confirmed that", "established that", "has been
shown to") was supported by a sentence that holds the same clause only possible or believed
("claimed that ... may have", "studies suggest ... may"): the verb of proof was one
tolerated unstated word (`qa.claims.proof_frame`). A sentence stating the clause plainly, or
stating the verb of proof itself, still supports it, and a hedged claim stays supported by a
hedged sentence. Invented harbour text."""
import pytest

from qa.claims.check import check
from qa.claims.proof_frame import proof_verbs
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Tolvik pilots' guild claimed that the northern channel may have had its "
        "shallowest depth in eighty years during the dry autumn.",
        "Some surveys of the Brenna estuary suggest that silt from the quarries may be the "
        "main cause of the shrinking oyster beds.",
        "The Kessby harbour master confirmed that the new breakwater halved the swell at "
        "the fishing quay.",
        "The tide gauges at Vossund recorded the highest spring tide in forty years last March.",
        "The lighthouse keepers met in April to discuss the new lamps for the northern cape.")


@pytest.mark.parametrize("claim", [
    "The Tolvik pilots' guild confirmed that the northern channel had its shallowest depth "
    "in eighty years.",
    "Surveys have established that silt from the quarries is the main cause of the "
    "shrinking oyster beds in the Brenna estuary.",
    "Silt from the quarries has been shown to be the main cause of the shrinking oyster "
    "beds in the Brenna estuary.",
])
def test_a_proof_the_sentence_only_holds_possible_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    # the sentence's own verb of proof
    "The Kessby harbour master confirmed that the new breakwater halved the swell at the "
    "fishing quay.",
    # a hedged claim, a hedged sentence
    "Surveys suggest that silt from the quarries may be the main cause of the shrinking "
    "oyster beds in the Brenna estuary.",
    # a plain sentence: the verb of proof a tolerated frame word, as before
    "Records have shown that the tide gauges at Vossund recorded the highest spring tide "
    "in forty years last March.",
])
def test_a_proof_the_sentence_states_or_a_hedge_it_shares_stays_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim, words", [
    ("The guild confirmed that the channel silted up.", ["confirmed"]),
    ("The silt has been shown to harm the oysters.", ["shown"]),
    ("The crews showed up late at the quay.", []),
    ("The survey showed a lack of oysters.", []),
])
def test_a_verb_of_proof_is_read_only_over_a_clause(harbour, claim, words):
    parsed = parse(claim, vocabulary_for(harbour.analyzer))
    assert [parsed.tokens[i].word for i in proof_verbs(parsed)] == words
