"""Contradicted claims whose one change is an actor swapped in the same role: the agent of a
passive after an article ("launched by the Coastal Union", `opposition.passive_agent_replaced`),
the actor a claim sets aside given the deed ("rather than to the tug crews",
`set_aside_actor`), and an actor noun that is also a verb before a finite "be" ("the tug crews
were", `actors.actor_at`). The texts are invented here."""
import pytest

from qa.claims.actors import actor_at
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.opposition import passive_agent_replaced
from qa.claims.set_aside_actor import set_aside_actor
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())

FORUM = ("The Ostvik Coastal Forum, a framework launched by Norland to settle the fisheries "
         "dispute, brought together Norland, Sudland, the Harbour Guild and the Coastal Union.")
INQUIRY = ("An inquiry published in June 2022 concluded that the sinking of the trawler Brenna "
           "was carried out by the harbour pilots and the tug crews.")
STUDY = ("A study by the Coastal Union found that the harbour pilots were responsible for 40 "
         "groundings in 2021.")


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory, FORUM, INQUIRY, STUDY,
        "A second inquiry, published in March 2021, found that the grounding of the ferry Velda "
        "was caused by the crews of two tugs.",
        "The Brenna lighthouse keepers logged 212 foggy nights along the southern cape last "
        "year, the most since records began.",
        "Salt traders from Velden moved their warehouses inland after the floods of 2019.")


def test_the_agent_after_an_article_is_read_against_the_sentences_agent():
    claim = parse("The Ostvik Coastal Forum was launched by the Coastal Union to settle the "
                  "fisheries dispute.", VOCAB)
    replaced = passive_agent_replaced(claim, parse(FORUM, VOCAB), VOCAB)
    assert replaced is not None and (replaced[0].text, replaced[1].text) == ("Coastal Union",
                                                                             "Norland")


def test_the_actor_set_aside_is_the_sentences_actor():
    claim = parse("An inquiry published in June 2022 attributed the sinking of the trawler Brenna "
                  "to smugglers rather than to the harbour crews.", VOCAB)
    sentence = parse("An inquiry published in June 2022 concluded that the sinking of the trawler "
                     "Brenna was carried out by the crews of two tugs.", VOCAB)
    found = set_aside_actor(claim, sentence, VOCAB)
    assert found is not None and (found[0].word, found[1].word) == ("smugglers", "crews")


def test_the_actor_the_claim_keeps_is_no_swap():
    claim = parse("An inquiry published in June 2022 attributed the sinking of the trawler Brenna "
                  "to the tug crews rather than to the smugglers.", VOCAB)
    assert set_aside_actor(claim, parse(INQUIRY, VOCAB), VOCAB) is None


def test_a_verb_form_before_a_finite_be_is_an_actor_noun():
    text = parse("The harbour pilots were responsible.", VOCAB)
    assert actor_at(text, [t.word for t in text.tokens].index("pilots"))
    verb = parse("The guild pilots boats into the harbour.", VOCAB)
    assert not actor_at(verb, [t.word for t in verb.tokens].index("pilots"))


@pytest.mark.parametrize("claim, verdict", [
    ("The Ostvik Coastal Forum, which brought together Norland, Sudland, the Harbour Guild and "
     "the Coastal Union, was launched by the Coastal Union.", "contradicted"),
    ("The Ostvik Coastal Forum, which brought together Norland, Sudland, the Harbour Guild and "
     "the Coastal Union, was launched by Norland.", "supported"),
    ("A study by the Coastal Union found that the tug crews were responsible for 40 groundings "
     "in 2021.", "contradicted"),
    ("A study by the Coastal Union found that the harbour pilots were responsible for 40 "
     "groundings in 2021.", "supported"),
    ("A second inquiry published in March 2021 blamed the grounding of the ferry Velda on its "
     "captain rather than on tug crews.", "contradicted"),
])
def test_an_actor_swapped_in_its_role(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_the_actor_kept_is_not_contradicted(harbour):
    claim = ("A second inquiry published in March 2021 blamed the grounding of the ferry Velda on "
             "tug crews rather than on its captain.")
    assert check(harbour, claim).verdict != "contradicted"


@pytest.mark.parametrize("claim, sentence", [
    # the claim's whole list of agents, against an active's subjects (nearest first there)
    ("On 3 May 2024, a seminar on the harbour fees was organised by the Velden Institute, the "
     "Ostvik Center and Harbour Watch.",
     "On May 3, 2024, the Velden Institute (VI), the Ostvik Center, and Harbour Watch organised "
     "a seminar on the harbour fees."),
    # the agent by its short form, which the sentence gives in brackets after the long one
    ("The truce was rejected by the OPG, which called it unfair.",
     "The truce was rejected by the Guild of Ostvik Pilots (OPG), which called it unfair."),
])
def test_the_same_agents_listed_or_shortened_are_no_swap(claim, sentence):
    assert passive_agent_replaced(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB) is None
