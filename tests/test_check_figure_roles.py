"""Figures of different roles are no rivals (`qa.claims.figure_roles`): a time offset between
two events against a duration, one member of a set against the set's size; and a plural noun
between a verb and a preposition is not read as the claim's verb when names are compared
(`qa.claims.opposition.object_noun`). Sentences invented here; each rule has a variant that
must still conflict."""
import pytest

from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.figure_roles import member, offset
from qa.claims.opposition import object_noun, swapped_names
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def parsed(text):
    return parse(text, VOCAB)


def conflicts(claim, sentence):
    c, s = parsed(claim), parsed(sentence)
    return [(x.claim, x.source) for x in compare(c, s, s, VOCAB).conflicts]


def mention(text, written):
    p = parsed(text)
    return p, next(m for m in p.mentions if m.text == written)


@pytest.mark.parametrize("text, written, expected", [
    ("The board asked for a new pier, and three months later the port reopened.", "three", True),
    ("The ferry sank two weeks after the storm.", "two", True),
    ("Four days earlier, the harbour had closed.", "Four", True),
    ("After six years of service, the ferry was sold.", "six", False),
    ("The ferry served for six years.", "six", False),
    ("The pier had opened a full year earlier.", "a", True),
    # a comma ends the clause: "earlier than planned" says when, not how long after
    ("The crews will leave within the next nine months, earlier than planned.", "nine", False),
])
def test_an_offset_is_a_span_placed_from_another_event(text, written, expected):
    p, m = mention(text, written)
    assert offset(p, m) is expected


def test_an_offset_of_another_event_is_no_rival():
    claim = ("The board asked for the ferry's withdrawal on 3 May 2019, and two weeks later the "
             "council ended its licence.")
    sentence = ("On 3 May 2019, after nine years of service, the board asked for the ferry's "
                "withdrawal.")
    assert conflicts(claim, sentence) == []
    # a changed offset of the same event is still a rival
    sentence = ("The board asked for the ferry's withdrawal on 3 May 2019, and five weeks later "
                "the council ended its licence.")
    assert ("two", "five") in conflicts(claim, sentence)
    # an offset is a rival of an offset, the verbs of its event written otherwise
    claim = ("In May the board took over from a crew that had arrived at the port three weeks "
             "before.")
    sentence = "In May the board replaced a crew, which had come to the port six weeks earlier."
    assert ("three", "six") in conflicts(claim, sentence)
    # and a span before the same event, however written
    claim = "Two decades after it arrived, the survey team left the northern camp in 2019."
    sentence = "After ten years in the valley, the survey team left the northern camp in 2019."
    assert conflicts(claim, sentence)


@pytest.mark.parametrize("text, expected", [
    ("One route in the plan sent to the council in May was closing the northern pier.", True),
    ("One idea was to lease a second ferry.", True),
    ("One diver was injured in the storm.", False),  # an event that befell one: a count
    ("One diver died and the pier was closed.", False),
    ("Only one route was proposed.", False),
    ("The plan offered one route to the council.", False),
])
def test_one_member_of_a_set_described(text, expected):
    p = parsed(text)
    m = next(m for m in p.mentions if m.family == "count")
    assert member(p, m) is expected


def test_one_member_is_no_rival_of_the_sets_size():
    sentence = ("The plan, sent to the council in May, offered three routes for the ferry: closing "
                "the northern pier, dredging the bay, or leasing another boat.")
    assert conflicts("One route in the plan sent to the council in May was closing the northern "
                     "pier.", sentence) == []
    # a count of the routes offered is a rival
    assert ("two", "three") in conflicts("The plan sent to the council in May offered two "
                                         "routes for the ferry.", sentence)
    # and so is one who died against three
    assert ("One", "Three") in conflicts("One diver was killed when the pier collapsed.",
                                         "Three divers were killed when the pier collapsed.")


@pytest.mark.parametrize("text, word, expected", [
    ("Inspectors visiting the northern piers need escorts from the harbour police.", "escorts",
     True),
    ("The port requires patrols in the bay at night.", "patrols", True),
    ("The harbour police escorts inspectors to the piers.", "escorts", False),  # an object next
    ("The harbour police will escorts from here.", "escorts", False),  # after an auxiliary
    ("Lodwar escorts from the pier were late.", "escorts", False),  # a name before, no verb
])
def test_a_plural_between_a_verb_and_a_preposition_is_a_noun(text, word, expected):
    p = parsed(text)
    k = next(k for k, t in enumerate(p.tokens) if t.word == word)
    assert object_noun(p, k) is expected


def test_a_plural_object_noun_swaps_no_names():
    claim = "Inspectors leaving Lodwar piers must be escorted by Harbour Police units."
    sentence = "Inspectors leaving Lodwar piers need escorts from Harbour Police units."
    assert swapped_names(parsed(claim), parsed(sentence), VOCAB) is None
    # the verb used actively with the names the other way round is still a swap
    sentence = "Inspectors from Lodwar escort the Harbour Police units leaving the piers."
    assert swapped_names(parsed(claim), parsed(sentence), VOCAB) is not None
