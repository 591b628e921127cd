"""A report's headings give the setting its sentences leave unsaid (the body named in the
title, the year of the report, the place a section is about): a claim that repeats them is
stated by the sentence and its headings together, when the two state every word of it, and
the sentence does not tell the claim's deed as still to come ("will have to close", "expects
to fill in"). A capitalised "May" inside a sentence is the month. The texts are written
here."""
import pytest

from qa.claims import check as checking
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.headings import heading_text
from qa.claims.to_come import governed
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_written

DOCS = {
    "vessel_board.md": "# Tarn Lock Authority: Yearly Review 2017\n\n"
                       "## Repairs to the upper gate\n\n"
                       "In April, the authority replaced the hinges of the gate with steel "
                       "ones. The work took nine days and cost 310,000 florins.\n\n"
                       "The lower basin was left as it was, because the authority expects to "
                       "fill it in within four years.\n\n"
                       "## Barges to Velm\n\n"
                       "The evening barge was withdrawn in August after a collision with the "
                       "quay. It returned in November under a new skipper.\n\n"
                       "## Funds\n\n"
                       "Toll income came to 2.1 million florins. Without new grants, the "
                       "authority's workshop will have to close by March.\n",
    "rowing.md": "# Rowing\n\n"
                 "The rowing club of Hesk will open its new boathouse in the spring. Its "
                 "members said they would race at Velm in June.\n",
}


@pytest.fixture(scope="module")
def locks(tmp_path_factory):
    return open_written(tmp_path_factory, "locks46", DOCS)


@pytest.mark.parametrize("claim", [
    "In April 2017, the Tarn Lock Authority replaced the hinges of the gate with steel ones.",
    "The evening barge to Velm was withdrawn in August 2017 after a collision with the quay.",
    "The Tarn Lock Authority's toll income came to 2.1 million florins in 2017.",
])
def test_the_setting_a_sentence_leaves_to_its_headings_is_stated(locks, claim):
    result = check(locks, claim)
    assert result.verdict == "supported", result
    assert not result.unverified, result


def test_without_the_headings_the_setting_is_unverified(locks, monkeypatch):
    monkeypatch.setattr(checking, "heading_facts", lambda *args: [])
    result = check(locks, "In April 2017, the Tarn Lock Authority replaced the hinges of the "
                          "gate with steel ones.")
    assert result.verdict == "not_found", result
    assert "2017" in result.unverified, result


@pytest.mark.parametrize("claim", [
    # the verb and its object no text states: the headings lend the setting, not the deed
    "In April 2017, the Tarn Lock Authority painted the hinges of the gate.",
    "The Tarn Lock Authority sold the evening barge to Velm in 2017.",
    # a word of the claim in neither the sentence nor its headings
    "In 2017 the Tarn Lock Authority left the lower basin dry as it was.",
])
def test_the_headings_lend_no_deed_and_no_other_word(locks, claim):
    assert check(locks, claim).verdict == "not_found"


def test_a_derived_title_is_no_heading():
    assert heading_text("In recent years, the lock has …", "Funds") == "Funds"
    assert heading_text("Tarn Lock Authority", "") == "Tarn Lock Authority"


@pytest.mark.parametrize("claim", [
    "The Tarn Lock Authority's workshop closed in March 2017.",
    "The Tarn Lock Authority filled in the lower basin.",
])
def test_the_headings_lend_nothing_to_a_deed_told_as_still_to_come(locks, claim):
    assert check(locks, claim).verdict == "not_found"


@pytest.mark.parametrize("claim", [
    "Without new grants, the Tarn Lock Authority's workshop will have to close by March.",
    "The Tarn Lock Authority expects to fill in the lower basin within four years.",
])
def test_a_claim_that_tells_it_to_come_too_is_stated(locks, claim):
    assert check(locks, claim).verdict == "supported"


def test_the_cue_governs_its_verb_across_auxiliaries_only(locks):
    vocab = vocabulary_for(locks.analyzer)
    tokens = parse("the workshop will have to close by March", vocab).tokens
    assert governed(tokens, [t.word for t in tokens].index("close"))
    tokens = parse("the club is due to open a boathouse", vocab).tokens
    assert governed(tokens, [t.word for t in tokens].index("open"))
    tokens = parse("the club will say that members opened it", vocab).tokens
    assert not governed(tokens, [t.word for t in tokens].index("opened"))


def test_may_mid_sentence_is_the_month(locks):
    vocab = vocabulary_for(locks.analyzer)
    months = lambda text: [m.text for m in parse(text, vocab).mentions if m.family == "month"]
    assert months("In May, the authority dredged the basin.") == ["May"]
    assert months("The basin may be dredged in the autumn.") == []
    assert months("May the basin be dredged soon.") == []
