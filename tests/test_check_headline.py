"""Headline and telegraphic grammar read as the fact it states: a negative prefix written
with a hyphen ("non-binding"), a plural acronym in a noun stack ("the NGOs" / "NGO staff")."""
import pytest

from cli import open_corpus
from qa.claims.check import check
from qa.claims.facts import parse, singular_acronyms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

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


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    root = tmp_path_factory.mktemp("harbour")
    (root / "docs").mkdir()
    (root / "docs" / "port.txt").write_text(
        "Port Report\n\n"
        "In May 2021, for the first time since the port opened, the budget was not "
        "unanimously approved, with two members abstaining.\n\n"
        "After the storm, the harbour board restricted visits of East Coast NGOs to the "
        "northern pier.\n", encoding="utf-8")
    return open_corpus(root / "docs", root / "index")


@pytest.mark.parametrize("claim, verdict", [
    ("May 2021 budget marks first non-unanimous approval since port opened.", "supported"),
    ("May 2021 budget marks first unanimous approval since port opened.", "contradicted"),
    ("After storm, harbour board restricts visits of East Coast NGO staff to northern pier.",
     "supported"),
])
def test_headline_grammar_is_read_as_its_fact(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict
