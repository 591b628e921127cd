"""A body named by its acronym and by the generic noun its name is built on ("LOMIR" / "the
Mission"), as the corpus spells the acronym out. The sentences are written here."""
import pytest

from tests.helpers.corpora import open_written
from qa.claims.bodies import long_form_head
from qa.claims.check import check


@pytest.mark.parametrize("before, acronym, head", [
    ("was replaced by the Lake Observer Mission in Ruvala", "LOMIR", "mission"),
    ("the Coastal Defence and Rescue Forces", "CDRF", "forces"),
    # initials in another order (an acronym made in another language) still define it
    ("talks with the Southern Fisheries Council", "SCP", "council"),
])
def test_the_head_of_a_long_form_is_its_generic_noun(before, acronym, head):
    assert long_form_head(before, acronym) == head


@pytest.mark.parametrize("before, acronym", [
    ("the mission that was set up by the navy", "M"),  # no capitalised name before it
    ("the Lake Observer Mission in Ruvala", "X"),  # its name starts with another letter
    ("a single Mission", "M"),  # one capitalised word is no spelled-out name
])
def test_no_long_form_no_head(before, acronym):
    assert long_form_head(before, acronym) is None


DOCS = {
    "lake.txt": (
        "The Lake Mission\n\n"
        "In 2015 the Lake Observer Mission in Ruvala (LOMIR) replaced the regional patrols.\n\n"
        "Owing to attacks on the roads, Mission officials leaving the camps at Dorva require "
        "escorts from the police units of LOMIR.\n\n"
        "The Northern Fisheries Authority (NOFA) sets the catch quotas for the lake.\n"
    ),
}


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return open_written(tmp_path_factory, "bodies", DOCS)


def test_the_generic_noun_of_a_bodys_name_is_the_same_actor(lake):
    result = check(lake, "Owing to attacks on the roads, LOMIR officials leaving the camps at "
                         "Dorva require escorts from the mission's police units.")
    assert result.verdict == "supported", result


def test_another_bodys_acronym_is_not_the_mission(lake):
    # NOFA's long form is built on "Authority": its officials are not the Mission's
    result = check(lake, "Owing to attacks on the roads, NOFA officials leaving the camps at "
                         "Dorva require escorts from the mission's police units.")
    assert result.verdict != "supported", result


PARENT_DOCS = {
    "ferries.txt": (
        "The Ferry Service\n\n"
        "In 2015 the United Harbours Coastal Patrol Service in Ruvala (CPSR) took over the "
        "lake crossings.\n\n"
        "The council ended the ferry agreement soon after CPSR's departure, calling it "
        "unworkable.\n\n"
        "The Northern Fisheries Authority (NOFA) sets the catch quotas for the lake.\n"
    ),
}


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return open_written(tmp_path_factory, "parents", PARENT_DOCS)


def test_a_body_and_the_body_it_belongs_to_are_no_rivals(ferries):
    # CPSR's long form opens with "United Harbours": "the UH patrol" is CPSR, not another actor
    result = check(ferries, "Soon after the UH patrol left, the council ended the ferry "
                            "agreement.")
    assert not any(c.kind == "actor" for e in result.evidence for c in e.conflicts), result
    # a body the long form does not open with still is another actor
    result = check(ferries, "Soon after the NOFA patrol left, the council ended the ferry "
                            "agreement.")
    assert result.verdict != "supported", result
