"""Dates as a log or a situation report writes them ("11 NOV 21", "111200ZNOV21", "MAR 22",
"11-Nov-2021"), read as the day, month and year they give (`qa.claims.short_dates`): a claim
dated so is supported by a sentence of the same date and contradicted by one of another day,
month or year; written as it was, its two-figure year was a stray count and its day-less
"MAR 22" a day of March. Counts and days in running text stay as they are. The texts are
invented here."""
import pytest

from qa.claims.check import check
from qa.claims.short_dates import dates_spelled
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Orsk_ferry.txt": (
        "Orsk ferry line",
        "On 11 November 2021, the Orsk ferry authority suspended night crossings to Tella "
        "after a storm damaged the east pier.",
        "In March 2022, about 1,300 passengers were moved to the Pell route while the pier "
        "was rebuilt."),
}


@pytest.fixture(scope="module")
def log(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("ferry"), ARTICLES)


@pytest.mark.parametrize("claim", [
    "11 NOV 21: Orsk ferry authority suspended night crossings to Tella after storm damaged "
    "the east pier.",
    "11NOV21 Orsk ferry authority suspended night crossings to Tella after a storm damaged "
    "the east pier.",
    "111200ZNOV21 Orsk ferry authority suspended night crossings to Tella after a storm "
    "damaged the east pier.",
    "On 11-Nov-2021 the Orsk ferry authority suspended night crossings to Tella after a storm "
    "damaged the east pier.",
    "MAR 22: about 1,300 passengers moved to the Pell route while the pier was rebuilt.",
])
def test_logged_date_of_the_sentence_is_supported(log, claim):
    assert check(log, claim).verdict == "supported"


@pytest.mark.parametrize("claim, written", [
    ("14 NOV 21: Orsk ferry authority suspended night crossings to Tella after storm damaged "
     "the east pier.", "14 November"),
    ("11 NOV 22: Orsk ferry authority suspended night crossings to Tella after storm damaged "
     "the east pier.", "2022"),
    ("APR 22: about 1,300 passengers moved to the Pell route while the pier was rebuilt.",
     "April"),
])
def test_logged_date_of_another_day_is_contradicted(log, claim, written):
    result = check(log, claim)
    assert result.verdict == "contradicted"
    assert any(c.claim == written and c.kind == "date"
               for e in result.evidence for c in e.conflicts)


@pytest.mark.parametrize("text, spelled", [
    ("11 NOV 21: the pier", "11 November 2021: the pier"),
    ("14NOV21 the pier", "14 November 2021 the pier"),
    ("111200Z NOV 2021 the pier", "11 November 2021 the pier"),
    ("crossings in MAR 22 were few", "crossings in March 2022 were few"),
    ("11/Nov/21 the pier", "11 November 2021 the pier"),
    ("On 3 Sept. 99, the pier", "On 3 September 1999, the pier"),
    ("On 5 June 22, the pier", "On 5 June 2022, the pier"),
])
def test_log_dates_are_spelled_out(text, spelled):
    assert dates_spelled(text) == spelled


@pytest.mark.parametrize("text", [
    # a count of the noun after it, in running text
    "On 11 November 21 passengers were stranded.",
    "On 11 Nov 21% of crossings were cancelled.",
    # a day of March, as running text writes it
    "March 22 saw the first crossing.",
    "Mar 22 saw the first crossing.",
    # no day of a month
    "45NOV21 the pier",
    # a four-figure year is left to the month's own reading
    "11 NOV 2021 the pier",
])
def test_running_text_keeps_its_counts_and_days(text):
    assert dates_spelled(text) == text


def test_a_spaced_dash_after_a_logged_date_opens_the_clause():
    """The capitalised first word after a log's dash is no name, as after a colon: read as
    one, it was a rival of the sentence's actors."""
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    names = [[m.text for m in parse(text, vocab).mentions if m.family == "name"]
             for text in ("March 2022 - Structural review sent to the Orsk council.",
                          "March 2022 \u2014 Structural review sent to the Orsk council.",
                          "March 2022: Structural review sent to the Orsk council.")]
    assert names == [["Orsk"]] * 3
    # a dash between words without spaces joins them
    joined = parse("The Orsk\u2013Tella ferry runs daily.", vocab)
    assert [m.text for m in joined.mentions if m.family == "name"] == ["Orsk", "Tella"]
