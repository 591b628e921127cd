"""A verb of refusal states the refusing itself, not only a negation: "refused the offer" and
"the offer was refused by the guild" are stated by a sentence saying the guild "rejected" it,
and "refused to accept" by "rejected"; a claim that turns who refused whom, or gives another
act, is not lent anything. The texts are written here."""
import pytest

from qa.claims import check as checking
from qa.claims import compare, unsaid, vetoes
from qa.claims.check import check
from tests.helpers.corpora import open_written

DOCS = {
    "millers.md": "# Osby Millers' Guild: Report for 2015\n\n"
                  "## The river mill\n\n"
                  "In June, the millers' guild rejected the brewery's offer to rent the river "
                  "mill, saying the rent was too low. The bakers refused the guild's plan to "
                  "raise the price of flour.\n\n"
                  "## Wages\n\n"
                  "The apprentices refused to accept the guild's wage offer of 40 crowns. "
                  "The carters accepted the same offer in September.\n",
}


@pytest.fixture(scope="module")
def millers(tmp_path_factory):
    return open_written(tmp_path_factory, "millers47", DOCS)


@pytest.mark.parametrize("claim", [
    "The millers' guild refused the brewery's offer to rent the river mill.",
    "In June, the guild refused the brewery's offer to rent the river mill.",
    "The bakers rejected the guild's plan to raise the price of flour.",
    "The guild's wage offer of 40 crowns was refused by the apprentices.",
    # the passive puts the refusal after its aim ("offer to rent"): said in other words, it
    # is no verb the sentence tells only as what was refused
    "The brewery's offer to rent the river mill was refused by the millers' guild.",
])
def test_a_refusal_in_other_words_is_stated(millers, claim):
    result = check(millers, claim)
    assert result.verdict == "supported", result


def test_refused_to_accept_is_stated_by_rejected(tmp_path_factory):
    docs = {"wages.md": "# Wages\n\nThe apprentices rejected the guild's wage offer of 40 "
                        "crowns in May.\n"}
    result = check(open_written(tmp_path_factory, "wages47", docs),
                   "The apprentices refused to accept the guild's wage offer of 40 crowns.")
    assert result.verdict == "supported", result
    assert "accept" not in result.unverified, result


def test_a_passive_refusal_after_its_aim_is_no_aim_left_undone(millers, monkeypatch):
    monkeypatch.setattr(unsaid, "rewords", lambda *args: False)
    result = check(millers, "The brewery's offer to rent the river mill was refused by the "
                            "millers' guild.")
    assert result.verdict != "supported", result


def test_without_the_reading_the_refusal_is_set_against_the_sentence(millers, monkeypatch):
    monkeypatch.setattr(compare, "refusal_restated", lambda *args: False)
    monkeypatch.setattr(checking, "refused_alike", lambda *args: False)
    monkeypatch.setattr(vetoes, "refused_alike", lambda *args: False)
    result = check(millers, "The millers' guild refused the brewery's offer to rent the river "
                            "mill.")
    assert result.verdict != "supported", result


@pytest.mark.parametrize("claim", [
    # who refused whom, turned
    "The brewery refused the millers' guild's offer to rent the river mill.",
    # another act on the same participants
    "The millers' guild accepted the brewery's offer to rent the river mill.",
    "The apprentices accepted the guild's wage offer of 40 crowns.",
])
def test_another_refusal_or_act_is_not_supported(millers, claim):
    result = check(millers, claim)
    assert result.verdict != "supported", result


def test_opposing_a_plan_is_not_refusing_it(tmp_path_factory):
    docs = {"plan.md": "# Plan\n\nThe bakers opposed the guild's plan to raise the price of "
                       "flour in May.\n"}
    result = check(open_written(tmp_path_factory, "plan47", docs),
                   "The bakers refused the guild's plan to raise the price of flour.")
    assert result.verdict != "supported", result


def test_a_word_of_struggle_is_no_refusal_restated(tmp_path_factory):
    docs = {"velm.md": "# Velm\n\nIn Velm, the guild's fighting fund has kept prices stable "
                       "but has struggled for years to reach a settlement with the ferry "
                       "company.\n"}
    result = check(open_written(tmp_path_factory, "velm47", docs),
                   "In Velm, the guild's fighting fund has kept prices stable and readily "
                   "reached a settlement with the ferry company.")
    assert result.verdict != "supported", result
