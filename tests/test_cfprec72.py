"""Wrong supports of real-world shapes (round 67, branch cfprec72): a superlative the sentence
gives another thing (`superlative_holder`); the claim's verb said of another thing while the
sentence tells the claim's thing the opposite change (`subject_turned`); a flow whose goal
the sentence gives as its source (`flow_ends`). The texts are invented here."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Plain_rivers.txt": (
        "Plain rivers",
        "The Oder is by far the longest river of the Harl plain, even though the Kell drains "
        "a wider basin.",
        "Barges carried timber down both rivers until the railway opened.",
    ),
    "Harl_orchards.txt": (
        "Harl orchards",
        "Around 4,000 people work in the orchards of the valley, with cider pressing being the "
        "largest seasonal employer.",
        "Most of the apples are picked in late September.",
    ),
    "Fen_drainage.txt": (
        "Fen drainage",
        "Wetter winters would raise the water table of the upland bogs, causing the peat domes "
        "to swell, while new ditches on the lowland farms will cause these fields to shrink.",
        "The ditches were dug with grants from the county.",
    ),
    "Salt_marsh.txt": (
        "Salt marsh",
        "Nitrous oxide is drawn from the air by the cordgrass of the marsh, and on average "
        "the marshes of the estuary take up a net 3.4 tonnes of it each year.",
        "The cordgrass also releases oxygen into the water at high tide.",
    ),
    "Brask_moor.txt": (
        "Brask moor",
        "Brask moor is the wettest upland of the county, with rain on two days in three.",
        "Its peat was cut for fuel until 1950.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfprec72-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    # the sentence ranks another river first; the claim's river is told only in an aside
    "The Kell, draining a wider basin, is the longest river of the Harl plain.",
    # the sentence ranks another trade first
    "Apple picking is the largest seasonal employer of the valley.",
])
def test_a_superlative_held_by_another_thing_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The Oder is the longest river of the Harl plain.",
    "Cider pressing is the largest seasonal employer in the valley's orchards.",
    "Brask moor is the wettest upland of the county.",
])
def test_the_thing_the_sentence_ranks_still_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


def test_one_of_several_ranked_withholds_nothing(wiki):
    # "one of the" ranks many: the sentence's thing does not exclude the claim's
    from qa.claims.facts import parse
    from qa.claims.superlative_holder import held_by_another
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(wiki.analyzer)
    claim = parse("The Kell is one of the longest rivers of the plain.", vocab)
    sentence = parse("The Oder is one of the longest rivers of the plain.", vocab)
    assert not held_by_another(claim, sentence, vocab)
    claim = parse("The Kell is the longest river of the plain.", vocab)
    sentence = parse("It is the longest river of the plain.", vocab)
    assert not held_by_another(claim, sentence, vocab)
    # the claim's thing told by a pronoun: the sentence's name may be it
    claim = parse("Forty boats sank in the gale, making it the worst storm of the decade.", vocab)
    sentence = parse("The Ulm gale remains the worst storm of the decade.", vocab)
    assert not held_by_another(claim, sentence, vocab)


@pytest.mark.parametrize("claim", [
    # the claim's change is told of the lowland fields; the peat domes are told to swell
    "Wetter winters are expected to make the upland peat domes shrink.",
])
def test_a_change_told_of_another_thing_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Wetter winters would cause the peat domes of the upland bogs to swell.",
    "New ditches on the lowland farms will cause the fields to shrink.",
])
def test_the_change_told_of_the_claims_thing_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


def test_a_flow_told_the_other_way_does_not_support(wiki):
    # the claim's goal, the air, is the sentence's source; its verb is not the sentence's
    claim = ("On average the marshes of the estuary give off a net 3.4 tonnes of nitrous oxide "
             "into the air each year.")
    assert check(wiki, claim).verdict != "supported"


def test_a_flow_told_the_same_way_still_supports(wiki):
    assert check(wiki, "The cordgrass releases oxygen into the water at high tide.").verdict \
        == "supported"


def test_a_pronoun_before_the_claims_verb_may_be_the_claims_thing():
    # "it had opened the base": "it" may be the mill; the closing told of it withholds nothing
    from qa.claims.facts import parse
    from qa.claims.subject_turned import turned_for_subject
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    claim = parse("The mill opened its store at Varn in 1881.", vocab)
    sentence = parse("In 1890 the mill closed its store at Varn, nine years after it had opened "
                     "the store.", vocab)
    assert not turned_for_subject(claim, sentence)


def test_a_name_may_be_the_thing_the_claim_describes(wiki):
    # "the Harl ferry" described, "Kora" named: the name may be the ferry's
    from qa.claims.facts import parse
    from qa.claims.superlative_holder import held_by_another
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(wiki.analyzer)
    claim = parse("Its hull was rebuilt twice, leaving the Harl ferry as the oldest boat of the "
                  "lake.", vocab)
    sentence = parse("Kora remains the oldest boat of the lake, with a hull rebuilt twice.", vocab)
    assert not held_by_another(claim, sentence, vocab)
    # two names: two things
    claim = parse("Brenn is the oldest boat of the lake.", vocab)
    assert held_by_another(claim, sentence, vocab)
