"""A sentence that reverses a claim's main clause in place contradicts the claim whatever it says
of the scene a fronted adverbial clause sets or of the consequence a closing clause draws, and
the conditions of that reading (`qa.claims.scene`). Invented sentences."""
import pytest

from qa.claims.facts import parse
from qa.claims.scene import aside_terms, scene_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

STRAITS = [
    "While the coast guard was operating through a winter of violent storms fuelled by the warm"
    " currents of the northern strait, it did not have a towing mandate.",
    "In addition, the ferry company often used short-term contracts for deckhands, leading to"
    " either a lack of commitment or rivalry among the crews.",
    "Although no harbour councillor is advocating for a full closure of the ferry line, some"
    " would like to at least put the option on the table.",
    "The western quay was extended in 2019 without the provision of additional cranes.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("scene"), "Straits", STRAITS)


def terms(text: str) -> set[str]:
    return set(VOCAB.analyzer.terms(text))


# --- end to end -----------------------------------------------------------------------------

@pytest.mark.parametrize("claim, pair", [
    # the concessive scene unsaid: main left the claim not_found (its words short of the rest)
    ("Although its crews worked amid violent storms, the coast guard was given a towing"
     " mandate.", ("towing", "not have a towing")),
    # a temporal scene, the claim's many councillors against the sentence's none
    ("As the ferry review got under way, several harbour councillors were openly pushing for a"
     " full closure of the ferry line.", ("councillors", "no harbour councillor")),
    # the consequence unsaid: main found the event short of EVENT
    ("The ferry company relied mainly on long-term contracts for its deckhands, which helped"
     " keep seamanship within the fleet.", ("long", "short")),
])
def test_a_main_clause_reversed_contradicts_whatever_the_scene(check, claim, pair):
    result = check(claim)
    assert result["verdict"] == "contradicted"
    conflict = result["evidence"][0]["conflicts"][0]
    assert (conflict["claim"], conflict["source"]) == pair


@pytest.mark.parametrize("claim", [
    # the claim's own denial, stated: nothing contradicts it
    "Although its crews worked amid violent storms, the coast guard did not have a towing"
    " mandate.",
    # the scene names someone the sentence never names: another event, maybe
    "When Mayor Osterholt toured the strait, the coast guard was given a towing mandate.",
    # a reversed function word: its event is the phrase it governs, and the cranes differ
    "When the survey was published, it showed that the western quay was extended with the"
    " provision of new cargo cranes.",
])
def test_no_contradiction_past_the_readings_conditions(check, claim):
    assert check(claim)["verdict"] != "contradicted"


# --- the parts and their conditions ---------------------------------------------------------

def test_the_scene_is_the_fronted_clause_the_main_clause_lacks():
    claim = parse("Although its crews worked amid violent storms, the coast guard was given a"
                  " towing mandate.", VOCAB)
    assert scene_terms(claim) == terms("although its crews worked amid violent storms")
    # no subordinator, no scene: a phrase often carries the claim's point
    assert scene_terms(parse("In the storm season, the coast guard was given a towing mandate.",
                             VOCAB)) == frozenset()


def conflict(word: str, source: str) -> Conflict:
    return Conflict(word, source, ConflictKind.RELATION, (0, len(source)))


def test_the_scene_is_aside_only_for_a_conflict_outside_it_with_no_fact_in_it():
    claim = parse("Although its crews worked amid violent storms, the coast guard was given a"
                  " towing mandate.", VOCAB)
    scene = scene_terms(claim)
    assert aside_terms(scene, claim, [conflict("towing", "not have a towing")], set(),
                       VOCAB) == scene
    # a conflict inside the scene still needs the whole claim
    assert aside_terms(scene, claim, [conflict("violent", "calm")], set(), VOCAB) == frozenset()
    # a reversed function word names no event of its own
    assert aside_terms(scene, claim, [conflict("with", "without")], set(), VOCAB) == frozenset()
    # no conflict, nothing set aside
    assert aside_terms(scene, claim, [], set(), VOCAB) == frozenset()


def test_a_scene_with_a_fact_of_its_own_is_not_set_aside():
    claim = parse("When Mayor Osterholt toured the strait, the coast guard was given a towing"
                  " mandate.", VOCAB)
    scene = scene_terms(claim)
    assert scene
    found = [conflict("towing", "not have a towing")]
    assert aside_terms(scene, claim, found, set(), VOCAB) == frozenset()
    # unless the name is the corpus's setting, which every passage shares
    names = {m.text for m in claim.mentions}
    assert aside_terms(scene, claim, found, names, VOCAB) == scene
