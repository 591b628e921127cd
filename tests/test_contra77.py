"""A party set aside by a "rather than" parenthesis ("The port company, rather than the
river authority, keeps the flood walls") is denied the deed as one set aside by ", not" is:
a sentence giving the deed to that party contradicts the claim (`qa.claims.apposed`,
`check.given_denied`). The claims are about small corpora written here."""
import pytest

from qa.claims.apposed import denied_party
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

ESTUARY = ["The river authority of Tarven is chiefly charged with upkeep of the flood walls "
           "along the estuary.",
           "In April 2031, the ferry guild asked for the closure of the northern quay.",
           "Dredging of the channel resumed after the autumn storms."]


def test_the_set_aside_party_given_the_deed_contradicts(tmp_path):
    check_in = checker(tmp_path, "Estuary", ESTUARY + OTHER_TOPICS)
    payload = check_in("The port company, rather than the river authority of Tarven, is "
                       "chiefly charged with upkeep of the flood walls along the estuary.")
    assert payload["verdict"] == "contradicted", payload
    payload = check_in("The harbour board, rather than the ferry guild, asked for the closure "
                       "of the northern quay in April 2031.")
    assert payload["verdict"] == "contradicted", payload


def test_the_own_party_stated_is_no_contradiction(tmp_path):
    check_in = checker(tmp_path, "Estuary", ESTUARY + OTHER_TOPICS)
    # near miss: the claim's own party is the sentence's: nothing given to the other
    payload = check_in("The ferry guild, rather than the harbour board, asked for the closure "
                       "of the northern quay in April 2031.")
    assert payload["verdict"] != "contradicted", payload


@pytest.mark.parametrize("claim, sentence, own", [
    ("The harbour board, rather than the town council, closed the pier in May.",
     "In May, the town council closed the pier.", "harbour board"),
    ("The harbour board, instead of the town council, closed the pier in May.",
     "In May, the town council closed the pier.", "harbour board"),
    # the own party opens after the "that" of its clause, not at the claim's start
    ("The audit argues that the harbour board, not the town council, closed the pier.",
     "The town council closed the pier.", "harbour board"),
    # both parties stated: the sentence may give the deed to both
    ("The harbour board, rather than the town council, closed the pier in May.",
     "In May, the harbour board and the town council closed the pier.", None),
    # no parenthesis: the alternative closes the claim
    ("The harbour board closed the pier in May rather than the town council.",
     "In May, the town council closed the pier.", None),
])
def test_denied_party(claim, sentence, own):
    vocab = vocabulary_for(Analyzer())
    found = denied_party(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    if own is None:
        assert found is None, found
    else:
        assert found is not None
        assert " ".join(t.word for t in found[1]) == own, found


# "few did" and "many did not" tell one state of the crews (`qa.claims.quantity_duality`)
CREWS = ["Many of the ferry crews did not renew their permits before the spring season.",
         "The harbour board printed new permit forms in March.",
         "Most pilots at the southern quay are comfortable working at night."]


def test_opposite_quantity_over_a_denial_is_no_contradiction(tmp_path):
    check_in = checker(tmp_path, "Crews", CREWS + OTHER_TOPICS)
    payload = check_in("Few of the ferry crews renewed their permits before the spring season.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("Few pilots at the southern quay are not comfortable working at night.")
    assert payload["verdict"] != "contradicted", payload


def test_opposite_quantity_with_both_denied_still_contradicts(tmp_path):
    check_in = checker(tmp_path, "Crews", CREWS + OTHER_TOPICS)
    # near miss: the denial on both sides, the quantity alone reversed
    payload = check_in("Few of the ferry crews did not renew their permits before the spring "
                       "season.")
    assert payload["verdict"] == "contradicted", payload
    # and no denial on either side
    payload = check_in("Few pilots at the southern quay are comfortable working at night.")
    assert payload["verdict"] == "contradicted", payload
