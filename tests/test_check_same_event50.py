"""`qa check` finds a conflict only between two values of the same event in the same role. A
true claim is not contradicted by a sentence whose other value belongs to another event or
role: an antonym the claim states itself by a synonym ("started ... ended" / "began ... was
completed"), a claim word the sentence states too ("won" / "X lost to Y, who won"), a figure
whose noun was left out ("700,000 at the old terminal"), another equal figure that counts the
claim's noun, a date of another figure ("up from 48 percent in 2011"), a figure a bound allows
("312" / "more than 300"), a figure the sentence gives to an actor the claim does not name
("450 and 200, respectively"), the last part of a name defined by an acronym ("in Conflict
(CIVIC)"), a noun after a verb of losing ("loses unanimity" / "not unanimously"), the start and
end of one state at different moments ("lifted" / "imposed"), a name on both sides of the
claim's verb. The guards are the same sentences' real conflicts, which must stay."""
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter."]


def conflicts(payload):
    return [c for e in payload["evidence"] for c in e.get("conflicts", [])]


def test_an_antonym_the_claim_states_by_a_synonym(tmp_path):
    texts = ["Work on the Velden pier began in 2020 and was completed in 2023, two years later "
             "than the harbour board had planned."]
    check_in = checker(tmp_path, "Pier", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Work on the Velden pier started in 2020 and ended in 2023.")
    assert payload["verdict"] != "contradicted", payload


def test_a_term_less_claim_word_the_sentence_states(tmp_path):
    texts = ["In the 2016 harbour board election, the chair Luisa Ferrante lost to the "
             "challenger Marco Bellini, who won 54 percent of the vote."]
    check_in = checker(tmp_path, "Election", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Marco Bellini won 54 percent of the vote in 2016.")
    assert payload["verdict"] != "contradicted", payload


def test_a_figure_whose_noun_was_left_out(tmp_path):
    texts = ["The new terminal handles 1.2 million containers a year, compared with 700,000 "
             "at the old terminal.",
             "The guild promised to build 2,000 sheds within four years; by 2020 only 850 had "
             "been completed."]
    check_in = checker(tmp_path, "Terminal", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The old terminal handled 700,000 containers a year.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("By 2020, the guild had built 850 sheds.")
    assert payload["verdict"] != "contradicted", payload


def test_a_figure_given_to_another_noun_stays_a_conflict(tmp_path):
    texts = ["The harbour force had 11,200 divers and 1,440 pilots when the storms began."]
    check_in = checker(tmp_path, "Force", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour force had 1,440 divers when the storms began.")
    assert payload["verdict"] == "contradicted", payload


def test_a_date_of_another_figure(tmp_path):
    texts = ["Turnout at the Velden guild vote was 61 percent, up from 48 percent in 2011."]
    check_in = checker(tmp_path, "Turnout", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Turnout at the Velden guild vote was 61 percent in 2016.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("Turnout at the Velden guild vote was 48 percent in 2016.")
    assert payload["verdict"] == "contradicted", payload


def test_a_figure_the_bound_allows(tmp_path):
    texts = ["In March, more than 300 herders died during the floods in Marrow, a village in "
             "the valley."]
    check_in = checker(tmp_path, "Floods", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("In March, 312 herders died during the floods in Marrow.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("In March, 212 herders died during the floods in Marrow.")
    assert payload["verdict"] == "contradicted", payload


def test_a_figure_given_to_an_actor_the_claim_does_not_name(tmp_path):
    texts = ["Earlier in 2022, Norland and Sudland signalled their intent to leave the harbour "
             "patrol before the end of 2023, withdrawing about 450 and 200 divers, "
             "respectively."]
    check_in = checker(tmp_path, "Patrol", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The members that left the harbour patrol in 2022 withdrew roughly "
                       "1,500 divers.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("Sudland withdrew 1,500 divers from the harbour patrol.")
    assert payload["verdict"] == "contradicted", payload


def test_the_last_part_of_a_name_defined_by_an_acronym(tmp_path):
    texts = ["Research by the Centre for Divers in Distress (CEDID) has shown that patrols in "
             "the northern bay can reduce the number of drownings."]
    check_in = checker(tmp_path, "Divers", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("CEDID's research on patrols drew on interviews with divers in the "
                       "Marrow bay.")
    assert not any(c["kind"] == "place" for c in conflicts(payload)), payload


def test_a_noun_after_a_verb_of_losing(tmp_path):
    texts = ["In June 2022, for the first time, the resolution renewing the guild's charter "
             "was not unanimously adopted, with Norland and Sudland abstaining."]
    check_in = checker(tmp_path, "Charter", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Norland and Sudland abstain in June 2022 as the charter's renewal loses "
                       "unanimity for the first time.")
    assert payload["verdict"] != "contradicted", payload


def test_the_start_and_end_of_one_state_at_other_moments(tmp_path):
    texts = ["The guild's strike led the harbour board to impose restrictions on ferry "
             "crossings to Velden, which angered the island traders.",
             "In January 2022, the harbour board imposed fees on the island traders."]
    check_in = checker(tmp_path, "Crossings", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour board lifted the ferry crossing restrictions after the "
                       "guild's mediation.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("In January 2022, the harbour board lifted its fees on the island "
                       "traders.")
    assert payload["verdict"] == "contradicted", payload


def test_a_name_on_both_sides_of_the_claims_verb(tmp_path):
    texts = ["The board also facilitated talks among the parties in collaboration with the "
             "Harbour Forum, a framework launched by Norland to revive the fisheries talks that "
             "comprised Norland, Sudland, Westland, the Fishers Union (FU), and the Traders "
             "Guild (TG)."]
    check_in = checker(tmp_path, "Forum", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Harbour Forum, a framework which Norland launched in order to revive "
                       "the fisheries talks, appears to have brought together Sudland, Westland "
                       "and the FU alongside Norland and the board itself.")
    assert payload["verdict"] != "contradicted", payload


def test_a_possessor_in_a_denial_is_not_denied(tmp_path):
    # "denied Ferrante's accusation" denies the accusation, not Ferrante: the sentence naming
    # Ferrante affirms nothing the claim denies
    texts = ["Ferrante conceded defeat on the night of the harbour board vote but later accused "
             "the campaign of Bellini of spreading false claims about the pier budget.",
             "Bellini denied the accusation."]
    check_in = checker(tmp_path, "Vote", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Bellini denied Ferrante's accusation.")
    assert payload["verdict"] != "contradicted", payload


def test_a_denied_complement_the_sentence_sets_aside(tmp_path):
    texts = ["The surveyors said that the retreat of the Velden glacier was driven mainly by "
             "warmer summers rather than by reduced snowfall."]
    check_in = checker(tmp_path, "Glacier", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The retreat of the Velden glacier was not driven mainly by reduced "
                       "snowfall.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("The retreat of the Velden glacier was not driven mainly by warmer "
                       "summers.")
    assert payload["verdict"] == "contradicted", payload


def test_a_group_named_by_members_the_claim_names_elsewhere(tmp_path):
    texts = ["Some European and Atlantic guilds—including Norland, Sudland, Westland, and "
             "Ostland—arrived with advanced boats such as ice-breaking trawlers and trained "
             "pilots from operating in the northern seas."]
    check_in = checker(tmp_path, "Guilds", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Whereas guilds such as Sudland, Westland and Ostland reportedly arrived "
                       "with advanced boats, including ice-breaking trawlers, several African "
                       "guilds, many of which had come from the old fleet, appear to have "
                       "arrived with ill-suited boats.")
    assert payload["verdict"] != "contradicted", payload
    assert not any(c["kind"] == "actor" for c in conflicts(payload)), payload
