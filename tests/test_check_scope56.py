"""`qa check` on five readings of round 56 (true claims that were called contradicted): a
conflict needs the claim's own event, in the same role.

- a reversal placed only by the claim's words of another clause, past a connective ("...,
  in part because the gangs ... were not parties to it" / "the pact did not include the
  gangs"), tells that clause's event, not the claim's word reversed (`clause_scope`);
- a predicate flip of a claim verb the sentence states by its phrasal verb's single verb
  ("pulled its ship out" / "withdrew its ship") is no flip: the partner word ("arrival") is
  another's deed, which the claim tells too ("the storm showed up");
- a word the sentence states only as the object of a deed tried ("struggled for years to
  reach a lasting agreement") is no affirmation against "still no lasting agreement"
  (`unasserted.intended_only`);
- a word the claim states only in a clause a verb of doubt opens ("doubted that rebuilding
  the pier was the right tool") is not affirmed against "It wasn't the right tool"
  (`unasserted.doubted_only`);
- a past participle opening its own clause after a comma ("Velden's limits on shifts of
  Norlander crews, imposed in reaction to WGU fines") has no agent: the names around it are
  no sides of it to be swapped (`opposition.participle_clause`).

Each test asserts the verdict on a small corpus written here; the guards are claims the
change must leave alone."""
from tests.test_check import OTHER_TOPICS, checker

PACT = ["The dredging programme in the northern harbour faced several problems over the "
        "decade. It was noted that, despite the signing of the dredging pact in 2016, silting "
        "persisted and worsened. This was due in part to the lack of funds among the signatory "
        "towns. Another factor was that the pact did not include the criminal gangs that were "
        "more actively engaging in violence than the signatory towns."]
SHIP = ["In the spring, due partly to the storm's arrival, Norland withdrew its survey ship "
        "Tarland, which was tasked to guard harbour pilots facing a serious threat."]
PIER = ["The guild's engineers had reservations about rebuilding the pier. It wasn't the right "
        "tool, but they accepted the budget constraints."]
CHANNEL = ["In Sudland, a similar mix of volunteer crews and a council office has kept the "
           "channel mostly open but has struggled for years to reach a lasting agreement."]
SHIFTS = ["The WGU's imposition of fines due to the delay in the payments led the Velden "
          "authorities to impose limits on crew shifts of Norlander ships in and out of the "
          "harbour, which was a serious breach of the harbour charter."]


def test_a_reversal_placed_by_another_clause_contradicts_nothing(tmp_path):
    check_in = checker(tmp_path, "Harbour", PACT + OTHER_TOPICS)
    payload = check_in("Silting worsened after the dredging pact, in part because the criminal "
                       "gangs most actively engaged in violence were not parties to it.")
    assert payload["verdict"] != "contradicted", payload
    # guard: the claim's own word reversed in its own clause
    payload = check_in("Despite the 2016 dredging pact, silting in the harbour eased.")
    assert payload["verdict"] == "contradicted", payload


def test_a_phrasal_verb_stated_by_its_single_verb_is_not_flipped(tmp_path):
    check_in = checker(tmp_path, "Ship", SHIP + OTHER_TOPICS)
    payload = check_in("Norland pulled its survey ship out, partly because the storm showed up.")
    assert payload["verdict"] == "supported", payload


def test_an_object_only_tried_is_no_affirmation(tmp_path):
    check_in = checker(tmp_path, "Channel", CHANNEL + OTHER_TOPICS)
    payload = check_in("In Sudland, volunteer crews and a council office have kept the channel "
                       "mostly open, but there is still no lasting agreement.")
    assert payload["verdict"] != "contradicted", payload


def test_a_doubted_word_is_not_affirmed(tmp_path):
    check_in = checker(tmp_path, "Pier", PIER + OTHER_TOPICS)
    payload = check_in("The guild's engineers doubted that rebuilding the pier was the right "
                       "tool, but accepted the budget constraints.")
    assert payload["verdict"] != "contradicted", payload
    # guard: the same word affirmed is still denied by the sentence
    payload = check_in("Rebuilding the pier was the right tool, the guild's engineers said.")
    assert payload["verdict"] == "contradicted", payload


def test_a_participle_clause_has_no_sides_to_swap(tmp_path):
    check_in = checker(tmp_path, "Shifts", SHIFTS + OTHER_TOPICS)
    payload = check_in("Velden's limits on shifts of Norlander crews, imposed in reaction to "
                       "WGU fines over the delayed payments, amounted to a serious breach of "
                       "the harbour charter.")
    assert payload["verdict"] == "supported", payload
