"""recall65 (invented text): a sentence's first word that is a preposition ("Per", "Despite")
is no word of the name after it; "per" opening a claim attributes it as "according to" does;
a "respectively" list opened by the source's name is cut to the figures' length; a past form
right after a past verb modifies the noun after it; and an act the sentence names only as the
object of a deed asked for is not stated done."""
import pytest

from qa.claims.attribution import attributed
from qa.claims.compare import respective_pairs
from qa.claims.facts import parse
from qa.claims.predicate import attributive_past
from qa.claims.unasserted import asked_only
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


@pytest.mark.parametrize("claim, source", [
    ("Per Harbour Watch, the board closed the pier in May.", True),
    ("The board's records, per Harbour Watch, list two closures.", True),
    # a rate: "per" after no comma, inside the clause
    ("The board charged five crowns per Kalokol ferry crossing.", False),
])
def test_per_attributes(claim, source, vocab):
    parsed = parse(claim, vocab)
    name = next(m for m in parsed.mentions if m.family == "name"
                and m.text in ("Harbour Watch", "Kalokol"))
    assert attributed(parsed, name) == source


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


@pytest.mark.parametrize("claim, asked", [
    ("The inspector commended the harbour board for thorough investigations of the fires.",
     True),
    # the claim's own asking: what it asks for is no deed told as done
    ("The inspector urged the harbour board to open thorough investigations of the fires.",
     False),
])
def test_act_asked_for_is_not_done(claim, asked, vocab):
    sentence = parse("Last month the inspector urged the harbour board to establish prompt, "
                     "thorough and independent investigations into the fires.", vocab)
    assert asked_only(parse(claim, vocab), sentence, vocab) == asked


def test_checked_end_to_end(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "The Harbour Watch report covers the ferry trade of the northern coast.",
        "In May 2019 the harbour board closed the old pier at Kalokol after a winter of storms.",
        "Last month the inspector urged the harbour board to establish prompt, thorough and "
        "independent investigations into the fires at the depot."] + OTHER_TOPICS)
    assert check("Per Harbour Watch, in May 2019 the harbour board closed the old pier at "
                 "Kalokol.")["verdict"] == "supported"
    assert check("The inspector commended the harbour board for prompt, thorough and "
                 "independent investigations into the fires at the depot.")["verdict"] \
        != "supported"
