"""The rest of a claim whose figure or date is in conflict, stated by a paraphrase in place
(`qa.claims.value_rest`): "would keep part of its winter timetable" / "would maintain a
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
         "although its officers stressed that they would maintain at least a portion of their "
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
    "The Norvik guild said it would keep part of its winter timetable in place until May 2025.",
    "The Norvik guild will leave the harbour but keep part of its winter timetable until May "
    "2025.",
])
def test_value_conflict_with_paraphrased_rest(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # the same date: no conflict to weigh, and a paraphrase lends no support by itself
    "The Norvik guild said it would keep part of its winter timetable in place until May 2024.",
])
def test_paraphrased_rest_contradicts_nothing_else(harbour, claim):
    assert check(harbour, claim).verdict != "contradicted"


def test_paraphrase_counts_only_in_its_place():
    vocab = vocabulary_for(Analyzer())
    sentence = parse_text(GUILD, vocab)
    claim = parse_text("The guild would keep part of its winter timetable until May 2025.", vocab)
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

