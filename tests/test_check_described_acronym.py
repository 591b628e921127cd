"""`qa check` on a description in apposition to an acronym (`qa.claims.described_acronym`):
"KIRPO, the Kessa-led river patrol for Orm," names KIRPO by the words of the long form the
passage gives it ("the Kessa-led Joint River Patrol for Orm (KIRPO)", which does not spell
the acronym), so a sentence naming KIRPO states them. A description with words the long form
lacks ("the disbanded northern customs patrol") is read as before: facts a sentence must state
(the guard is one the checker left unsupported before; it supported "KIRPO, a coastal tax
office, was replaced ..." before this reading too, and still does)."""
from tests.test_check import OTHER_TOPICS, checker

PATROL = ["When smugglers moved up the river in March 2015, the towns deployed the Kessa-led "
          "Joint River Patrol for Orm (KIRPO). Talks with the boatmen followed, without "
          "success. Then, on 4 May 2016, KIRPO was replaced by a Norland coastguard squadron: "
          "the Orm Lagoon Squadron (OLS).",
          "The harbour board met in the autumn to discuss the ferry fares and the new pier."]


def test_a_description_the_long_form_spells_out_is_the_name(tmp_path):
    check_in = checker(tmp_path, "Patrol", PATROL + OTHER_TOPICS)
    for claim in ("KIRPO, the Kessa-led river patrol for Orm, was replaced by a Norland "
                  "coastguard squadron on 4 May 2016.",
                  "KIRPO, the joint patrol, was replaced by a Norland coastguard squadron on "
                  "4 May 2016."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload


def test_a_description_with_words_of_its_own_stays_a_fact(tmp_path):
    check_in = checker(tmp_path, "Patrol", PATROL + OTHER_TOPICS)
    for claim in ("KIRPO, the disbanded northern customs patrol for Orm, was replaced by a "
                  "Norland coastguard squadron on 4 May 2016.",):
        payload = check_in(claim)
        assert payload["verdict"] != "supported", payload
