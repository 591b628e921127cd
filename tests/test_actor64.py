"""The same actor under another name, read as a rival. A body named by the acronym of the body
it belongs to and capitalised words of its long form ("NH Ruvala" for the "Northern Harbours
Coastal Rescue Service in Ruvala", written "Coastal Rescue Service in Ruvala (CRSR)") is the
body the sentence calls by that acronym or by its long form's head ("the Service",
`Bodies.one_body`). The participle half of a hyphenated compound ("a Tarland-founded
council") is an adjective whose agent is the compound's first half: no verb with names on
its sides to be swapped (`opposition.compound_participle`), and a compound whose agent is
another than the sentence's still contradicts (`opposition.compound_agent_replaced`).
Invented texts."""
import pytest

from qa.claims.bodies import Bodies
from qa.claims.check import check, vocabulary_for
from qa.claims.facts import parse
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2029 the Northern Harbours Coastal Rescue Service in Ruvala (CRSR) opened its "
        "first station at Kellby; since then the Coastal Rescue Service in Ruvala (CRSR) has "
        "opened four more.",
        "The report, published after long talks on the future of CRSR, says that Council "
        "members weighed yet set aside Tarland's proposal to assign 412 additional "
        "pilots (300 deckhands, 112 engineers) to the Service.",
        "The harbour board also met the Pilots' Forum, a council founded by Tarland to settle "
        "quay disputes that included Tarland, Ostvik, the ferry guild and the CRSR.")


SENTENCE = "Tarland proposed to assign 412 additional pilots to the Service, says a CRSR report."


def test_the_owner_and_long_form_words_name_the_body_its_head_names(harbour):
    sentence = parse(SENTENCE, vocabulary_for(harbour.analyzer))
    assert Bodies(harbour).one_body("NH Ruvala", "Service", sentence)
    assert Bodies(harbour).one_body("NH Ruvala", "CRSR", sentence)


def test_a_word_the_long_form_does_not_write_names_another_body(harbour):
    sentence = parse(SENTENCE, vocabulary_for(harbour.analyzer))
    bodies = Bodies(harbour)
    assert not bodies.one_body("NH Velden", "Service", sentence)
    assert not bodies.one_body("Ruvala", "Service", sentence)  # no owner: a place, not the body
    assert not bodies.one_body("EU Ruvala", "Service", sentence)  # another owner


def test_a_compound_participle_is_no_verb_with_sides(harbour):
    # "a Tarland-founded council" and "a council founded by Tarland": the same founding
    claim = ("The Pilots' Forum, a Tarland-founded council, included Tarland, Ostvik, the "
             "ferry guild and the CRSR.")
    assert check(harbour, claim).verdict != "contradicted"


def test_a_compound_with_another_agent_still_contradicts(harbour):
    claim = ("The Pilots' Forum, an Ostvik-founded council, included Tarland, Ostvik, the "
             "ferry guild and the CRSR.")
    assert check(harbour, claim).verdict == "contradicted"
