"""Who did the claim's deed, read where a sentence gives it to another. Invented sentences.

- "The Harbour Authority opposed the ferry levy" against "The ferry levy was proposed by the
  Harbour Authority in May 2019. However, the levy was opposed by the Fishermen's Union":
  the first sentence states the actor, the object and the date, the second the verb, with
  another agent. Read as one, or the first alone, it was `supported` (0.89); the claim's
  verb is told as the Union's (`deed_elsewhere`), for active, passive and saying verbs.
- "the plan was later blocked by the Environment Agency": "later" tells when, it is no word
  of the clause standing in the claim's place (`straddled.own_word`): read as one, the
  Agency's blocking of the plan was refused (not_found).
- "The Norwegian authorities had doubts about sending a ferry to Norway" against "The Harbour
  Guild had doubts about sending a ferry to Norway": the country the sentence names is where
  the ferry goes, not who doubted; the claim's actor noun unstated and another name in the
  sentence's subject, it is not support (`subject_head.owner_elsewhere`). Supported (0.95).
- "The Norland Ferry Company decided in May to close the pier" against "The Harbour Board's
  decision in May to close the pier followed a request from the Norland Ferry Company": a
  noun of the deed names its agent by its genitive or its "from"/"by" ("the Board's
  decision", "a request from the Company"); the claim's agent is another's there
  (`deed_elsewhere.noun_agent_elsewhere`, and `agent_elsewhere` through WordNet's
  derivations). Supported (1.0).
- "the Fishermen's Union": an irregular plural's genitive is inside the name, not its owner
  (`facts.possessive_parts`); cut there, "Union" and "Fishermen" were two actors, and the
  true claim was contradicted."""
import pytest

from qa.claims.check import check
from qa.claims.facts import possessive_parts
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The ferry levy was proposed by the Harbour Authority in May 2019. However, the levy "
        "was opposed by the Fishermen's Union (FU), which called it unfair.",
        "In 2020 the Northern Council approved the dredging plan, but the plan was later "
        "blocked by the Environment Agency.",
        "The new quay was built by Valmora Docks in 2018. The quay was later rejected by the "
        "Norland Port Board as unsafe.",
        "The Harbour Guild had doubts about sending a second ferry to Norway in 2019.",
        "Norway's port officials had doubts about the new ferry route to Sweden.",
        "The Harbour Board's decision in May to close the pier followed a request from the "
        "Norland Ferry Company.")


@pytest.mark.parametrize("claim", [
    "The Harbour Authority opposed the ferry levy.",
    "The ferry levy was opposed by the Harbour Authority.",
    "The new quay was rejected by Valmora Docks.",
    "Valmora Docks rejected the new quay.",
    "The Norwegian authorities had doubts about sending a second ferry to Norway in 2019.",
    "The Norland Ferry Company decided in May to close the pier.",
    "The closure of the pier followed a request from the Harbour Board.",
])
def test_a_deed_the_passage_gives_another_agent_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The Fishermen's Union opposed the ferry levy.",
    "The ferry levy was opposed by the FU.",
    "The Harbour Authority proposed the ferry levy in May 2019.",
    "The Environment Agency blocked the dredging plan.",
    "The Northern Council approved the dredging plan in 2020.",
    "The new quay was rejected by the Norland Port Board.",
    "Valmora Docks built the new quay in 2018.",
    "The Harbour Guild had doubts about sending a second ferry to Norway in 2019.",
    "Norwegian port officials had doubts about the new ferry route to Sweden.",
    "The Harbour Board decided in May to close the pier.",
    "The pier was closed after a request from the Norland Ferry Company.",
])
def test_the_agent_the_sentence_gives_supports(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("text, parts", [
    ("The Fishermen's Union met.", [["The", "Fishermen's", "Union"]]),
    ("the UN Children's Fund said", [["UN", "Children's", "Fund"]]),
    ("Sweden's MINUSMA contingent left.", [["Sweden's"], ["MINUSMA"]]),
    ("Norway's Fishermen's Union met.", [["Norway's"], ["Fishermen's", "Union"]]),
])
def test_an_irregular_plurals_genitive_stays_in_its_name(text, parts):
    assert [words for _, words in possessive_parts(text)] == parts


@pytest.fixture(scope="module")
def allies(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Norlandic and Sudlandic navies joined forces to defend the blockade, dismissing "
        "the inspectors' report.",
        "The lighthouse keepers staged a strike over unpaid wages.")


@pytest.mark.parametrize("claim, verdict", [
    # a list of agents before their noun, in either order, is one set of agents
    ("Sudlandic and Norlandic navies joined forces to defend the blockade.", "supported"),
    ("The Norlandic and Sudlandic navies joined forces to defend the blockade.", "supported"),
    ("Sudlandic navies defended the blockade and dismissed the inspectors' report.",
     "supported"),
])
def test_agents_listed_in_another_order_are_the_same_agents(allies, claim, verdict):
    assert check(allies, claim).verdict == verdict

