"""A name of the claim that the passage gives, but in another role than the claim's. Invented
sentences.

The checker asks that every name of the claim be in its passage; a name said elsewhere in it
passes, and coverage reached support for a claim that gives the name a role the sentence
gives another (each was `supported`):

- whose a thing is (`named_modifier`): "a response to Coastal League sanctions" / "the
  Fishing Council's imposition of sanctions", the League named two sentences before;
  "painted with Norland army markings" / "painted with Harbour Police markings";
- what the agent's deed was done to (`patient_elsewhere`): "language training for the port
  authority was financed by the Ministry" / "the Delta project funded by the Ministry";
- who acted on whom (`agent_in_object`): "the legitimacy of the premier was questioned by the
  Sudland president" / "he questioned the legitimacy of the Sudland president";
- who did which of two deeds (`listed_deed`): "Norland abstaining while Estland voted in
  favour" / "with Estland and Norland abstaining".
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A more active role for the Coastal League might have eased the dispute. The ferries "
        "kept running through the winter. The Fishing Council's imposition of sanctions due "
        "to the delayed audit led the port authorities to impose restrictions on ferry "
        "rotations.",
        "Norland guards patrol the quay of Velport on July 24, 2019, a day after raiders in a "
        "truck painted with Harbour Police markings attacked the fuel depot in Velport.",
        "Based on field research conducted in Norland during 2013 and 2014 as part of the "
        "Delta project funded by the Norland Ministry of Harbour Defence, this brief highlights "
        "the main challenges faced by the port authority.",
        "In May, the Norland premier angered Sudland further when, answering what he saw as "
        "provocations, he questioned the legitimacy of the Sudland president during a speech "
        "to the Regional Assembly.",
        "In June 2022, for the first time since the port opened, the harbour levy was not "
        "unanimously adopted, with Estland and Norland abstaining.")


@pytest.mark.parametrize("claim", [
    "The port's restrictions on ferry rotations were a response to Coastal League sanctions "
    "over the delayed audit.",
    "The truck used by the raiders in the July 2019 Velport attack was painted with Norland "
    "army markings.",
    "Language training for the port authority was financed by the Norland Ministry of Harbour "
    "Defence.",
    "The Norland Ministry of Harbour Defence financed language courses of the port authority.",
    "In May, the legitimacy of the Norland premier was questioned by the Sudland president in "
    "a speech to the Regional Assembly.",
    "In June 2022 the harbour levy was not unanimously adopted, with Norland abstaining while "
    "Estland voted in favour.",
])
def test_a_name_in_another_role_is_not_support(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The port's restrictions on ferry rotations were a response to Fishing Council sanctions "
    "over the delayed audit.",
    "The truck used by the raiders in the July 2019 Velport attack was painted with Harbour "
    "Police markings.",
    "The Delta project was funded by the Norland Ministry of Harbour Defence.",
    "In May, the Norland premier questioned the legitimacy of the Sudland president in a "
    "speech to the Regional Assembly.",
    "In June 2022 the harbour levy was not unanimously adopted, with Norland and Estland "
    "abstaining.",
])
def test_the_name_in_its_own_role_is_still_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"
