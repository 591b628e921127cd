"""Answer extraction: the sentence that answers, of the type asked for."""
from qa.search.answer import extract_answer
from qa.search.expand import QueryTerm
from qa.search.filters import Filters
from qa.search.query import Query, without_frame
from qa.text.analyze import Analyzer
from qa.text.answer_types import AskedFor
from qa.types import Passage


def passage(text, paragraph=1):
    return Passage("a.txt", paragraph, 1, 1, "T", "", "body", text)


def query_of(question, analyzer):
    """The question as `Query.parse` builds it, without an index (and so no expansion)."""
    words = tuple(analyzer.word_terms(without_frame(question)))
    return Query(question, words, tuple(QueryTerm(t) for _, t in words), AskedFor.by(question),
                 Filters())


def answer(question, *texts):
    analyzer = Analyzer()
    terms = set(analyzer.terms(question))
    return extract_answer(query_of(question, analyzer),
                          [passage(t, i) for i, t in enumerate(texts, 1)], analyzer,
                          {t: 1.0 for t in terms})


def test_number_question_prefers_the_sentence_with_a_new_number():
    found = answer("How many peacekeepers were killed in the attacks?",
                   "Peacekeepers were killed in attacks on convoys. In all, 46 peacekeepers were "
                   "killed in the attacks by February.")
    assert found.text.startswith("In all, 46") and found.text[slice(*found.span)] == "46"


def test_share_question_prefers_the_percentage_over_other_numbers():
    found = answer("What share of its capacity did the force spend on escorts in 2016?",
                   "In 2016 the force had 12 battalions and spent 80 percent of its capacity on "
                   "escorts.")
    assert found.text[slice(*found.span)] == "80 percent"


def test_country_question_finds_a_country_at_the_start_of_a_sentence():
    found = answer("Which contributing nation stopped its road convoys in 2022?",
                   "Egypt suspended its road convoys in 2022 after heavy losses. Later the Malian "
                   "authorities obstructed flights.")
    assert found.text.startswith("Egypt") and found.text[slice(*found.span)] == "Egypt"


def test_date_question_picks_the_date_not_a_number_from_the_question():
    found = answer("When did 12 observers arrive in Gao?",
                   "12 observers arrived in Gao in March 2014 after a long delay.")
    assert "March 2014" in found.text[slice(*found.span)]


def test_answer_can_take_the_next_sentence_that_names_the_thing():
    found = answer("Which other force operated in parallel with the mission?",
                   "Parallel forces operated alongside the mission. These included Barkhane "
                   "and the G5 Sahel Force.")
    assert "G5 Sahel" in found.text and found.text.startswith("Parallel forces")


def test_why_question_takes_the_cause_from_the_next_sentence():
    found = answer("Why did some contributors refuse to deploy to the centre?",
                   "Some contributors refused to deploy to the centre of the country. That was "
                   "because the hospital could not treat mass casualties.")
    assert found.text.startswith("Some contributors") and "mass casualties" in found.text
    assert found.text[slice(*found.span)].startswith("because the hospital")


def test_why_question_prefers_the_sentence_that_gives_a_cause():
    found = answer("Why did Egypt suspend its convoys in July?",
                   "Egypt suspended its convoys in July. Egypt suspended its convoys in July, "
                   "citing the deaths of seven soldiers.")
    assert found.text == ("Egypt suspended its convoys in July, citing the deaths of seven "
                          "soldiers.")


def test_answer_is_at_most_60_words():
    long_sentence = "The mission " + "and the mission " * 50 + "deployed 900 soldiers."
    found = answer("How many soldiers did the mission deploy?", long_sentence)
    assert len(found.text.split()) <= 60 and "900" in found.text


def test_no_answer_without_shared_terms():
    assert answer("zebra migration", "Peacekeepers were deployed.") is None



def test_synonyms_of_the_question_count_at_their_weight_when_choosing_the_sentence():
    analyzer = Analyzer()
    text = ("The mission was asked to leave the camp in 2020. The Malian authorities asked the "
            "mission to leave, citing mistrust.")
    weights = {t: 1.0 for t in analyzer.terms("Bamako ask mission leave")}
    weights.update({t: 0.4 for t in analyzer.terms("Malian authorities")})
    found = extract_answer(query_of("Why did Bamako ask the mission to leave?", analyzer),
                           [passage(text, 1)], analyzer, weights)
    assert found.text.startswith("The Malian authorities")
