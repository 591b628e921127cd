"""A claim that one party acted on another party's act ("the board rejected the mayor's
plea") is not stated by a sentence telling only that act ("the mayor pleaded with the board"):
`qa.claims.reaction`. The claims are about small corpora written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.reaction import answered_unstated
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The Coast Watch is a group of volunteers based in Lodwar.",
           "Lodwar's mayor, Amina Ekai, asked the harbour board to consider the creation of "
           "a night patrol for the pier.",
           "The harbour board renewed the ferry licence in May after a long debate."]


def test_the_answer_to_a_request_is_not_the_request(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    for claim in ("The harbour board turned down Ekai's request for a night patrol.",
                  "The harbour board granted the Lodwar mayor's request for a night patrol.",
                  "The creation of the night patrol requested by Amina Ekai was approved by "
                  "the harbour board."):
        payload = check_in(claim)
        assert payload["verdict"] != "supported", payload
    # the request itself, as the sentence tells it
    assert check_in("Amina Ekai asked the harbour board to consider the creation of a night "
                    "patrol.")["verdict"] == "supported"


@pytest.mark.parametrize("claim, sentence, fires", [
    # another party's act, and the claim's verb unstated
    ("The harbour board turned down Ekai's request for a night patrol.",
     "Amina Ekai requested the harbour board to consider a night patrol.", True),
    ("The council refused the fishermen's petition on the pier.",
     "The fishermen petitioned the council about the pier.", True),
    ("The plan for a night patrol proposed by the mayor was rejected by the council.",
     "The mayor proposed a plan for a night patrol to the council.", True),
    # a date before the possessed noun
    ("The board endorsed Lodwar's May 2020 plan for the pier.",
     "In May 2020, Lodwar set out a plan for the pier.", True),
    ("The plan for a night patrol proposed by the mayor was rejected by the council.",
     "The mayor proposed a plan for a night patrol to the council, which rejected it.", False),
    # the claim's verb stated, by a synonym or the sentence's own word
    ("The council refused the fishermen's petition on the pier.",
     "The council rejected the petition the fishermen sent about the pier.", False),
    ("The harbour board turned down Ekai's request for a night patrol.",
     "The harbour board rejected Ekai's request for a night patrol.", False),
    # the subject's own act ("its"), or no possessor: the noun may stand for the verb
    ("The council gave its authorization for a night patrol.",
     "The council authorized a night patrol.", False),
    ("The council gave authorization for a night patrol.",
     "The council authorized a night patrol.", False),
    # the possessor is the subject: its own plan
    ("The council shelved the council's plan for a patrol.",
     "The council planned a patrol.", False),
    # an active verb with an agent of its own: no passive
    ("The council approved a plan for a patrol.",
     "The mayor planned a patrol.", False),
])
def test_answered_unstated(claim, sentence, fires):
    vocab = vocabulary_for(Analyzer())
    found = answered_unstated(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert bool(found) == fires, found


@pytest.mark.parametrize("claim, sentence", [
    # a verb of the sentence on the object: maybe the claim's verb in other words
    ("The council brought the mayor's plan to an end in May.",
     "In May, the council terminated the plan of the mayor.", ),
    ("The fishermen increasingly eased the board's use of the pier.",
     "The fishermen were increasingly obstructing the use of the pier by the board.", ),
    ("The council refused the fishermen's petition on the pier.",
     "The fishermen's petition on the pier was rejected.", ),
])
def test_a_verb_of_the_sentence_on_the_object_keeps_it(claim, sentence):
    vocab = vocabulary_for(Analyzer())
    assert answered_unstated(parse(claim, vocab), parse(sentence, vocab), vocab,
                             frozenset()) is None


def test_a_verb_after_the_object_in_the_active_is_the_object_s_own():
    vocab = vocabulary_for(Analyzer())
    claim = parse("The patrol requested by the mayor was approved by the council.", vocab)
    sentence = parse("The mayor requested the council to consider a patrol capable of "
                     "quickly stopping thieves.", vocab)
    assert answered_unstated(claim, sentence, vocab, frozenset()) is not None


@pytest.mark.parametrize("claim, sentence", [
    # a verb in a relative clause describes a noun of the claim; its news is elsewhere
    ("Lodwar acted as mediator in the talks that ended the fishermen's strike on the pier.",
     "The fishermen went on strike on the pier, and Lodwar mediated.", ),
    # a name after the possessor: no act of the possessor's
    ("The board amended Lodwar's Charter for Fishing Rights in May.",
     "In May, Lodwar wrote the Charter for Fishing Rights.", ),
])
def test_no_answer_read_where_the_object_is_no_act_of_another(claim, sentence):
    vocab = vocabulary_for(Analyzer())
    assert answered_unstated(parse(claim, vocab), parse(sentence, vocab), vocab,
                             frozenset()) is None
