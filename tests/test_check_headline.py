"""Headline and telegraphic grammar read as the fact it states: a negative prefix written
with a hyphen ("non-binding"), a plural acronym in a noun stack ("the NGOs" / "NGO staff")."""
import pytest

from cli import open_corpus
from qa.claims.check import check
from qa.claims.facts import parse, singular_acronyms
from qa.claims.headline import headline_verb, present_verb
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("text, denied", [
    ("The council passed a non-binding motion.", {"bind"}),
    ("Talks ended in a non-unanimous vote.", {"unanim"}),
    ("Non-state groups signed the pact.", {"state"}),
    # the word stated without the prefix elsewhere is not denied
    ("A non-binding motion and a binding one were passed.", set()),
    # no hyphen, no split prefix: "non" alone or a name
    ("The motion was non binding.", set()),
])
def test_a_hyphenated_negative_prefix_denies_its_word(text, denied):
    parsed = parse(text, VOCAB)
    assert set(parsed.negated) == denied
    assert not parsed.has_negation  # a prefix denies a word, not the clause


@pytest.mark.parametrize("name, singular", [
    ("West Coast NGOs", "West Coast NGO"),
    ("the TCCs", "the TCC"),
    ("IEDs", "IED"),
    ("Lagos Ports", "Lagos Ports"),  # a word, not an acronym
    ("USAs", "USA"),
])
def test_a_plural_acronym_names_the_same_as_its_singular(name, singular):
    assert singular_acronyms(name) == singular


@pytest.mark.parametrize("claim, subject", [
    ("Board decides harbour closure to be completed by May.", "Board"),
    ("Lagos suspends ferry service after storm.", "Lagos"),
    ("Harbour Board carries out repairs.", "Harbour Board"),
    ("The board closed the pier.", None),  # no present verb after a name: the claim's end
    ("Port workers strike for higher pay.", None),  # after a lower-case word: not read here
    ("Board, citing costs, closes pier.", None),  # a clause break first
])
def test_a_headline_subject_ends_at_its_present_verb(claim, subject):
    parsed = parse(claim, VOCAB)
    end = headline_verb(parsed)
    assert (claim[:end].strip() if end < len(claim) else None) == subject


@pytest.mark.parametrize("word, verb", [
    ("decides", True), ("carries", True), ("closes", True), ("status", False),
    ("process", False), ("Decides", False), ("harbours", True), ("bus", False),
])
def test_a_present_form(word, verb):
    assert present_verb(word) is verb


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2021, for the first time since the port opened, the budget was not "
        "unanimously approved, with two members abstaining.",
        "After the storm, the harbour board restricted visits of East Coast NGOs to the "
        "northern pier.")


@pytest.mark.parametrize("claim, verdict", [
    ("May 2021 budget marks first non-unanimous approval since port opened.", "supported"),
    ("May 2021 budget marks first unanimous approval since port opened.", "contradicted"),
    ("After storm, harbour board restricts visits of East Coast NGO staff to northern pier.",
     "supported"),

])
def test_headline_grammar_is_read_as_its_fact(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_the_name_after_a_headline_verb_is_no_actor_in_the_subject(tmp_path):
    # the corpus's setting (the ferry, named in most passages) after the verb is the object:
    # the board in the sentence's subject is no other actor in its place
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "port.txt").write_text(
        "Ferry Report\n\nLagos Ferry carried 4,000 passengers a day before the storm.\n\n"
        "Closure\n\nAfter the storm, the Lagos Harbour Board decided that the service's "
        "closure would be completed by June.\n\n"
        "Staff\n\nLagos Ferry staff moved to the southern quay in May.\n\n"
        "Costs\n\nLagos Ferry lost money in every year since 2015.\n", encoding="utf-8")
    corpus = open_corpus(tmp_path / "docs", tmp_path / "index", quiet=True)
    result = check(corpus, "Board decides Lagos Ferry closure to be completed by June.")
    assert result.verdict == "supported"
    assert not any(c.kind == "actor" for e in result.evidence for c in e.conflicts)


@pytest.mark.parametrize("claim, names_a_thing", [
    ("Board ends 2015 ferry contract after storm.", True),  # a headline drops "the"
    ("After 2019 floods, board closes pier.", True),
    ("Board ended the 2015 ferry contract.", True),
    ("In 2015 ferry crews went on strike.", False),  # a time adverbial
    ("Board closed pier in May 2015 after storm.", False),
    ("Board closed the pier in 2015.", False),  # no noun after it
])
def test_a_year_before_a_noun_names_a_thing(claim, names_a_thing):
    from qa.claims.around import attributive
    parsed = parse(claim, VOCAB)
    year = next(m for m in parsed.mentions if m.family == "year")
    assert attributive(parsed, year) is names_a_thing
