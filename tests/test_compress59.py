"""Round 59 (compress59): a claim's date read against the sentence's one date of its kind that
dates the same verb, where the sentence dates two events in one clause (`qa.claims.verb_dates`).
Headline and bulletin lines date their events this way. Invented corpus."""
import pytest

from cli import open_corpus
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.verb_dates import date_of_same_verb
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Verdict

VOCAB = vocabulary_for(Analyzer())
SENTENCE = ("The Velden Support Mission (VESM) was eventually deployed in January 2011 to respond "
            "to the flooding and was incorporated into the Norvik Relief Mission upon its "
            "launch in July of that year.")
DOCS = {
    "harbour.txt": (
        "Harbour Report\n\n" + SENTENCE + "\n\n"
        "The Norvik Relief Mission later opened three field offices in the delta.\n"
    ),
}


def corpus_of(docs, name, tmp_path_factory):
    """The documents written to a folder of their own, opened with an index of their own."""
    folder = tmp_path_factory.mktemp(name)
    for file, text in docs.items():
        (folder / file).write_text(text, encoding="utf-8")
    return open_corpus(folder, tmp_path_factory.mktemp(name + "_index"))


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return corpus_of(DOCS, "harbour", tmp_path_factory)


def month_of(text):
    return next(m for m in text.mentions if m.family == "month")


def test_the_date_of_the_claims_verb_is_found_among_two():
    claim = parse("VESM was incorporated into the Norvik Relief Mission in October 2011.", VOCAB)
    sentence = parse(SENTENCE, VOCAB)
    found = date_of_same_verb(claim, month_of(claim), sentence, VOCAB)
    assert found is not None and found.text == "July"  # "July" dates "incorporated"
    deployed = parse("VESM was deployed in March 2011.", VOCAB)
    assert date_of_same_verb(deployed, month_of(deployed), sentence, VOCAB).text == "January"


def test_a_headlines_present_verb_is_dated_too():
    claim = parse("VESM folds into Norvik Relief Mission in October 2011", VOCAB)
    found = date_of_same_verb(claim, month_of(claim), parse(SENTENCE, VOCAB), VOCAB)
    assert found is not None and found.text == "July"


def test_no_date_where_no_date_of_the_sentence_dates_the_verb():
    claim = parse("VESM opened its first office in October 2011.", VOCAB)
    assert date_of_same_verb(claim, month_of(claim), parse(SENTENCE, VOCAB), VOCAB) is None
    # the same month is no other date
    same = parse("VESM was incorporated into the Norvik Relief Mission in July 2011.", VOCAB)
    assert date_of_same_verb(same, month_of(same), parse(SENTENCE, VOCAB), VOCAB) is None


@pytest.mark.parametrize("claim", [
    "VESM was incorporated into the Norvik Relief Mission in October 2011.",
    "VESM folded into Norvik Relief Mission in October",  # a headline: no article, no auxiliary
    # a headline's present dates its event as a past does (`verb_dates.present_dated`)
    "VESM folds into Norvik Relief Mission in October 2011",
    "VESM deploys Jan 2011, folds into Norvik Relief Mission in October",
])
def test_another_month_of_the_same_verb_is_contradicted(searcher, claim):
    result = check(searcher, claim)
    assert result.verdict == Verdict.CONTRADICTED
    assert any(c.source == "July" for e in result.evidence for c in e.conflicts)


@pytest.mark.parametrize("claim", [
    "VESM was incorporated into the Norvik Relief Mission in July 2011.",
    "VESM deployed in January 2011, incorporated into Norvik Relief Mission in July",
])
def test_the_stated_months_are_supported(searcher, claim):
    assert check(searcher, claim).verdict == Verdict.SUPPORTED


def test_a_date_of_an_event_the_sentence_does_not_tell_is_not_contradicted(searcher):
    result = check(searcher, "VESM opened a field office in October 2011.")
    assert result.verdict != Verdict.CONTRADICTED


# --- tense_forms: a headline's present against a report's irregular past -------------------

from qa.claims.compare import neighbours  # noqa: E402
from qa.claims.tense_forms import base_terms  # noqa: E402

COALITION = {
    "coalition.txt": (
        "Coalition Notes\n\n"
        "On 3 May, Norway also made official its plan to withdraw from the coalition, "
        "although officials stressed that they would keep part of their fleet there until "
        "June 2024.\n\n"
        "The harbour board sold the old ferry terminal to a logistics firm in 2019.\n"
    ),
}


@pytest.fixture(scope="module")
def coalition(tmp_path_factory):
    return corpus_of(COALITION, "coalition", tmp_path_factory)


def test_an_irregular_past_gives_its_base_term():
    made = parse("Karsund made it official.", VOCAB)
    assert set(VOCAB.analyzer.terms("make")) <= base_terms(made.tokens, VOCAB)
    renewed = parse("Karsund renewed it.", VOCAB)
    assert not base_terms(renewed.tokens, VOCAB)  # a regular past shares the present's stem
    # a capitalised word is a name's ("Left Party"), not the past of "leave"
    assert not base_terms(parse("Karsund Left Party voted.", VOCAB).tokens, VOCAB)


def test_a_present_and_an_irregular_past_share_a_role():
    claim = parse("Sweden makes its coalition withdrawal official.", VOCAB)
    sentence = parse("On 3 May, Norway also made official its plan to withdraw.", VOCAB)
    mine = next(m for m in claim.mentions if m.text == "Sweden")
    theirs = next(m for m in sentence.mentions if m.text == "Norway")
    assert neighbours(claim, mine, VOCAB)[1] & neighbours(sentence, theirs, VOCAB)[1]


def test_a_headlines_present_meets_the_reports_irregular_past(coalition):
    # the country the report gives the deed to ("Norway") is the rival of the claim's ("Sweden")
    result = check(coalition, "Sweden makes its coalition withdrawal official on 3 May.")
    assert result.verdict == Verdict.CONTRADICTED
    assert any(c.claim == "Sweden" for e in result.evidence for c in e.conflicts)
