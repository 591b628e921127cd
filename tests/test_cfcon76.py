"""Real-world wrong contradictions read as no conflict, and an early year read as a date:
"at least" bounds a figure (`qa.claims.fixed_adverb.bound_idiom`); a range's first figure is
of its last figure's kind (`qa.claims.range_unit`); an adverb of order right after its verb
times that verb (`qa.claims.verb_timed`); a count word opening a sentence before "of" is no
part of a name (`facts.names`); a figure from 1000 to 1899 after a preposition of time is a year
(`qa.claims.early_years`). Sentences invented here."""
import pytest

from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def mentions(text: str):
    return parse(text, VOCAB).mentions


def test_at_least_is_no_reverse_of_most(tmp_path):
    check = checker(tmp_path, "Dry gales", [
        "In June 2019, a run of at least 14 grass fires spread across Orvel Province during "
        "strong Tarrow gales, a long drought and a heat wave.", *OTHER_TOPICS])
    # "at least 14" bounds a count: it is not "least" against the claim's "most" / "largest"
    result = check("Tarrow gales drive most of Orvel's largest grass fires.")
    assert result["verdict"] != "contradicted"


def test_a_percent_range_is_no_rival_of_a_count():
    from qa.claims.compare import compare
    claim = parse("Releasing the 900 gigatonnes of carbon held under the Vessel peat bogs would "
                  "warm the region by about 6 °C.", VOCAB)
    sentence = parse("Surveys estimate that not less than 900 gigatonnes of carbon is held "
                     "under the Vessel peat bogs, and 5–10% of that area is drained by old "
                     "canals.", VOCAB)
    # the 5 of "5–10%" is a percent, as the 10 is: no rival of the claim's 6
    assert compare(claim, sentence, sentence, VOCAB).conflicts == []


def test_an_adverb_after_its_verb_orders_no_clauses(tmp_path):
    check = checker(tmp_path, "Lilacs", [
        "As warmer springs make the lilacs of Dunmore flower earlier, the bloom now overlaps "
        "with the clover and some bees are leaving the clover fields to feed on the lilacs.",
        *OTHER_TOPICS])
    result = check("Because warmer springs make the lilacs of Dunmore flower earlier, some "
                   "bees now leave the clover fields to feed on lilacs.")
    assert result["verdict"] != "contradicted"


def test_a_fronted_adverb_still_orders_its_clause():
    from qa.claims.sequence import fronted
    text = parse("The board met in May. Three days later, the council voted.", VOCAB)
    later = next(t for t in text.tokens if t.lower == "later")
    assert fronted(text, later)
    text = parse("As warm springs make the lilacs flower earlier, the bees leave.", VOCAB)
    earlier = next(t for t in text.tokens if t.lower == "earlier")
    assert not fronted(text, earlier)


def test_a_count_word_before_of_is_no_part_of_the_name():
    names = [m.text for m in mentions("Three of Norland's ten wettest years came after 1990.")
             if m.family == "name"]
    assert names == ["Norland"]


@pytest.mark.parametrize("text, value, family", [
    ("The effect was first described in 1824 by a Swiss chemist.", 1824, "year"),
    ("Records have been kept at the station since 1871, when it opened.", 1871, "year"),
    ("The warmest summers since 1889 came after the war.", 1889, "year"),
    # a count stays a count: a noun it counts after it, or no preposition of time before it
    ("They sent 1500 troops to the coast.", 1500, "count"),
    ("The depot held 1200 sacks in 1999.", 1200, "count"),
    ("Rations were cut by 1500 a week.", 1500, "count"),
])
def test_a_year_before_1900_after_a_preposition_of_time(text, value, family):
    found = [m for m in mentions(text) if m.value == value]
    assert [m.family for m in found] == [family]


def test_a_claim_dating_a_discovery_in_another_century_is_contradicted(tmp_path):
    check = checker(tmp_path, "Salt domes", [
        "The salt dome effect was first described in 1834 by the Swiss geologist Anselm "
        "Ritter.", *OTHER_TOPICS])
    assert check("The salt dome effect was first described by the Swiss geologist Anselm "
                 "Ritter in 1934.")["verdict"] == "contradicted"
    assert check("The salt dome effect was first described by the Swiss geologist Anselm "
                 "Ritter in 1834.")["verdict"] == "supported"
    # a near miss: a year one off is no support
    assert check("The salt dome effect was first described by the Swiss geologist Anselm "
                 "Ritter in 1835.")["verdict"] != "supported"


def test_a_demonym_and_title_before_the_agent_name_one_agent(tmp_path):
    check = checker(tmp_path, "Borax", [
        "The salt was first extracted and purified by Flemish apothecary Pieter Vandaele in "
        "1761.", *OTHER_TOPICS])
    # "Flemish apothecary Pieter Vandaele" is one agent: the claim naming him is not
    # given another agent
    assert check("The salt was first purified by Pieter Vandaele in 1761.")["verdict"] \
        != "contradicted"
    # a near miss: another person named as the agent is not supported
    assert check("The salt was first purified by Jan Hollaert in 1761.")["verdict"] \
        != "supported"


def test_a_rank_compound_is_no_range():
    from qa.claims.range_unit import range_kind
    text = parse("Norland, the fleet's third-largest contributor, sent 5–10% of its ships.",
                 VOCAB)
    kinds = {m.text: range_kind(text, m) for m in text.mentions if m.family != "name"}
    assert kinds.get("5") == "percent"
    assert all(kind != "rank" for text_, kind in kinds.items() if text_.startswith("third"))
