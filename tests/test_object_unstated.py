"""A claim whose two-word object the sentence never states, while it states the deed, is not
supported (`qa.claims.object_unstated`); the same object reworded, or a one-word object, is
left to the other readings. Invented texts."""
import pytest

from tests.test_check import checker

TEXTS = [
    "In a 2041 study, Okafor and her team produced detailed reconstructions of river flows "
    "across the Tasso basin for the past 600 years.",
    "In 2039 the Lund survey mapped coastal wetlands along the whole Morvan shore.",
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("object_unstated"), "Studies", TEXTS)


@pytest.mark.parametrize("claim, allowed", [
    # another object for the same deed, every other fact stated
    ("In a 2041 study, Okafor and her team reconstructed soil moisture across the Tasso "
     "basin for the past 600 years.", {"not_found"}),
    ("In 2039 the Lund survey mapped mountain glaciers along the whole Morvan shore.",
     {"not_found", "contradicted"}),
    # near misses: the object stated, in another form or as written
    ("In a 2041 study, Okafor and her team reconstructed river flows across the Tasso basin "
     "for the past 600 years.", {"supported"}),
    ("In 2039 the Lund survey mapped coastal wetlands along the whole Morvan shore.",
     {"supported"}),
])
def test_an_object_the_sentence_never_states(check, claim, allowed):
    assert check(claim)["verdict"] in allowed
