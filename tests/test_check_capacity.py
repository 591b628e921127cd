"""A claim that a thing has room to spare against a sentence that calls it full, and the other
way round (`qa.claims.capacity`, round 50): opposites no WordNet relation joins ("room" is a
noun of quantity, "full" the antonym of "empty"), read by their shape, the container being the
same subject on both sides. The claims are about a small corpus written here."""
import pytest

from qa.claims.capacity import capacity_reversed, free_room, full_state
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

DEPOTS = [
    "The northern warehouse at Kessport is already full. Any further shipments would depend "
    "on the port authority leasing more land from the city council.",
    "The southern depot at Varnholm still has plenty of space for new containers, according "
    "to the harbour master.",
    "The ferry terminal at Dunmere was overcrowded during the summer season.",
    "The old lighthouse at Tarn Point has a room for visiting inspectors on its top floor.",
    "The fishing cooperative's cold store at Ostrava has a capacity of 400 tonnes.",
    "The regional hospital in Selby is not full, and it can take patients from the island.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # room to spare against full, in several shapes
    ("The northern warehouse at Kessport still has plenty of room for more shipments.",
     "contradicted"),
    ("The northern warehouse at Kessport has ample spare capacity.", "contradicted"),
    ("There was still room in the northern warehouse at Kessport.", "contradicted"),
    ("The northern warehouse at Kessport had room to take more shipments without new land.",
     "contradicted"),
    ("The ferry terminal at Dunmere had plenty of room for passengers during the summer "
     "season.", "contradicted"),
    # full against room to spare
    ("The southern depot at Varnholm is full.", "contradicted"),
    # the sentences themselves, and rewordings of them
    ("The northern warehouse at Kessport is already full.", "supported"),
    ("The southern depot at Varnholm has room for new containers.", "supported"),
    # a room, a size, a denial: no room to spare and no full thing
    ("The northern warehouse at Kessport has no room for more shipments.", "not_found"),
    ("The regional hospital in Selby has room for patients from the island.", "supported"),
])
def test_room_to_spare_against_full(tmp_path, claim, verdict):
    check = checker(tmp_path, "Depots", DEPOTS)
    assert check(claim)["verdict"] == verdict


@pytest.mark.parametrize("text, room", [
    ("The base still has plenty of spare room for more troops.", "room"),
    ("The base had ample space to host extra troops.", "space"),
    ("There was still plenty of room in the base at Kessport.", "room"),
    ("The base retains ample spare capacity.", "capacity"),
    # a size, a room, a denial, a compound, too little: no free room
    ("The base has a capacity of 2,000 troops.", None),
    ("The base has a room for visiting inspectors.", None),
    ("The base has no room for more troops.", None),
    ("The agency has space programmes in three countries.", None),
    ("The base has little room for more troops.", None),
])
def test_free_room(text, room):
    found = free_room(parse(text, VOCAB))
    assert (found[0].word if found else None) == room


@pytest.mark.parametrize("text, head", [
    ("The base in Kessport is already full.", "base"),
    ("The terminal was overcrowded during the summer.", "terminal"),
    ("The base in Kessport is not full.", None),
    ("The base is full of stores.", None),
])
def test_full_state(text, head):
    found = full_state(parse(text, VOCAB))
    assert (found[1].word if found else None) == head


def test_another_container_is_no_reversal():
    claim = parse("The hospital has room for ten more patients.", VOCAB)
    sentence = parse("The hospital's car park is full.", VOCAB)
    assert capacity_reversed(claim, sentence, VOCAB) is None
