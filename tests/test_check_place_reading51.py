"""`qa check` reads two differences that both say where a thing lies as one fact stated
otherwise: a compass region beside the same noun ("the eastern part" / "the western part") and
a name qualifying the same noun of location ("up to the Ostian border" / "up to the Tarish
border", "near the border with Tarland"). Two kinds of fact in conflict are otherwise another
fact; the guards are claims the change must leave alone. A small corpus written here."""
from qa.claims.place_reading import location_of
from qa.claims.told_clause import told_terms
from qa.types import Conflict, ConflictKind, Placement
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter.",
           "The deployment of the new pier was delayed by the storms."]
ZONES = ["In March 2019, the Norland Mission extended Zone Alpha to include the northern part of "
         "Varro province and the whole of Kessel province, reaching up to the Tarish border.",
         "In 2020 the Sudland brigade moved its depot to the southern edge of Kessel province, "
         "close to the border with Ostia.",
         "Norland troops and Tarish police patrolled the western districts together in 2018."]


def conflicts(payload):
    return [c for e in payload["evidence"] for c in e.get("conflicts", [])]


def test_a_region_and_a_border_both_changed_contradict(tmp_path):
    check_in = checker(tmp_path, "Zones", ZONES + HARBOUR + OTHER_TOPICS)
    payload = check_in("In 2020 the Sudland brigade moved its depot to the northern edge of "
                       "Kessel province, close to the border with Tarland.")
    assert payload["verdict"] == "contradicted", payload
    kinds = {c["kind"] for c in conflicts(payload)}
    assert {"actor", "relation"} <= kinds, payload
    payload = check_in("In March 2019, the Norland Mission extended Zone Alpha to include the "
                       "southern part of Varro province and the whole of Kessel province, "
                       "reaching up to the Ostian border.")
    assert payload["verdict"] == "contradicted", payload


def test_the_same_places_reworded_are_no_conflict(tmp_path):
    check_in = checker(tmp_path, "Zones", ZONES + HARBOUR + OTHER_TOPICS)
    for claim in ("In 2020 the Sudland brigade moved its depot to the southern edge of Kessel "
                  "province, near the border with Ostia.",
                  "The Norland Mission extended Zone Alpha in March 2019 to cover northern "
                  "Varro province and all of Kessel, right up to the Tarish border."):
        assert check_in(claim)["verdict"] == "supported", claim


def test_names_of_actors_beside_a_changed_region_stay_two_facts(tmp_path):
    # "Ostian police" is who patrolled, not where: an actor and a region, two facts
    check_in = checker(tmp_path, "Zones", ZONES + HARBOUR + OTHER_TOPICS)
    payload = check_in("Norland troops and Ostian police patrolled the eastern districts "
                       "together in 2018.")
    assert payload["verdict"] != "contradicted", payload


def test_a_name_qualifies_a_noun_of_location_in_a_place_phrase():
    text = parse("It reached up to the Tarish border and the border with Ostia; Tarish police "
                 "came.", vocabulary_for(Analyzer()))
    at = lambda word: (text.text.index(word), text.text.index(word) + len(word))
    assert location_of(text, *at("Tarish")) == "border"
    assert location_of(text, *at("Ostia")) == "border"
    police = text.text.rindex("Tarish")
    assert location_of(text, police, police + len("Tarish")) is None


ACCORDS = ["However, it was noted that, unlike the earlier Varro accord, the Kessel process did "
           "not include the fishing guilds.",
           "The Kessel process was later praised for the inclusion of women mediators."]


def test_a_deed_affirmed_by_its_noun_and_denied_by_its_verb_contradicts(tmp_path):
    check_in = checker(tmp_path, "Accords", ACCORDS + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Kessel process was marked by the inclusion of the fishing guilds, "
                       "unlike the earlier Varro accord.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "inclusion", "source": "not include", "kind": "relation"} \
        in conflicts(payload)


def test_a_deed_denied_of_another_party_is_no_contradiction(tmp_path):
    # the sentence denies it of the Kessel process; the claim affirms it of the Varro accord
    check_in = checker(tmp_path, "Accords", ACCORDS + HARBOUR + OTHER_TOPICS)
    for claim in ("Unlike the Kessel process, the earlier Varro accord was marked by the "
                  "inclusion of the fishing guilds.",
                  "The Kessel process was praised for the inclusion of women mediators.",
                  "The Kessel process was marked by the exclusion of the fishing guilds, unlike "
                  "the earlier Varro accord."):
        assert check_in(claim)["verdict"] != "contradicted", claim


FUNDS = ["This led to the decision in 2019 to extend the harbour board's licence to cover the "
         "southern pier \"within existing funds.\"",
         "In 2019 the fishing guild raised additional funds for the new boats."]


def test_a_reversed_phrase_told_in_a_clause_of_its_own_contradicts(tmp_path):
    # the scene (the extension in 2019) is stated; the main clause's "provided ... for the
    # new task" tells the phrase the sentence gives as "within existing funds"
    check_in = checker(tmp_path, "Funds", FUNDS + HARBOUR + OTHER_TOPICS)
    payload = check_in("When the council extended the harbour board's licence to the southern "
                       "pier in 2019, it provided substantial additional funds for the new task.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "additional", "source": "existing", "kind": "relation"} \
        in conflicts(payload)


def test_another_subject_in_the_main_clause_is_another_deed():
    vocab = vocabulary_for(Analyzer())
    reversal = [Conflict("additional", "existing", ConflictKind.RELATION, (0, 0),
                         Placement.BESIDE)]
    told = lambda claim: told_terms(parse(claim, vocab), reversal, set(), vocab)
    scene = "When the council extended the board's licence to the southern pier in 2019, "
    # "it": the scene's subject goes on; its verb and adjunct are how the phrase is told
    assert {"provid", "task"} <= told(scene + "it provided additional funds for the task.")
    # the guild's deed is another's: nothing left unsaid
    assert told(scene + "the fishing guild raised additional funds for the boats.") == set()
    # a verb of want, not of transfer: "needed additional funds" is no provision of them
    assert told(scene + "it needed additional funds for the task.") == set()
    assert told(scene + "it sought additional funds for the task.") == set()
    # no scene: nothing either
    assert told("The council provided additional funds for the task in 2019.") == set()
