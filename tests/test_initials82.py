"""Dotted initials one name in every parse, and a light verb's noun as the deed (round 75,
branch initials82).

A report or a claim may write a body's initials with dots ("the U.H. council") or without
("the UH council"). The analyzer split "U.H." into two one-letter terms, so the index, a
query and a parse stated no "UH" of the other text; now it closes dotted capitals up
(`qa.text.analyze.closed_up`), and the parse keeps them one word (`facts.words_of`). Their last
dot may end the sentence too: before a capitalised function word ("... from the U.H. They
sailed") it does (`qa.text.sentences.initials_closing`), and the name stops there. A light
verb before its event noun ("gave its authorization") weighs nothing of its own
(`qa.claims.light_nouns`): the noun tells the deed, which a sentence states by its verb.

Invented sentences."""
import pytest

from qa.claims.facts import parse
from qa.claims.light_nouns import light_places
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.text.sentences import split_sentences
from tests.test_check import OTHER_TOPICS, checker


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def test_dotted_capitals_have_the_terms_of_the_closed_up_name():
    analyzer = Analyzer()
    assert analyzer.terms("the U.H. council") == analyzer.terms("the UH council")
    assert analyzer.terms("aid from the U.S.A.") == analyzer.terms("aid from the USA")
    # lower-case dotted letters are abbreviations, no name
    assert analyzer.terms("e.g. a ferry") == ["e", "g", "ferri"]


@pytest.mark.parametrize("text, sentences", [
    ("The boats came from the U.H. They sailed to Vell.",
     ["The boats came from the U.H.", "They sailed to Vell."]),
    ("The boats came from the U.H. In May they sailed.",
     ["The boats came from the U.H.", "In May they sailed."]),
    # a name goes on after its initials
    ("The boats came from the U.H. Harbour Council.",
     ["The boats came from the U.H. Harbour Council."]),
    # single initials of a person's name end nothing
    ("J. R. Morvane wrote it. Then he left.", ["J. R. Morvane wrote it.", "Then he left."]),
])
def test_initials_end_a_sentence_before_a_capitalised_function_word(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_initials_closing_a_sentence_end_the_name(vocab):
    parsed = parse("The boats came from the U.H. The council paid for them.", vocab)
    names = [m.text for m in parsed.mentions if m.family == "name"]
    assert "U.H." in names and not any(n.startswith("U.H. The") for n in names)
    opening = next(t for t in parsed.tokens if t.word == "The" and t.start > 0)
    assert opening.brk
    # and a name after its initials is one name, its first word no sentence's
    parsed = parse("The boats came from the U.H. Harbour Council.", vocab)
    assert "U.H. Harbour Council" in [m.text for m in parsed.mentions]
    # initials of a person's name do not join the next word
    parsed = parse("J.R. Morvane wrote the charter.", vocab)
    assert "J.R. Morvane" in [m.text for m in parsed.mentions]


def test_dotted_initials_of_a_country_name_the_country(vocab):
    parsed = parse("Grain came from the U.S.A. in May.", vocab)
    assert [m.kind for m in parsed.mentions if m.text == "U.S.A."] == ["country"]


@pytest.mark.parametrize("claim, light", [
    ("The patrol began after the council gave its authorization in April.", ["gave"]),
    ("The council made a decision on the levy.", ["made"]),
    ("The council gave money to the patrol.", []),  # no event noun: the verb is the deed
    ("The council gave the patrol its boats.", []),
    # a causative "make": its object made so, no deed of the noun's
    ("The storms made the crossing even harder.", []),
    ("The closure made harbour protection harder.", []),
])
def test_a_light_verb_is_read_before_its_event_noun(vocab, claim, light):
    parsed = parse(claim, vocab)
    assert [parsed.tokens[i].word for i in sorted(light_places(parsed))] == light


DOTTED = [
    "The U.H. council extended the charter of the coastal patrol service in 2031 for two more "
    "years.",
    "A UH report concluded that smuggling gangs raided the warehouses of Vell twice in 2030.",
    "The harbour of Tarn handles grain and timber for the inland towns.",
    "In April 2029 the Tarn assembly authorized the creation of the Vell lighthouse guard.",
    "The patrol boats were bought from the U.H. They sailed to Vell in the spring of 2030.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def dotted(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("initials82"), "Ruvala patrols", DOTTED)


@pytest.mark.parametrize("claim", [
    "A U.H. report concluded that smuggling gangs raided the warehouses of Vell twice in 2030.",
    "According to a U.H. report, smuggling gangs raided the warehouses of Vell twice in 2030.",
    "The UH council extended the charter of the coastal patrol service in 2031 for two more "
    "years.",
])
def test_a_name_written_with_dots_is_the_name_written_without(dotted, claim):
    result = dotted(claim)
    assert result["verdict"] == "supported"
    assert not any(u.startswith("U.H") for u in result["unverified"])


def test_a_dotted_name_with_another_figure_stays_unsupported(dotted):
    result = dotted("A U.H. report concluded that smuggling gangs raided the warehouses of Vell "
                    "five times in 2030.")
    assert result["verdict"] != "supported"


def test_other_dotted_initials_are_another_body(dotted):
    result = dotted("A N.R. report concluded that smuggling gangs raided the warehouses of Vell "
                    "twice in 2030.")
    assert result["verdict"] != "supported"


def test_a_light_verb_leaves_the_deed_to_its_noun(dotted):
    result = dotted("The Vell lighthouse guard was created after the Tarn assembly gave its "
                    "authorization in April 2029.")
    assert result["verdict"] == "supported"
    assert "gave" not in result["unverified"]
