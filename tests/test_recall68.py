"""`qa check` on a claim told in the voice of the writer's own text (round 65, branch recall68).

A report that sums up its own work opens each claim with it: "The evaluation found that P",
"This inspection noted that P". When no source uses the frame's noun, the text can only be
the writer's own, and what it found is P: `own_text.own_text_clause` gives P, read for support
when the whole claim is not found. A noun the sources use ("the inquiry found that") and a
party the sources speak of ("the board noted that") stay as written; a verb that does not
assert its clause ("suggests") too; an unstated P stays not found.

`frames`: "It was noted that, <aside>, P" is the listed impersonal frame with an aside after
"that". `unrealised`: a deed a sentence tells only under a modal perfect ("could have eased
..., including by hosting talks") supports no plain claim that it was done.

Each test asserts the verdict on a small corpus written here."""
from tests.test_check import OTHER_TOPICS, checker

from qa.claims.check import has_verb
from qa.claims.frames import unframed
from qa.claims.own_text import own_text_clause

HARBOUR = ["Many of the Velden ferry pilots resigned because of unpaid overtime, mostly during "
           "the winter crossings.",
           "The inquiry into the Kessa pier collapse was opened by the port council in 2027.",
           "Restrictions on night towing hindered the work of the Brenna harbour crews and "
           "delayed the autumn fish convoys.",
           "The Ostvik guild could have eased the dispute, including by hosting talks between "
           "the port council and the ferry union.",
           "The harbour board met in the autumn to discuss the new pier."]


def used_in_sources(noun: str) -> bool:
    return noun in ("inquiry", "board")


def test_the_frame_is_read_off_only_for_a_text_the_sources_never_use():
    clause = own_text_clause(
        "The appraisal found that many ferry pilots resigned because of unpaid overtime.",
        used_in_sources, has_verb)
    assert clause == "Many ferry pilots resigned because of unpaid overtime."
    assert own_text_clause("This field inspection noted that, in the winter, many pilots "
                           "resigned over pay.", used_in_sources, has_verb) \
        == "In the winter, many pilots resigned over pay."
    # a person the sources never speak of passed the clause on, as a text would
    assert own_text_clause("The inspector noted that many ferry pilots resigned over pay.",
                           used_in_sources, has_verb) \
        == "Many ferry pilots resigned over pay."
    for framed in ("The inquiry found that many ferry pilots resigned over unpaid overtime.",
                   "The board noted that many ferry pilots resigned over pay.",
                   "The appraisal suggests that many ferry pilots resigned over pay.",
                   "The Velden appraisal found that many ferry pilots resigned over pay."):
        assert own_text_clause(framed, used_in_sources, has_verb) is None, framed


def test_an_aside_after_an_impersonal_frame():
    assert unframed("It was noted that, during the winter, many ferry pilots resigned over pay.") \
        == "During the winter, many ferry pilots resigned over pay."


def test_a_stated_clause_under_the_writers_own_text_is_supported(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    for claim in ("The appraisal found that many of the Velden ferry pilots resigned because "
                  "of unpaid overtime, mostly during the winter crossings.",
                  "This memo notes that restrictions on night towing hindered the work of the "
                  "Brenna harbour crews and delayed the autumn fish convoys."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload


def test_an_unstated_clause_under_the_writers_own_text_is_not_found(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    for claim in ("The appraisal found that most of the Velden ferry pilots were hired from "
                  "abroad during the winter crossings.",
                  "This memo notes that the Brenna harbour crews refused night towing in the "
                  "autumn."):
        payload = check_in(claim)
        assert payload["verdict"] == "not_found", payload


def test_a_deed_told_only_as_possible_is_not_done(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    payload = check_in("The Ostvik guild hosted talks between the port council and the "
                       "ferry union.")
    assert payload["verdict"] == "not_found", payload
    payload = check_in("The Ostvik guild could have hosted talks between the port council and "
                       "the ferry union.")
    assert payload["verdict"] == "supported", payload
