"""Claims that join facts a source states in two sentences (`qa.claims.joined`): two
neighbours joined by an anaphor, a time counted from the first's event or the claim's subject
support a claim without every word stated; a figure or date of one sentence is never lent to
the other's verb."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.joined import governing_verb, joined
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "On 3 May, the ferry company informed the council that it will start withdrawing its "
        "40 boats from the northern route. Two weeks later, the harbour board announced that "
        "its tugs will pull out in the next nine months, sooner than planned.",
        "Kelby remains the most dangerous harbour of the coast, with 312 trawlers wrecked in "
        "storms during the last century. Many of those trawlers sank because of hidden "
        "sandbanks, largely during night crossings.",
        "In 2017 the fishing guild raised its fees. The fishing guild also moved the auction "
        "hall out of Kelby.",
        "The lighthouse keepers staged a strike over unpaid wages. Tourists crowded the "
        "beaches of Tarland that summer.")


@pytest.mark.parametrize("claim, verdict", [
    # the second sentence counts its time from the first's event
    ("The ferry company informed the council on 3 May that it would begin withdrawing its 40 "
     "boats, and two weeks later the harbour board said its tugs would leave within nine "
     "months.", "supported"),
    # "those" refers back: a phrase of the first sentence, the main clause of the next
    ("Kelby, with 312 trawlers wrecked in storms during the last century, saw many of those "
     "trawlers sink because of hidden sandbanks, largely during night crossings.",
     "supported"),
    # a year of one sentence is not lent to the other's verb
    ("The fishing guild moved its auction hall out of Kelby in 2017.", "not_found"),
    # ... while a pair that keeps each fact with its verb supports
    ("The fishing guild, which raised its fees in 2017, moved the auction hall out of Kelby.",
     "supported"),
    ("In 2017 the fishing guild moved its auction hall out of Kelby.", "not_found"),
    # two sentences on other subjects, neither referring to the other, are not one account
    ("The lighthouse keepers staged a strike over unpaid wages, and as a consequence tourists "
     "crowded the beaches of Tarland.", "not_found"),
])
def test_claims_joined_from_two_sentences(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.fixture(scope="module")
def vocab(harbour):
    return vocabulary_for(harbour.analyzer)


@pytest.mark.parametrize("claim, figure, verb", [
    ("The guild moved its hall in 2017.", "2017", "moved"),
    ("In 2017 the guild moved its hall.", "2017", "moved"),
    ("In 2017, the guild moved its hall.", "2017", "moved"),
    ("The board closed the pier, and three days later the guild said it would leave.",
     "three", "said"),
    ("The board closed the pier when the guild left that July.", "July", "left"),
    # past the clause the figure opens, to its own clause's verb
    ("A month before the board closed the pier, the guild left.", "A", "left"),
    # a figure of a description qualifies no verb of the claim's
    ("Norland, described as the second-largest owner, sold its boats.", "second", None),
])
def test_the_verb_a_figure_qualifies(vocab, claim, figure, verb):
    parsed = parse(claim, vocab)
    mention = next(m for m in parsed.mentions if m.text == figure)
    found = governing_verb(parsed, mention)
    assert (found.word if found else None) == verb


@pytest.mark.parametrize("first, second, together", [
    ("The board closed the pier.", "It reopened the pier a year later.", True),
    ("The board closed the pier.", "Two weeks later, the guild left.", True),
    ("The board closed the pier.", "The board then sold the tugs.", True),  # its subject
    ("The board closed the pier.", "Tourists crowded the beaches.", False),
])
def test_two_sentences_joined(vocab, first, second, together):
    claim = parse("The board closed the pier and sold the tugs.", vocab)
    assert joined(claim, parse(first, vocab), parse(second, vocab), frozenset(), frozenset(),
                  vocab) is together
