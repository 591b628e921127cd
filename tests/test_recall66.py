"""recall66 (invented text): a claim's noun stated, for support, by a kindred noun WordNet 3.0
relates in a sense other than the first of both ("envoy" / "representative", "staff" /
"personnel", "closeness" / "proximity"), in the noun's place and where the sentence states the
claim's names, figures and dates (`qa.claims.noun_kin`)."""
import pytest

from qa.claims.facts import parse
from qa.claims.compare import compare
from qa.claims.noun_kin import beside_alike, kin_of, noun_kin_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


@pytest.mark.parametrize("word, kin, related", [
    ("envoy", "representative", True),  # the second sense of "envoy" is a kind of it
    ("envoys", "representative", True),  # read through its singular
    ("staff", "personnel", True),
    ("proximity", "closeness", True),
    ("groups", "people", False),  # "group" is a class of 27 kinds: it states none of them
    ("caused", "cause", False),  # a past verb is no noun
])
def test_kindred_nouns(word, kin, related):
    assert (kin in kin_of(word)) == related


def test_either_side_places_a_noun(vocab):
    # a noun's possessive before it is its "of" complement after it
    claim = parse("The review criticised Kalokol's closeness to the navy.", vocab)
    sentence = parse("The review criticised the proximity of Kalokol to the navy.", vocab)
    i = next(n for n, t in enumerate(claim.tokens) if t.word == "closeness")
    j = next(n for n, t in enumerate(sentence.tokens) if t.word == "proximity")
    assert beside_alike(claim, i, sentence, j)


CHIEF = "In May 2019 the harbour chief of Kalokol closed the pier at Lodwar."


@pytest.mark.parametrize("claim, sentence, kin", [
    (CHIEF, "In May 2019 the harbour secretary of Kalokol closed the pier at Lodwar.", True),
    # a capitalised word is a name's or a title's: no paraphrase of the claim's common noun
    (CHIEF, "In May 2019 the Harbour Secretary of Kalokol closed the pier at Lodwar.", False),
    # a fact of the claim its passage leaves out (Lodwar)
    (CHIEF, "In May 2019 the harbour secretary of Kalokol closed the pier.", False),
    # one typed fact alone does not place the sentence in the claim's event
    ("The harbour chief of Kalokol closed the pier.",
     "The harbour secretary of Kalokol closed the pier.", False),
])
def test_kin_needs_a_common_noun_and_two_facts(claim, sentence, kin, vocab):
    mine, said = parse(claim, vocab), parse(sentence, vocab)
    assert bool(noun_kin_terms(mine, said, compare(mine, said, said, vocab))) == kin


def test_checked_end_to_end(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "In March 2019 the port authority of Kalokol expelled the Lodwar representative "
        "after a long dispute over landing fees.",
        "By June 2020 the fishermen's guild had 1,240 personnel and 310 boats at Kalokol."]
        + OTHER_TOPICS)
    assert check("In March 2019 the port authority of Kalokol expelled the Lodwar envoy "
                 "after a long dispute over landing fees.")["verdict"] == "supported"
    assert check("By June 2020 the fishermen's guild had 1,240 staff and 310 boats at "
                 "Kalokol.")["verdict"] == "supported"
    # a figure the sentence does not state keeps support away, kin or not
    assert check("By June 2020 the fishermen's guild had 2,400 staff and 310 boats at "
                 "Kalokol.")["verdict"] != "supported"
