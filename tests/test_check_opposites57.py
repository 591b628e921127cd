"""Opposites the sources state that the checker did not read as the claim reversed (round 57).

- A claim's verb or adjective against the one WordNet opposes to it through one more link than
  its direct antonyms (`qa.claims.opposite_in_place`: "gained" / "lost", "detained" /
  "released"), standing in the claim word's place in a sentence that states the rest of the
  claim as clearly as any conflicting sentence must (CONTRADICT): the claim's event reversed, so
  a contradiction, whether or not the sentence reached support first. A sentence that states
  less of the rest keeps only support away, and a word of the same meaning stays support.
- A noun denied by its prefix denies the verb it derives from ("noncompliance" / "complied",
  `facts.denied_kin`).
- A past that is a word of its own opposes what its verb's antonym does ("sold" / "bought",
  `opposition.past_antonyms`).

Invented sentences."""
import pytest

from qa.claims.facts import denied_by_prefix, denied_kin, parse
from qa.claims.opposite_in_place import opposite_in_place, opposite_reversed
from qa.claims.opposition import past_antonyms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = [
    "In the spring of 2023 the harbour police of Lindholm released the four trawler crews held "
    "at the customs shed after a week of questioning.",
    "With the closure of the old cannery, the fishing cooperative of Lindholm lost its cold "
    "storage and ice supply, leaving its boats to land catches at the southern pier.",
    "In 2021 the island council dismissed the twelve seasonal wardens of the dune reserve after "
    "a review of its budget.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("opposites57"), "Harbour", HARBOUR)


@pytest.mark.parametrize("claim", [
    # main: not_found (the indirect opposite only kept support away, or never was read where
    # the sentence fell short of support)
    "In the spring of 2023 the harbour police of Lindholm detained the four trawler crews at the "
    "customs shed after a week of questioning.",
    "With the closure of the old cannery, the fishing cooperative of Lindholm gained cold "
    "storage and ice supply.",
    "In 2021 the island council hired the twelve seasonal wardens of the dune reserve.",
])
def test_an_indirect_opposite_in_place_with_the_rest_stated_contradicts(check, claim):
    assert check(claim)["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    "In the spring of 2023 the harbour police of Lindholm freed the four trawler crews held at "
    "the customs shed after a week of questioning.",
    "In 2021 the island council fired the twelve seasonal wardens of the dune reserve.",
])
def test_a_word_of_the_same_meaning_stays_supported(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    # the opposite is in place, but the sentence states too little of the rest of the claim
    # (who, where, when) to be about its event
    "The ferry company hired twelve deckhands for its night crossings to the mainland in 2019.",
])
def test_an_indirect_opposite_with_little_of_the_rest_does_not_contradict(check, claim):
    assert check(claim)["verdict"] != "contradicted"


# a noun denied by its prefix denies its verb too ("noncompliance" / "complied"): WordNet's
# antonym gives the noun, its derivations the verb, which the stemmer keeps apart
DENIED_NOUNS = [
    "The ferry operator's noncompliance with the 2019 mooring code of Lindholm harbour delayed "
    "the inspections of its vessels for a year.",
    "The island council's inaction on the dune erosion left the southern beach closed in 2021.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check_denied(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("denied57"), "Mooring", DENIED_NOUNS)


@pytest.mark.parametrize("claim", [
    # main: not_found (no conflict read: "compli" is not "complianc")
    "The ferry operator complied with the 2019 mooring code of Lindholm harbour.",
    "The island council acted on the dune erosion in 2021.",
])
def test_a_verb_denied_by_its_prefixed_noun_contradicts(check_denied, claim):
    result = check_denied(claim)
    assert result["verdict"] == "contradicted"
    assert result["evidence"][0]["conflicts"][0]["kind"] == "polarity"


def test_the_verb_denied_as_the_noun_is_supported(check_denied):
    assert check_denied("The ferry operator did not comply with the 2019 mooring code of "
                        "Lindholm harbour.")["verdict"] == "supported"


@pytest.mark.parametrize("word, verb", [("noncompliance", "comply"), ("inaction", "act"),
                                        ("disagreement", "agree")])
def test_the_prefix_denies_the_derived_verb(word, verb):
    assert verb in denied_kin(denied_by_prefix(word))


def test_no_function_word_is_denied():
    assert "will" not in denied_kin(denied_by_prefix("unwillingness"))


# a past that is a word of its own ("sold", "rose") opposes what its verb's antonym does:
# "sold" is the past of "sell", whose antonym is "buy"
PASTS = [
    "The harbour board sold the old pilot boat to a maritime museum in 2018.",
    "The fishing cooperative bought two cold stores from the cannery in 2020.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check_pasts(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("pasts57"), "Boats", PASTS)


@pytest.mark.parametrize("claim", [
    # main: the first supported ("bought" / "sold": "sold" never brought back to "sell")
    "The harbour board bought the old pilot boat from a maritime museum in 2018.",
    "The fishing cooperative sold two cold stores to the cannery in 2020.",
])
def test_a_past_against_the_past_of_its_antonym_is_no_support(check_pasts, claim):
    assert check_pasts(claim)["verdict"] != "supported"


@pytest.mark.parametrize("word, opposite", [("sold", "buy"), ("rose", "fall"), ("fell", "rise")])
def test_a_past_takes_its_verbs_antonyms(word, opposite):
    assert opposite in past_antonyms(word)


def reading(claim: str, sentence: str):
    vocab = vocabulary_for(Analyzer())
    texts = parse(claim, vocab), parse(sentence, vocab)
    return (opposite_in_place(*texts, vocab, frozenset()),
            opposite_reversed(*texts, vocab, frozenset()))


def test_an_opposite_the_tables_join_is_a_reversal():
    kept_away, reversed_ = reading("The harbour board detained the four crews in 2019.",
                                   "The harbour board released the four crews in 2019.")
    assert kept_away and reversed_ and reversed_[1].word == "released"


def test_a_change_the_other_way_alone_only_keeps_support_away():
    # "widened" / "trimmed": a kind of increase and one of decrease, which no table opposes
    # as words: support stays away, no contradiction is read from it
    kept_away, reversed_ = reading("The harbour board widened the northern quay in 2019.",
                                   "The harbour board trimmed the northern quay in 2019.")
    assert kept_away and reversed_ is None
