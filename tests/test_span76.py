"""Round 71, span76: long claims that join two facts by a connective of result.

A clause the claim tells as the result of another ("..., which in turn drove the herders to
the cities", "..., and the ferry had to skip two ports as a result") is a fact of its own:
a sentence stating the cause and the result's subject, with another result, does not
support the claim (`result_clause`, read by `clause_shares.every_result`). Sentences
invented here."""
import pytest

from qa.claims.facts import parse
from qa.claims.result_clause import result_clauses
from qa.claims.result_tie import connective_sides
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

WELLS = ("Drought dried up most wells in the Kessra valley in 2028, forcing herders to seek "
         "other pastures in the hills.")
PIER = ("Storms wrecked the Ostra ferry pier in March 2030, obliging the ferry to call at the "
        "fishing harbour of Lunde instead.")


def terms(text: str) -> set[str]:
    return set(VOCAB.analyzer.terms(text))


@pytest.mark.parametrize("claim, expected", [
    # a relative clause of result: its words but the connective's
    ("Drought dried up the wells, which in turn forced herders into the hills.",
     [terms("forced herders into hills")]),
    # a connective set off by commas marks the clause after it
    ("Storms wrecked the pier, and, as a result, a ferry called at Lunde.",
     [terms("ferry called Lunde")]),
    # a connective ending its clause marks that clause
    ("Storms wrecked the pier, and the ferry called at Lunde as a result.",
     [terms("ferry called Lunde")]),
    # "as a result of" names a cause; a connective in the main clause has no cause before it
    ("The ferry called at Lunde as a result of storms.", []),
    ("As a result, the ferry called at Lunde.", []),
])
def test_result_clause_words(claim, expected):
    assert result_clauses(parse(claim, VOCAB)) == expected


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Valley", [WELLS, PIER, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    # the result changed: the cause and the result's subject are stated, not where they went
    "Drought dried up most wells in the Kessra valley in 2028, which in turn forced herders "
    "to sell their herds.",
    "Drought dried up most wells in the Kessra valley in 2028, which in turn forced herders "
    "to seek work in the towns.",
    # a result of the result: the clause after the participle's, unsaid
    "Storms wrecked the Ostra ferry pier in March 2030, obliging the ferry to call at the "
    "fishing harbour, which in turn emptied the Ostra market.",
])
def test_a_result_the_sentence_changes_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "Drought dried up most wells in the Kessra valley in 2028, which in turn forced herders "
    "to seek other pastures in the hills.",
    "Storms wrecked the Ostra ferry pier in March 2030, and as a result a ferry had to call "
    "at the fishing harbour of Lunde instead.",
])
def test_a_result_the_sentence_states_is_supported(check, claim):
    assert check(claim)["verdict"] == "supported"


# two neighbouring sentences, the second tying its own cause and result by a participle
CREWS = ("Many ferry crews on the Vell route lack charts of the northern shoals. Fog closed "
         "the Ostra channel for a week, delaying the crews' talks with the port office.")
# the tie is the first sentence's; the second tells another fact
CHANGES = ("The port office restricted crew changes on the Vell route in May, creating tension "
           "with the ferry operators. Storms have kept the northern shoals closed to shipping "
           "since June.")


@pytest.fixture
def check_pair(tmp_path):
    return checker(tmp_path, "Harbour", [CREWS, CHANGES, *OTHER_TOPICS])


def test_a_connective_the_second_sentence_ties_itself_may_go_unsaid(check_pair):
    assert check_pair(
        "Many ferry crews on the Vell route lack charts of the northern shoals, and since fog "
        "closed the Ostra channel for a week, the crews' talks with the port office were "
        "delayed as a result.")["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    # the tie turned round: the result made the cause
    "Many ferry crews on the Vell route lack charts of the northern shoals, and since the "
    "crews' talks with the port office were delayed, fog closed the Ostra channel for a week "
    "as a result.",
    # the result given to the neighbour's fact, which no sentence ties to it
    "The port office restricted crew changes on the Vell route in May, and since storms have "
    "kept the northern shoals closed to shipping, tension with the ferry operators was "
    "created as a result.",
])
def test_a_connective_no_sentence_ties_that_way_is_not_supported(check_pair, claim):
    assert check_pair(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim, expected", [
    ("Crews lacked charts, and since fog closed the Ostra channel, talks were delayed as a "
     "result.",
     [({"sinc"}, terms("fog closed Ostra channel"), terms("talks delayed result")),
      ({"result"}, terms("fog closed Ostra channel"), terms("talks delayed"))]),
    # "since" a date or an event's noun says when
    ("Storms have closed the shoals since June 2030.", []),
    ("Since the signing of an accord, the shoals have stayed closed.", []),
])
def test_connective_sides(claim, expected):
    found = connective_sides(parse(claim, VOCAB))
    assert [(set(a), set(b), set(c)) for a, b, c in found] == expected
