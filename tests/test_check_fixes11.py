"""Two faults of reading and of reporting. A relation word inside a name ("for" in "the
Office of the Commissioner for Human Rights") is the name's, never the clause's relation
(`qa.claims.facts.relation_tokens`). A claim's unit the sentence states in another spelling
after the same quantity ("40 meters" / "40 metres") is stated, for the verdict and in the
report of unverified facts alike (`qa.claims.compare.unit_terms`). The claims are about a small
corpus written here."""
import pytest

from qa.claims.facts import parse, relation_tokens
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("text, words", [
    ("The Fund for Rural Schools lobbied for the tax.", ["for"]),
    ("The Committee for Prison Reform voted against the plan.", ["against"]),
    ("The board voted for the tariff.", ["for"]),
])
def test_relation_tokens_leave_out_names(text, words):
    kept = [t.word.lower() for t in relation_tokens(parse(text, VOCAB))]
    assert [w for w in kept if w in ("for", "against")] == words


HARBOUR = [
    "The regional council, advised by the Office of the High Commissioner for Human Rights, "
    "voted down the border law in March.",
    "The harbour board, led by the Minister for Trade, voted down the new tariff in 2019.",
    "The Fund for Rural Schools lobbied against the harbour tax in 2017.",
    "The Committee against Torture approved the prison reform in 2018.",
    "The northern glacier above the lagoon lost 40 metres of ice after 1980.",
    "The southern dam holds back 65 centimetres of silt each winter.",
    "Warmer summers released more carbon dioxide from the peat beds of the Marrow lagoon.",
    "The ferry crossed the strait forty-six times in 2016.",
    "The African Union sent observers to the harbour vote.",
]


@pytest.mark.parametrize("claim, verdict, conflict", [
    # "for" in a name is no reverse of the claim's "against" (main: contradicted, for / against)
    ("The regional council voted against the border law in March.", "supported", None),
    ("The harbour board voted against the new tariff in 2019.", "supported", None),
    # the claim's own "for", reversed, though the sentence's name holds a "for"
    ("The Fund for Rural Schools lobbied for the harbour tax in 2017.", "contradicted",
     ("for", "against")),
    ("The Fund for Rural Schools lobbied against the harbour tax in 2017.", "supported", None),
    # another body: a conflict of names, not of "for" / "against"
    ("The Committee for Prison Reform approved the prison reform in 2018.", "contradicted",
     ("Committee for Prison Reform", "Torture")),
])
def test_relation_word_inside_a_name(tmp_path, claim, verdict, conflict):
    result = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)(claim)
    assert result["verdict"] == verdict
    found = [(c["claim"], c["source"]) for e in result["evidence"][:1] for c in e["conflicts"]]
    assert found == ([conflict] if conflict else [])


@pytest.mark.parametrize("claim, verdict", [
    # a unit spelled otherwise, abbreviated, or another unit of the same quantity
    ("The northern glacier above the lagoon lost 40 meters of ice after 1980.", "supported"),
    ("The northern glacier above the lagoon lost 40 m of ice after 1980.", "supported"),
    ("The northern glacier above the lagoon lost 4000 cm of ice after 1980.", "supported"),
    ("The southern dam holds back 65 cm of silt each winter.", "supported"),
    # the other equivalences the verdict accepts: a formula, a number word, an acronym
    ("Warmer summers released more CO2 from the peat beds of the Marrow lagoon.", "supported"),
    ("The ferry crossed the strait 46 times in 2016.", "supported"),
    ("The AU sent observers to the harbour vote.", "supported"),
])
def test_other_spellings_are_not_unverified(tmp_path, claim, verdict):
    result = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)(claim)
    assert (result["verdict"], result["unverified"]) == (verdict, [])


def test_a_unit_in_conflict_is_reported_as_the_conflict(tmp_path):
    """"40 kilometres" / "40 metres": the unit is the conflict's, not an unverified word."""
    result = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)(
        "The northern glacier above the lagoon lost 40 kilometres of ice after 1980.")
    assert result["verdict"] == "contradicted" and result["unverified"] == []
