"""recall65 (invented text): a sentence's first word that is a preposition ("Per", "Despite")
is no word of the name after it; a "respectively" list opened by the source's name is cut to
the figures' length; and a past form right after a past verb modifies the noun after it."""
import pytest

from qa.claims.compare import respective_pairs
from qa.claims.facts import parse
from qa.claims.predicate import attributive_past
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def names(text, vocab):
    return [m.text for m in parse(text, vocab).mentions if m.family == "name"]


@pytest.mark.parametrize("text, name", [
    ("Per Harbour Watch, the board closed the pier in May.", "Harbour Watch"),
    ("Despite Harbour Watch warnings, the board closed the pier.", "Harbour Watch"),
    ("The crews struck. Amid Harbour Watch protests, the board closed the pier.",
     "Harbour Watch"),
])
def test_opening_preposition_is_no_name_word(text, name, vocab):
    assert name in names(text, vocab)


def test_preposition_inside_a_sentence_keeps_its_name(vocab):
    # only the first word of a sentence is capitalised for its place alone
    assert "Per Group" in names("The Per Group closed the pier.", vocab)


def test_respective_list_opened_by_a_source(vocab):
    sentence = parse("According to Harbour Watch, Norland and Sudland sent 450 and 200 crews, "
                     "respectively.", vocab)
    assert [(n.text, f.text) for n, f in respective_pairs(sentence)] == [
        ("Norland", "450"), ("Sudland", "200")]


@pytest.mark.parametrize("claim, word, modifies", [
    ("Norland favoured reduced harbour fees for the fleet.", "reduced", True),
    ("The board had reduced harbour fees for the fleet.", "reduced", False),
    ("The board reduced harbour fees for the fleet.", "reduced", False),
])
def test_past_after_past_verb(claim, word, modifies, vocab):
    parsed = parse(claim, vocab)
    n = next(i for i, t in enumerate(parsed.tokens) if t.word == word)
    assert attributive_past(parsed, n) == modifies


def test_checked_end_to_end(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "According to Harbour Watch, Norland and Sudland sent 450 and 200 crews to the pier, "
        "respectively."] + OTHER_TOPICS)
    # the figures swapped: "Harbour Watch" opens the list, no actor of the pairs
    assert check("According to Harbour Watch, Norland and Sudland sent 200 and 450 crews to "
                 "the pier, respectively.")["verdict"] != "supported"
