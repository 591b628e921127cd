"""The rest of a claim whose figure or date is in conflict, stated by a paraphrase in place
(`qa.claims.value_rest`): "would keep part of the winter timetable" / "would maintain a
portion of their winter schedule" (keep / maintain, part / portion, timetable / schedule), any
part of speech, read from WordNet's paraphrase table where a content word beside both is
shared. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse_text
from qa.claims.value_rest import value_rest_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

GUILD = ("On 4 March, the Norvik guild also made public its decision to quit the harbour, "
         "although its officers insisted that the guild would maintain a portion of its "
         "winter schedule until May 2024.")


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Velden ferry line remains the deadliest crossing of the northern strait to date, "
        "with 38 passengers lost in winter storms over the last decade.",
        GUILD,
        "The Ostvik harbour board doubled the night toll on fishing boats in 2020.",
        "In May 2021, the pilots of Velden met in the old customs house to discuss the storms.")


@pytest.mark.parametrize("claim", [
    # "keep" / "maintain" and "timetable" / "schedule" in their places: the same undertaking,
    # with another end date
    "The Norvik guild said the guild would keep part of the winter timetable until May 2025.",
    "The Norvik guild will leave the harbour but keep part of the winter timetable until May "
    "2025.",
])
def test_value_conflict_with_paraphrased_rest(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # the same date: no conflict to weigh, and a paraphrase lends no support by itself
    "The Norvik guild said the guild would keep part of the winter timetable until May 2024.",
])
def test_paraphrased_rest_contradicts_nothing_else(harbour, claim):
    assert check(harbour, claim).verdict != "contradicted"


def test_paraphrase_counts_only_in_its_place():
    vocab = vocabulary_for(Analyzer())
    sentence = parse_text(GUILD, vocab)
    claim = parse_text("The guild would keep part of the winter timetable until May 2025.", vocab)
    assert {"keep", "part"} <= value_rest_terms(claim, sentence)  # "maintain", "portion"
    # "keep" far from every word "maintain" has beside it: not in its place
    elsewhere = parse_text("Storms keep the pilots ashore; the guild's timetable ended in May "
                           "2025.", vocab)
    assert "keep" not in value_rest_terms(elsewhere, sentence)
    # another undertaking: "close" is no paraphrase of "maintain"
    other = parse_text("The guild would close part of its winter office until May 2025.", vocab)
    assert "close" not in value_rest_terms(other, sentence)
    # a verb with its particle is read by the phrasal table, not through its verb alone
    put = parse_text("The guild put out part of its winter timetable until May 2025.", vocab)
    assert "put" not in value_rest_terms(put, sentence)


# A gradable adjective before its noun against its opposite after a copula, said of a noun
# with the same head (`qa.claims.predicated.attributive`): "repair of a poor standard" /
# "the standard of repair ... is very good".
YARD = ("Although several traders have told the guild that the standard of repair offered at "
        "the Velden yard is very good, the yard cannot lift boats over ten tonnes.")


@pytest.fixture(scope="module")
def yard(tmp_path_factory):
    return port_report(
        tmp_path_factory, YARD,
        "The Ostvik harbour board doubled the night toll on fishing boats in 2020.",
        "The old ferry to Norvik is slow, and its timetable is unreliable.")


def test_attributive_adjective_reversed(yard):
    claim = "Traders told the guild that the Velden yard offered repair of a poor standard."
    assert check(yard, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "Traders told the guild that the Velden yard offered repair of a good standard.",
    # the same adjectives before their nouns as after the copulas: stated, not reversed
    "The slow ferry to Norvik keeps an unreliable timetable.",
])
def test_attributive_adjective_alike_supports(yard, claim):
    assert check(yard, claim).verdict == "supported"


def test_attributive_reads_gradable_adjectives_only():
    from qa.claims.predicated import attributive
    vocab = vocabulary_for(Analyzer())
    text = parse_text("The yard kept a poor standard of repair for naval owners.", vocab)
    words = [t.word for t in text.tokens]
    assert attributive(text, words.index("poor")).word == "standard"  # the run's last word
    assert attributive(text, words.index("naval")) is None  # a kind, no degree
    assert attributive(text, words.index("kept")) is None
