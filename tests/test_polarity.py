"""A relation stated the other way round in words of opposite polarity (`qa.claims.polarity`):
"eased" / "obstructing" are no antonyms in WordNet, but one is good and the other bad for the
same thing. The claims are about a small corpus written here."""
import pytest

from tests.helpers.corpora import open_written
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.polarity import opposed_polarity, polarity
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

SENTENCE = ("By 2019 the county officials were increasingly obstructing the use of river barges "
            "by the relief agency, including the small ferries it needed for medical evacuations.")
DOCS = {
    "valley.txt": "The Relief Agency in the Valley\n\n" + SENTENCE + "\n\n"
                  "The agency's warehouse in Lodwar stored maize for three districts.\n",
    "markets.txt": "Markets\n\nTraders in the valley sold cattle every week.\n\n"
                   "The market in Lodwar closed during the rainy season.\n",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return open_written(tmp_path_factory, "polarity", DOCS)


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def test_a_word_takes_the_polarity_of_its_rating_its_base_form_or_its_synonyms():
    assert polarity("welcomed") == 1 and polarity("disputed") == -1  # rated by VADER
    assert polarity("obstructing") == -1  # obstruct -> block, hinder
    assert polarity("facilitated") == 1  # facilitate -> ease
    assert polarity("allow") == 0  # too mild a rating (0.9) to reverse anything
    assert polarity("barges") == 0


def test_an_irregular_verb_form_takes_the_verbs_sense_not_an_adjectives():
    # "spent" and "fell" are adjectives too ("exhausted", "cruel"): as predicates they are
    # the verbs spend and fall, which no rating makes negative; "lost" stays lose's
    assert polarity("spent") == 0 and polarity("fell") == 0
    assert polarity("lost") == -1 and polarity("won") == 1


def test_a_neutral_irregular_verb_is_no_reversal(vocab):
    assert pair("Most of the harbour budget was spent repairing the old pier.",
                "Most of the harbour budget was devoted to repairing the old pier.", vocab) is None


def pair(claim: str, sentence: str, vocab):
    found = opposed_polarity(parse(claim, vocab), parse(sentence, vocab), vocab)
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("claim, words", [
    ("By 2019 the county officials progressively eased restrictions on the relief agency's "
     "river barges.", ("eased", "obstructing")),
    ("By 2019 the county officials increasingly facilitated the use of river barges by the "
     "relief agency.", ("facilitated", "obstructing")),
    # the word after it moved ("the agency's use of" / "the use of ... by the agency"): the
    # next stated word on that side places it
    ("By 2019 the county officials increasingly facilitated the agency's use of river barges.",
     ("facilitated", "obstructing")),
])
def test_a_predicate_of_opposite_polarity_in_the_claim_words_place_is_found(claim, words,
                                                                          vocab):
    assert pair(claim, SENTENCE, vocab) == words


@pytest.mark.parametrize("claim, sentence", [
    # a negated word has the polarity it denies: "not obstructing" agrees with "facilitated"
    ("The county officials increasingly facilitated the use of river barges.",
     "The county officials were not increasingly obstructing the use of river barges."),
    ("The county officials did not facilitate the use of river barges.",
     "The county officials were increasingly obstructing the use of river barges."),
    # a word of the other polarity elsewhere in the sentence is about something else
    ("The county officials increasingly facilitated the use of river barges.",
     "The county officials increasingly facilitated the use of river barges, despite the "
     "floods that were damaging the roads."),
    # nouns and capacities are no predicates: their polarity says nothing of the relation
    ("The board asked for a rapid force able to fight bandits effectively.",
     "The board asked for a rapid force capable of effectively combating bandits."),
])
def test_no_reversal_where_the_polarities_agree_or_stand_elsewhere(claim, sentence, vocab):
    assert pair(claim, sentence, vocab) is None


def test_a_claim_stated_with_its_relation_reversed_is_contradicted_not_supported(searcher):
    result = check(searcher, "By 2019 the county officials were increasingly facilitating the "
                             "use of river barges by the relief agency, including the small "
                             "ferries it needed for medical evacuations.")
    assert result.verdict == "contradicted", result
    conflict = result.evidence[0].conflicts[0]
    assert (conflict.claim, conflict.source, conflict.kind) \
        == ("facilitating", "obstructing", "relation")


def test_a_reversal_in_a_sentence_stating_less_of_the_claim_blocks_support(searcher):
    result = check(searcher, "By 2019 the county officials progressively eased restrictions on "
                             "the relief agency's river barges.")
    assert result.verdict != "supported", result


def test_an_irregular_form_used_as_a_verb_is_rated_as_that_verb(vocab):
    # "spent" the adjective is "exhausted" (negative); as a verb it is a form of "spend",
    # which has no polarity: "was spent protecting" is no reversal of "was devoted to"
    assert polarity("spent") == 0
    assert polarity("fought") == polarity("fight")
    assert pair("Most of the agency's budget was spent repairing the river barges.",
                "Most of the agency's budget was devoted to repairing the river barges.",
                vocab) is None


def test_a_reversal_in_the_claim_words_place_contradicts_a_sentence_stating_less(searcher):
    # the sentence states less of the claim than a reversal found anywhere needs (REVERSAL),
    # but "obstructing" stands where the claim has "eased" and the rest of the claim is there
    result = check(searcher, "By 2019 the county officials progressively eased restrictions on "
                             "the relief agency's river barges, including the small ferries it "
                             "needed for medical evacuations.")
    assert result.verdict == "contradicted", result
    conflict = result.evidence[0].conflicts[0]
    assert (conflict.claim, conflict.source) == ("eased", "obstructing")
    # the same reversal with most of the claim elsewhere: another event, not contradicted
    result = check(searcher, "By 2019 the county officials progressively eased restrictions on "
                             "cattle markets, letting traders from three districts sell maize "
                             "every week in Lodwar.")
    assert result.verdict == "not_found", result
