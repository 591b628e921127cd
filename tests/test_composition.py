"""A verb of change composed with its object (`qa.claims.polarity.composed`): "increased
frictions" is bad and "calmed frictions" good, though the polarity lexicon rates "increase"
good. Sentences invented here."""
import pytest

from qa.claims.facts import parse
from qa.claims.polarity import composed, opposed_polarity
from qa.claims.vocabulary import vocabulary_for
from qa.search.wordnet import direction
from qa.text.analyze import Analyzer


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def pair(claim: str, sentence: str, vocab):
    found = opposed_polarity(parse(claim, vocab), parse(sentence, vocab), vocab)
    return found and (found[0].word, found[1].word)


def test_verbs_of_change_have_a_direction_from_wordnet():
    assert direction("heightened") == 1 and direction("rose") == 1 and direction("grew") == 1
    assert direction("reduced") == -1 and direction("lowered") == -1
    assert direction("improved") == 0 and direction("harbour") == 0


def test_the_direction_times_the_objects_polarity(vocab):
    text = parse("The border dispute heightened tensions in the port.", vocab)
    verb = next(t for t in text.tokens if t.word == "heightened")
    assert composed(text, verb) == -1  # more of a bad thing
    text = parse("The new ferry reduced the delays at the port.", vocab)
    verb = next(t for t in text.tokens if t.word == "reduced")
    assert composed(text, verb) == 1  # less of a bad thing
    text = parse("The new ferry increased the traffic at the port.", vocab)
    verb = next(t for t in text.tokens if t.word == "increased")
    assert composed(text, verb) == 0  # traffic is neither good nor bad: the verb's own rating


@pytest.mark.parametrize("claim, sentence, words", [
    ("The strike by the dockers eased tensions between the port and the city council.",
     "The strike by the dockers heightened tensions between the port and the city council.",
     ("eased", "heightened")),
    ("The new ferry service increased tensions with the fishing villages.",
     "The new ferry service eased tensions with the fishing villages.",
     ("increased", "eased")),
    # a bad thing reduced against a good thing worsened, the same object
    ("The harbour patrols improved security along the river.",
     "The harbour patrols reduced security along the river.", ("improved", "reduced")),
])
def test_opposite_composed_polarities_on_one_object_are_a_reversal(claim, sentence, words,
                                                                     vocab):
    assert pair(claim, sentence, vocab) == words


@pytest.mark.parametrize("claim, sentence", [
    # two ways of saying the same: less of a bad thing, a good thing done
    ("The strike by the dockers eased tensions between the port and the city council.",
     "The strike by the dockers reduced tensions between the port and the city council."),
    # more of a good thing, an improvement
    ("The harbour patrols improved security along the river.",
     "The harbour patrols increased security along the river."),
    # another object: the eased restrictions and the heightened tensions are two things
    ("The strike by the dockers eased restrictions on the port.",
     "The strike by the dockers heightened tensions in the city."),
])
def test_agreeing_compositions_or_other_objects_are_no_reversal(claim, sentence, vocab):
    assert pair(claim, sentence, vocab) is None


def test_a_preposition_ends_the_object(vocab):
    # "rose after the delays": the delays are when, not what rose; with nothing polar next
    # to it the verb keeps its own rating
    text = parse("Prices rose after the delays at the port.", vocab)
    verb = next(t for t in text.tokens if t.word == "rose")
    assert composed(text, verb) == 0
    text = parse("Attacks rose in the northern district.", vocab)
    verb = next(t for t in text.tokens if t.word == "rose")
    assert composed(text, verb) == -1  # the subject before an intransitive verb
