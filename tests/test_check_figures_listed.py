"""Figures about parts and wholes (issue 14): a count compared with a figure the claim names
(`qa.claims.exceeded`), a count in a list whose role is not the previous item's words
(`figure_roles.item_before`), and a noun of failing that denies its infinitive like "failed
to" (`facts.is_negation`). Invented sentences only."""
import pytest

from qa.claims.compare import compare
from qa.claims.exceeded import exceeded
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

BOTH = ("The fleet was allowed 60 trawlers and 25 tugs. By May, it had put to sea only "
        "41 trawlers, 18 tugs and about 20 dinghies.")


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def conflicts(claim: str, sentence: str, vocab):
    c, s = parse(claim, vocab), parse(sentence, vocab)
    return [(x.claim, x.source, x.kind.value) for x in compare(c, s, s, vocab).conflicts]


@pytest.mark.parametrize("claim, expected", [
    # the other figure of the same thing lies on the other side of the compared figure
    ("By May the fleet had put to sea more tugs than its allowed total of 25 tugs.",
     [("25", "18")]),
    ("By May the fleet had sent out more trawlers than the 60 trawlers it was allowed.",
     [("60", "41")]),
    # the comparison the sentence bears out, or a figure the sentence does not give
    ("By May the fleet had put to sea fewer tugs than its allowed total of 25 tugs.", []),
    ("By May the fleet had put to sea more tugs than its allowed total of 30 tugs.", []),
    # what "more" counts is not what the sentence's other figure counts
    ("By May the fleet had put to sea more dinghies than its allowed total of 25 tugs.", []),
    # a bound is a figure's own fact, not the comparison of two counts
    ("By May the fleet had put to sea more than 25 tugs.", []),
])
def test_a_count_compared_with_a_named_figure(claim, expected, vocab):
    c, s = parse(claim, vocab), parse(BOTH, vocab)
    assert [(a.text, b.text) for a, b in exceeded(c, s)] == expected


def test_two_other_figures_of_the_thing_leave_the_comparison_open(vocab):
    c = parse("The depot stocked more crates than its planned 40 crates.", vocab)
    s = parse("The depot planned 40 crates, then stocked 30 crates, then 50 crates.", vocab)
    assert exceeded(c, s) == []


@pytest.mark.parametrize("claim", [
    "By May the fleet had put to sea only 41 of its 60 allowed trawlers and 18 of its 25 "
    "allowed tugs.",
    "By May the fleet had put to sea only 18 of its 25 allowed tugs and 41 of its 60 allowed "
    "trawlers.",
])
def test_the_whole_of_a_part_is_not_the_next_list_items_rival(claim, vocab):
    second = "By May, it had put to sea only 41 trawlers, 18 tugs and about 20 dinghies."
    assert [c for c in conflicts(claim, second, vocab) if c[2] == "number"] == []


def test_a_listed_count_still_meets_its_rival_by_what_it_counts(vocab):
    found = conflicts("By May it had put to sea 41 trawlers, 18 tugs and about 30 dinghies.",
                      "By May, it had put to sea 41 trawlers, 18 tugs and about 20 dinghies.",
                      vocab)
    assert ("about 30", "about 20", "number") in found


@pytest.mark.parametrize("claim, sentence, expected", [
    # both deny the verb: one by "failure to", one by "inability to"
    ("Anger at the council's failure to repair the bridge led to the protest.",
     "Anger grew at the council's inability to repair the bridge, leading to the protest.",
     False),
    ("The council's failure to repair the bridge angered residents.",
     "The council did not repair the bridge, which angered residents.", False),
    # the claim denies what the sentence affirms
    ("The council's failure to repair the bridge angered residents.",
     "The council repaired the bridge, which pleased residents.", True),
])
def test_a_failure_to_act_denies_the_act(claim, sentence, expected, vocab):
    found = [c for c in conflicts(claim, sentence, vocab) if c[2] == "polarity"]
    assert bool(found) == expected


def test_the_failure_of_a_thing_denies_no_word_after_it(vocab):
    claim = parse("The failure of the talks surprised the envoys.", vocab)
    assert claim.negated == {} and not claim.has_negation


@pytest.mark.parametrize("text, figure, expected", [
    # a list: the words of the item before belong to its figure
    ("The port held 41 trawlers, 18 tugs and about 20 dinghies.", "about 20", {"port", "held"}),
    # one clause running into the next figure: its words are the next figure's role too
    ("With 40 boats lost at sea over five years, the port closed.", "over five",
     {"boats", "lost", "sea"}),
])
def test_the_words_an_earlier_figure_owns(text, figure, expected, vocab):
    from qa.claims.figure_roles import item_before
    parsed = parse(text, vocab)
    mention = next(m for m in parsed.mentions if m.text == figure)
    assert {t.word for t in item_before(parsed, mention) if t.word.isalpha()} == expected
