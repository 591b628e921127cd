"""A comparative ("narrower", "slower") or a verb of change made of an adjective with "-en"
("tightened", "loosening") opposes what the adjective's WordNet antonym says, graded or not
(`qa.claims.graded`): "the council loosened the rules" against "the council tightened the
rules" is no paraphrase with one word unstated. Invented sentences."""
import pytest

from qa.claims.graded import graded_adjective, graded_antonyms
from tests.test_check import OTHER_TOPICS, checker

CANAL = [
    "In 2021 the lock keepers tightened the rules on night passages through the canal.",
    "The new towpath is wider than the old one along the western bank.",
    "Barges on the upper canal moved slower after the dredging began.",
    "The harbour board loosened the limits on mooring fees for houseboats.",
    "The flood walls of the lower basin had grown weaker over the decades.",
    "The tightening of customs checks delayed the grain barges at the lock.",
    "Barge traffic on the canal grew faster than rail freight in the valley.",
    "The eastern basin is deeper than the western basin.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("graded"), "Canal", CANAL)


@pytest.mark.parametrize("claim, pair", [
    # two verbs of change in "-en", of antonym adjectives (main: supported)
    ("In 2021 the lock keepers loosened the rules on night passages through the canal.",
     ("loosened", "tightened")),
    ("The harbour board tightened the limits on mooring fees for houseboats.",
     ("tightened", "loosened")),
    # two comparatives, which the stemmer keeps whole (main: supported)
    ("The new towpath is narrower than the old one along the western bank.",
     ("narrower", "wider")),
    ("Barges on the upper canal moved faster after the dredging began.", ("faster", "slower")),
    # a verb whose antonym is a verb in "-en" against that verb's comparative
    ("The flood walls of the lower basin had strengthened over the decades.",
     ("strengthened", "weaker")),
    # the noun of a verb in "-en"
    ("The loosening of customs checks delayed the grain barges at the lock.",
     ("loosening", "tightening")),
    # a comparison's sides kept, its comparative reversed
    ("Barge traffic on the canal grew slower than rail freight in the valley.",
     ("slower", "faster")),
])
def test_a_graded_opposite_contradicts(check, claim, pair):
    result = check(claim)
    assert result["verdict"] == "contradicted"
    conflict = result["evidence"][0]["conflicts"][0]
    assert (conflict["claim"], conflict["source"]) == pair


@pytest.mark.parametrize("claim", [
    "The new towpath is broader than the old one along the western bank.",
    "The flood walls of the lower basin had weakened over the decades.",
    "Barges on the upper canal moved more slowly after the dredging began.",
    "The harbour board loosened the limits on mooring fees for houseboats.",
    # the reverse comparative with the sides traded says the same (main: contradicted)
    "Rail freight in the valley grew slower than barge traffic on the canal.",
    "The western basin is shallower than the eastern basin.",
])
def test_the_same_grade_reworded_is_no_opposite(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("word, adjective", [
    ("wider", "wide"), ("slower", "slow"), ("heaviest", "heavy"), ("bigger", "big"),
    ("tightened", "tight"), ("loosening", "loose"), ("widen", "wide"), ("flattened", "flat"),
    # no comparative of a gradable adjective, or a verb of its own
    ("number", None), ("matter", None), ("worker", None), ("founder", None),
    # no verb of change, a past participle, or an "-en" verb of a noun
    ("fastened", None), ("threatened", None), ("eaten", None), ("strengthened", None),
])
def test_the_adjective_a_word_grades(word, adjective):
    assert graded_adjective(word) == adjective


def test_only_a_verb_of_change_lends_its_antonyms_adjectives():
    # "strengthened" opposes "weaken", a verb of "weak": so "weaker" too
    assert "weak" in graded_antonyms("strengthened")
    # "little" is opposed to the comparative "larger" in WordNet's table, yet "the Little Ice
    # Age" says nothing against "a large ice sheet"
    assert graded_antonyms("little") == frozenset()
