"""Round 62 (branch span62): a claim whose facts two neighbouring sentences state, the second
going on about the first's event by a connective of consequence ("Hence, ...") or by a
definite noun the first names ("The pilot service, ..."), `qa.claims.continued`. Invented
sentences.

- such a pair supports the claim though it words a gradable adjective otherwise ("difficult"
  / "rocky");
- it never lets a noun, a verb or a name go unsaid ("a flood" / "a fire").
"""
import pytest

from qa.claims.check import check
from qa.claims.continued import follows_from, graded_only, named_again
from qa.claims.facts import parse_text
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A rocky first season and rising fuel costs showed that the Velden ferry company "
        "needed a larger fleet. Hence, on 4 May 2016 the board renewed and amended "
        "the route plan by unanimously approving Resolution 12.",
        "The Ostvik Pilot Service (OPS) was founded by the Kelvik harbour board in March "
        "2011 to guide tankers through the estuary. The pilot service, initially staffed by "
        "14 pilots, was later merged into the Velden coast guard.")


@pytest.mark.parametrize("claim", [
    "The board renewed and amended the route plan on 4 May 2016 by unanimous "
    "approval of Resolution 12, after a difficult first season showed the need for a "
    "larger fleet.",
])
def test_continued_pair_supports(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # a noun of the claim the pair words otherwise
    "The board renewed and amended the route plan on 4 May 2016 by unanimous "
    "approval of Resolution 12, after a difficult first season showed the need for a "
    "larger harbour.",
    # a verb of the claim the pair does not state
    "The board renewed and amended the route plan on 4 May 2016 by unanimous "
    "approval of Resolution 12, after a difficult first season delayed the larger fleet.",
])
def test_continued_pair_lends_no_noun_or_verb(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_what_continues():
    vocab = vocabulary_for(Analyzer())
    first = parse_text("The Ostvik Pilot Service was founded in March 2011.", vocab)
    assert follows_from(parse_text("Hence, the board hired 14 pilots.", vocab))
    assert follows_from(parse_text("As a result, the board hired 14 pilots.", vocab))
    assert not follows_from(parse_text("In 2012, the board hired 14 pilots.", vocab))
    assert named_again(first, parse_text("The pilot service hired 14 pilots.", vocab),
                       vocab, {})
    assert named_again(parse_text("The OPS was founded in March 2011.", vocab),
                       parse_text("In 2012 the service hired 14 pilots.", vocab), vocab,
                       {"ops": "Ostvik Pilot Service"})
    assert not named_again(first, parse_text("The coast guard hired 14 pilots.", vocab),
                           vocab, {})
    claim = parse_text("A difficult first season showed the need for a larger fleet.", vocab)
    assert graded_only(claim, set(vocab.analyzer.terms("difficult")))
    assert not graded_only(claim, set(vocab.analyzer.terms("fleet")))
