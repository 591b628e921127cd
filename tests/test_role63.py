"""An actor the sentence names only as a modifier of another thing is no rival of the claim's
actor when the claim does not speak of that thing (`qa.claims.modifier_actor`): "the
Senegalese crews of the ferry line moor along the quay" does not say whose ships do. Two names
that each qualify a person or group noun, or the noun the claim states too, are still rivals.
Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Norland, Tarland and other ports plan to pull their boats out of the Velden ferry "
        "pact, leaving its future unclear while it is reviewed.",
        "On June 13, 2031, the harbour guild and the Ostvik Institute held a joint session to "
        "review the ferry pact. The session gave port staff, Velden officials and outside "
        "experts a forum to speak openly about the pact.",
        "The harbour board's own data records the guild as responsible for 530 safety breaches "
        "in 2030.",
        "Image: Senegalese crews of the Velden ferry line moor along the northern quay of "
        "Velden, on May 4, 2030, a day after a storm damaged two piers.",
        "The harbour board's own records list the guild as responsible for 530 safety "
        "breaches in 2030.",
        "In 2030, the quay was patrolled by Tarland's sailors, who had arrived from Ostvik.")


@pytest.mark.parametrize("claim", [
    # "Senegalese" qualifies the "crews" of a ferry line; the claim speaks of ships
    "The Bangladeshi ships moor along the northern quay of Velden.",
])
def test_a_modifier_of_another_thing_is_no_rival(harbour, claim):
    assert check(harbour, claim).verdict != "contradicted"


def test_two_names_of_actor_nouns_still_conflict(harbour):
    # "Norland's crews" / "Tarland's sailors": both qualify a group of people
    assert check(harbour, "In 2030, the quay was patrolled by Norland's crews, who had arrived "
                          "from Ostvik.").verdict == "contradicted"


def test_the_same_noun_still_conflicts(harbour):
    # the claim speaks of officials too: "Ostvik officials" / "Velden officials"
    assert check(harbour, "The session gave a forum to port staff, Ostvik officials and "
                          "outside experts.").verdict == "contradicted"
