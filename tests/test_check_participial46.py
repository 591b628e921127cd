"""A name joined by a hyphen to a participle ("a Norland-brokered deal") qualifies a noun: it
is no rival of the claim's actor of another verb (`qa.claims.participial`). Invented
sentences."""
from qa.claims.participial import incomparable
from qa.types import Conflict, ConflictKind


def test_a_participial_name_of_the_sentence_is_no_rival():
    assert incomparable(Conflict("UFC", "Norland-brokered", ConflictKind.ACTOR, (0, 1)))
    assert not incomparable(Conflict("Orla-led", "Norland-led", ConflictKind.ACTOR, (0, 1)))
    assert not incomparable(Conflict("UFC", "Norland", ConflictKind.ACTOR, (0, 1)))
    assert not incomparable(Conflict("May", "June-dated", ConflictKind.DATE, (0, 1)))
