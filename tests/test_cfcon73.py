"""A denial of the claim's own thing, read as a denial of another kind of it (`qualified`):
"another kind" took the word after "of" for a noun of its own where it only qualifies the noun
after it ("no trend of rising losses": the trend is of losses), where it points back ("no
proof of either"), or where the claim names the noun "or" joins to it ("no proof of bribery or
careless bookkeeping"), and the contradiction was dropped. A sentence on another kind of the
thing keeps no support and gives no contradiction. The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.compound_place import compound_place
from qa.claims.facts import parse
from qa.claims.qualified import coordinated, past_modifiers
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Ostrava_levee_survey.txt": (
        "Ostrava levee survey",
        "A 2019 survey of levees along the Oder found no lasting trend of rising flood losses.",
    ),
    "Carnic_period.txt": (
        "Carnic period",
        "Dune fields and salt flats were expected in the basin, yet the Carnic survey found no "
        "trace of either.",
    ),
    "Harbour_audit.txt": (
        "Harbour audit",
        "Three auditors examined the harbour accounts and found no proof of bribery or careless "
        "bookkeeping.",
    ),
    "Tessel_gauge.txt": (
        "Tessel gauge",
        "The Tessel gauge shows no trend in the rate of rapid silting.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfcon73-wiki", ARTICLES)


def test_a_trend_denied_of_rising_losses_contradicts_an_upward_trend(wiki):
    claim = "The 2019 Oder levee survey showed a steady upward trend in flood losses."
    assert check(wiki, claim).verdict == "contradicted"


def test_a_trace_denied_of_either_contradicts_clear_traces(wiki):
    claim = "The Carnic survey found a clear trace of dune fields in the basin."
    assert check(wiki, claim).verdict == "contradicted"


def test_proof_denied_of_two_joined_things_contradicts_proof_of_one(wiki):
    claim = "Three auditors examined the harbour accounts and found clear proof of careless " \
        "bookkeeping."
    assert check(wiki, claim).verdict == "contradicted"


def test_the_same_denial_still_supports(wiki):
    claim = "Three auditors examined the harbour accounts and found no proof of bribery."
    assert check(wiki, claim).verdict == "supported"


def test_another_kind_of_rate_stays_unsupported(wiki):
    # the sentence's rate is of silting ("rapid" passed over), the claim's of erosion:
    # neither support nor conflict
    claim = "The Tessel gauge shows a clear trend in the erosion rate."
    assert check(wiki, claim).verdict == "not_found"


def test_an_adjective_before_a_noun_is_passed_over():
    sentence = parse("They found no trend of rising flood losses.", _vocab())
    tokens = sentence.tokens
    start = [t.word for t in tokens].index("rising")
    assert tokens[past_modifiers(tokens, start)].word == "flood"


def test_an_adverb_in_the_nouns_place_names_no_kind():
    sentence = parse("But there is no trace of either.", _vocab())
    tokens = sentence.tokens
    assert past_modifiers(tokens, [t.word for t in tokens].index("either")) is None


def test_nouns_joined_by_or_are_read_together():
    sentence = parse("They found no proof of bribery or careless bookkeeping.", _vocab())
    bribery = next(t for t in sentence.tokens if t.word == "bribery")
    assert [t.word for t in coordinated(sentence, bribery)] == ["bribery", "bookkeeping"]


def _vocab():
    return vocabulary_for(Analyzer())


# -- opposites qualifying one thing written two ways (`compound_place`), and the article of
# -- another thing of the claim's kind (`titled_other`)

EPOCHS = {
    "Lumen_Stage.txt": (
        "Lumen Stage",
        "During this stage, little snow fell anywhere, with a smaller gap in pressure from the "
        "coast to the highlands.",
    ),
}


@pytest.fixture(scope="module")
def epochs(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfcon73-epochs", EPOCHS)


def test_a_compound_and_its_of_phrase_place_the_opposites(epochs):
    claim = "The Lumen Stage had a larger pressure gap between the coast and the highlands " \
        "than today."
    assert check(epochs, claim).verdict == "contradicted"


def test_another_titled_thing_does_not_contradict(epochs):
    # the sentence's subject is the article's, the Lumen Stage: no conflict with the Varro
    claim = "The Varro Stage had a larger pressure gap between the coast and the highlands " \
        "than today."
    assert check(epochs, claim).verdict == "not_found"


def test_compound_place_reads_both_ways():
    vocab = _vocab()
    claim = parse("It had a larger gap in pressure than today.", vocab)
    sentence = parse("It had a smaller pressure gap than today.", vocab)
    mine = next(t for t in claim.tokens if t.word == "larger")
    theirs = next(t for t in sentence.tokens if t.word == "smaller")
    assert compound_place(claim, mine, sentence, theirs, vocab)
    other = parse("It had a smaller pressure drop than today.", vocab)
    theirs = next(t for t in other.tokens if t.word == "smaller")
    assert not compound_place(claim, mine, other, theirs, vocab)
