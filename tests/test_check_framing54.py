"""A claim's fact wrapped in the writer's comment on it (round 54): a verdict before a colon
("The Tarsian precedent is hardly reassuring: ..."), a disjunct ("Damningly, ..."), an
intensifier ("yet again"), a tail on the whole clause ("..., a gap no planner could ever
ignore", "..., which only widened the split", "..., though not nearly enough"). The comment is
no fact a source states; the fact is checked. A comment that holds a fact (a name, a figure),
a verdict that is an event ("The plan failed:"), and the core's own negation or quantifier
stay. The sentences are written here."""
import pytest

from qa.claims.check import check
from qa.claims.rhetoric import rhetoric_removed
from tests.helpers.corpora import open_written

DOCS = {
    "harbour.md": "# The Selva coast patrols\n\n"
                  "In Tarsia, a coastguard squadron paired with volunteer lifeboat crews kept "
                  "smugglers out of the main harbours but struggled for years to stop landings "
                  "on the open beaches.\n\n"
                  "Fewer than 400 coastguards watched a shoreline of more than 900 kilometres, "
                  "twice the length of the Orin coast.\n\n"
                  "The 2021 inquiry found that the patrol boats had sunk eleven fishing "
                  "vessels near Marno.\n\n"
                  "After the storms of March 2019 and April 2020, the patrol area was widened "
                  "again, this time to cover the northern islands.\n\n"
                  "Most patrol boats were moored in the northern harbours, while the "
                  "smugglers landed their cargo on the southern beaches.\n\n"
                  "The coastguard has lost 38 crew members at sea since 2010, more than any "
                  "other service on the coast.\n",
    # the coast's common words in many passages: their weight falls, and an unstated word
    # weighs as it does in a real corpus
    "log.md": "# Patrol log\n\n" + "\n\n".join(
        f"Week {n}: the coastguard patrol boats checked the harbours and the beaches of the "
        f"coast; the crews reported to the squadron." for n in range(1, 13)) + "\n",
    "other.md": "# Other notes\n\n"
                "The lighthouse at Cape Orin was repainted in 2019. The ferry company added a "
                "second boat to the island route in 2020.\n",
}


@pytest.fixture(scope="module")
def coast(tmp_path_factory):
    return open_written(tmp_path_factory, "framing54", DOCS)


@pytest.mark.parametrize("claim, core", [
    ("The Tarsian precedent is hardly reassuring: a coastguard squadron kept smugglers out "
     "of the main harbours.",
     "A coastguard squadron kept smugglers out of the main harbours."),
    ("The bleak tally speaks for itself: the coastguard has lost 38 crew members since 2010.",
     "The coastguard has lost 38 crew members since 2010."),
    ("Damningly, most patrol boats were moored in the northern harbours.",
     "Most patrol boats were moored in the northern harbours."),
    ("The patrol area was widened yet again, this time to cover the islands.",
     "The patrol area was widened again, this time to cover the islands."),
    ("Fewer than 400 coastguards watched a long shoreline, a gap no planner could ever "
     "ignore.", "Fewer than 400 coastguards watched a long shoreline."),
    ("The patrol boats sank eleven fishing vessels, which only widened the split with the "
     "fishermen.", "The patrol boats sank eleven fishing vessels."),
    ("The patrols have grown steadily since 2019, though not nearly enough.",
     "The patrols have grown steadily since 2019."),
    # a scalar or emphatic particle
    ("The crews complained that they had not even been asked about the patrols.",
     "The crews complained that they had not been asked about the patrols."),
    ("Even the harbour master admitted that the patrols had failed.",
     "The harbour master admitted that the patrols had failed."),
    ("The new squadron simply took over the volunteer crews in 2020.",
     "The new squadron took over the volunteer crews in 2020."),
    ("The fishermen actually moved closer to the harbour after the storms.",
     "The fishermen moved closer to the harbour after the storms."),
    # a concession on the subject
    ("For all its faults, the squadron kept smugglers out of the main harbours.",
     "The squadron kept smugglers out of the main harbours."),
])
def test_the_comment_is_told_from_the_fact(claim, core):
    assert rhetoric_removed(claim) == core


@pytest.mark.parametrize("claim", [
    # the verdict is an event, not a judgement
    "The coastguard plan failed: smugglers landed their cargo on the southern beaches.",
    # an adjective of fact, not one a rater judges
    "The northern harbour was full: the patrol boats were moored at the southern beaches.",
    # a disjunct of change, not of comment
    "Increasingly, the patrol boats were moored in the northern harbours.",
    # the tail holds a name, a figure, or no modal: a fact of its own
    "The patrol boats sank eleven fishing vessels, a move that angered Marno.",
    "The patrol boats sank eleven fishing vessels, which only cost 2 million dollars.",
    "The patrol boats sank eleven fishing vessels, a decision the council later reversed.",
    # a tail that measures in words is a fact, though it has no digit
    "The patrol boats sank eleven fishing vessels, which only delayed the season a week.",
    "The patrol boats sank eleven fishing vessels, a loss no town could bear for many years.",
    # the core's negation and quantifier are the core's
    "Not once did the coastguard lose a boat, and no fewer than 7 crews were trained.",
    # the particle restricts a figure or a noun phrase; "even if" is a conjunction
    "The storm lasted simply two days and merely a dozen boats sank.",
    "Even if the squadron doubled, the beaches would stay open to smugglers.",
    # "for all its" before a figure is a fact
    "For all its 400 coastguards, the squadron could not watch the open beaches.",
    # "rather than" before a figure compares, it passes over no deed
    "Rather than 400 coastguards, the shoreline had fewer than 300 watching it.",
])
def test_a_fact_is_not_taken_for_a_comment(claim):
    assert rhetoric_removed(claim) == claim


@pytest.mark.parametrize("claim", [
    "The Tarsian precedent is hardly reassuring: a coastguard squadron paired with volunteer "
    "lifeboat crews kept smugglers out of the main harbours but struggled for years to stop "
    "landings on the open beaches.",
    "The dismal tally speaks for itself: the coastguard has lost 38 crew members at sea since "
    "2010, more than any other service on the coast.",
    "Fewer than 400 coastguards watched a shoreline of more than 900 kilometres, a gap no "
    "harbour planner could ever ignore.",
    "The 2021 inquiry found that the patrol boats had sunk eleven fishing vessels near Marno, "
    "which only widened the split with the fishermen.",
    "After the storms of March 2019 and April 2020, the patrol area was widened yet again, "
    "this time to cover the northern islands.",
])
def test_a_stated_fact_in_a_comment_is_supported(coast, claim):
    result = check(coast, claim)
    assert result.verdict == "supported", result


@pytest.mark.parametrize("claim", [
    "The 2021 inquiry found that the patrol boats had not even sunk eleven fishing vessels "
    "near Marno.",
])
def test_a_particle_does_not_keep_a_contradiction_from_being_found(coast, claim):
    result = check(coast, claim)
    assert result.verdict == "contradicted", result


def test_a_disjunct_does_not_keep_a_contradiction_from_being_found(coast):
    result = check(coast, "Damningly, most patrol boats were moored in the southern harbours, "
                          "yet smugglers still landed their cargo on the beaches.")
    assert result.verdict == "contradicted", result


@pytest.mark.parametrize("claim", [
    # the fact after the verdict is not stated
    "The Tarsian precedent is hardly reassuring: a coastguard squadron paired with volunteer "
    "lifeboat crews stopped every landing on the open beaches within a year.",
    # the tail is a fact of its own (a name), unstated
    "The 2021 inquiry found that the patrol boats had sunk eleven fishing vessels near Marno, "
    "a finding that angered Vessa.",
    # the tail is a fact of its own (a figure), unstated
    "The 2021 inquiry found that the patrol boats had sunk eleven fishing vessels near Marno, "
    "which only cost 4 million dollars in damages.",
])
def test_a_claim_whose_unstated_part_is_a_fact_stays_unsupported(coast, claim):
    result = check(coast, claim)
    assert result.verdict != "supported", result
