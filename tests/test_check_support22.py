"""A claim's acronym of common nouns stated by the long form a sentence writes in lower case:
the corpus defines "remotely operated vehicles (ROVs)" once, then writes either; a claim
saying "ROVs" is stated by a sentence saying "remotely operated vehicles". An acronym the
corpus never defines, or a sentence with only some of the long form's words, states nothing.
The sentences are written here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.long_forms import long_form_terms, written_out
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_written

DOCS = {
    "survey.md": "# Seabed survey\n\n"
                 "The survey team relied on remotely operated vehicles (ROVs) for the deepest "
                 "dives.\n\n"
                 "In 2019 the Kelmar station mapped the northern trench with remotely operated "
                 "vehicles, finding three shipwrecks.\n\n"
                 "The divers of the Kelmar station photographed the coral beds of the southern "
                 "reef in 2020.\n\n"
                 "The harbour of Kelmar was dredged twice before the survey season began.\n\n"
                 "Storms in the autumn of 2018 delayed the supply ships by three weeks.\n\n"
                 "The station's budget was approved by the regional council in March.\n\n"
                 "Two research vessels shared the pier with the local fishing fleet.\n\n"
                 "A new laboratory for sediment samples opened at the station in 2021.\n",
}


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    return open_written(tmp_path_factory, "survey22", DOCS)


@pytest.mark.parametrize("claim", [
    "In 2019 the Kelmar station mapped the northern trench with ROVs, finding three shipwrecks.",
    "In 2019 the Kelmar station mapped the northern trench with an ROV, finding three "
    "shipwrecks.",
])
def test_an_acronym_is_stated_by_its_long_form_in_lower_case(survey, claim):
    result = check(survey, claim)
    assert result.verdict == "supported", result
    assert not any("ROV" in fact for fact in result.unverified), result


def test_an_acronym_joined_by_a_hyphen_is_stated_with_its_other_part(survey):
    vocab = vocabulary_for(survey.analyzer)
    defined = {"rov": "remotely operated vehicles"}
    claim = parse("The station logged ten ROV-related faults.", vocab)
    both = parse("It logged ten faults related to remotely operated vehicles.", vocab)
    one = parse("It logged ten faults of remotely operated vehicles.", vocab)
    assert long_form_terms(claim, both, vocab, defined)
    assert not long_form_terms(claim, one, vocab, defined)  # "related" unsaid
    # two acronyms joined, one written out and the other as it is ("an ROV-AUV survey")
    defined["auv"] = "autonomous underwater vehicles"
    pair = parse("The station ran an ROV-AUV survey.", vocab)
    assert long_form_terms(pair, parse("It ran a survey with remotely operated vehicles and "
                                       "an AUV.", vocab), vocab, defined)
    assert not long_form_terms(pair, parse("It ran a survey with an AUV.", vocab), vocab,
                               defined)


def test_the_long_form_does_not_lend_the_rest_of_a_claim(survey):
    # the sentence names the vehicles, but not the southern reef's coral
    result = check(survey, "In 2019 the Kelmar station photographed the coral beds of the "
                           "southern reef with ROVs.")
    assert result.verdict != "supported", result


def test_an_acronym_the_corpus_never_defines_stays_unverified(survey):
    result = check(survey, "In 2019 the Kelmar station mapped the northern trench with RVs, "
                           "finding three shipwrecks.")
    assert result.verdict != "supported", result


def test_only_the_long_form_in_a_row_states_it(survey):
    vocab = vocabulary_for(survey.analyzer)
    claim = parse("The station used ROVs.", vocab)
    defined = {"rov": "remotely operated vehicles"}
    whole = parse("It mapped the trench with remotely operated vehicles.", vocab)
    apart = parse("The vehicles were operated remotely from the ship.", vocab)
    assert long_form_terms(claim, whole, vocab, defined)
    assert not long_form_terms(claim, apart, vocab, defined)
    assert not long_form_terms(claim, whole, vocab, {})
    assert written_out(whole, tuple(vocab.analyzer.terms("remotely operated vehicles")))


# --- one word written closed or hyphenated (`qa.claims.hyphens`) ---------------------------

HARBOUR = {
    "harbour.md": "# Harbour watch\n\n"
                  "In 2017 the Orvan coastguard began anti-smuggling patrols along the eastern "
                  "coast.\n\n"
                  "The harbour master signed a ceasefire agreement with the dockworkers' union "
                  "in May.\n\n"
                  "Fuel prices at the Orvan marina doubled over the winter.\n\n"
                  "A new crane for container ships arrived from Rotterdam in June.\n\n"
                  "The ferry to the outer islands runs twice a day in summer.\n\n"
                  "Fishing quotas for herring were cut by a fifth in 2016.\n",
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_written(tmp_path_factory, "harbour22", HARBOUR)


@pytest.mark.parametrize("claim", [
    "In 2017 the Orvan coastguard began antismuggling patrols along the eastern coast.",
    "The harbour master signed a cease-fire agreement with the dockworkers' union in May.",
])
def test_a_word_closed_or_hyphenated_is_one_word(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict == "supported", result
    assert not any(w in result.unverified for w in ("antismuggling", "cease", "fire")), result


def test_two_words_apart_are_not_the_hyphenated_word(harbour):
    from qa.claims.hyphens import hyphen_terms
    vocab = vocabulary_for(harbour.analyzer)
    sentence = parse("They began anti-smuggling patrols.", vocab)
    assert hyphen_terms(parse("They began antismuggling patrols.", vocab), sentence)
    assert not hyphen_terms(parse("They began anti smuggling patrols.", vocab),
                            parse("They began antismuggling patrols.", vocab))
    assert not hyphen_terms(parse("They began patrols.", vocab), sentence)
