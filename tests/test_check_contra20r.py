"""False claims called not_found (issue 14, round 40): a claim that flips a relation the
sentence states. The corpus is invented: a river port, its pilots, its board and its clinics."""
import pytest

from qa.claims.clauses import contrast_terms, crossed_pair, set_aside_terms, strayed_terms
from qa.claims.facts import parse
from qa.claims.reversed_manner import manner_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    # a "without" phrase (`qa.claims.without`)
    "This was clear when the pilot service was extended to the eastern docks without the "
    "provision of additional tugboats.",
    # a noun denied with how many of it there are ("no ... village")
    "No coastal village has suffered the flooding seen in Marrow, across the estuary, where "
    "the harbour was closed by a six-week flood.",
    # unanimity and abstentions
    "On 4 March 2011 the harbour board renewed the pilots' licence by unanimously adopting "
    "Motion 17.",
    # a denial with a degree adverb beside it
    "The rural clinics were heavily reliant on the ferry to move about the estuary and to "
    "reach patients in the marshes.",
    # an alternative set against the claim's fact ("support, not substitute")
    "The port police are there to support, not replace, the river wardens.",
    # two clauses set against each other ("while")
    "While most port pilots were housed in the old town, the dock workers settled in the "
    "coastal villages, leaving the night shifts short of crews.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # the phrase the sentence puts after "without", affirmed by the claim: placed by its own
    # words, in any order of the rest
    ("The extension of the pilot service to the eastern docks was accompanied by a generous "
     "provision of additional tugboats.", "contradicted"),
    ("The pilot service was extended to the eastern docks without additional tugboats.",
     "supported"),
    # a negation before the phrase in its clause denies it as "without" does
    ("The extension of the pilot service to the eastern docks was not accompanied by a "
     "provision of additional tugboats.", "supported"),
    # "no village" denies "numerous villages": "numerous" is part of the reversal
    ("Numerous coastal villages have suffered long floods like Marrow's.", "contradicted"),
    # "abstentions" excludes "unanimously"
    ("Motion 17, which renewed the pilots' licence in March 2011, was adopted with several "
     "abstentions.", "contradicted"),
    # "largely" beside the claim's denial is part of it
    ("The rural clinics could move about the estuary largely without relying on the ferry.",
     "contradicted"),
    # the claim's "rather than" is stated by the sentence's "not"
    ("The port police are there to replace, rather than support, the river wardens.",
     "contradicted"),
    ("The port police are there to support rather than replace the river wardens.",
     "supported"),
    ("The port police are there to support the river wardens rather than replace them.",
     "supported"),
    # the sentence pairs each clause's actor with the other's place
    ("Most port pilots were housed in the coastal villages, while the dock workers settled "
     "in the old town.", "contradicted"),
    ("The dock workers settled in the coastal villages, while most port pilots were housed "
     "in the old town.", "supported"),
])
def test_verdicts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Port", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload


VOCAB = vocabulary_for(Analyzer())


def test_a_degree_adverb_beside_a_denial_in_words_is_part_of_it():
    # "largely" beside "without relying" (a conflict of two words) is not left to the rest
    claim = parse("The clinics could move about largely without relying on the ferry.", VOCAB)
    conflict = Conflict("without relying", "reliant", ConflictKind.POLARITY, (0, 7))
    assert manner_terms(claim, [conflict], parse("Nothing here.", VOCAB)) == {"larg"}


@pytest.mark.parametrize("denial, expected", [
    ("No coastal village", {"numer"}),  # "no" denies how many too
    ("coastal villages", set()),  # not denied by a determiner: "numerous" stays a fact
])
def test_a_quantifier_of_a_noun_denied_by_no(denial, expected):
    claim = parse("Numerous coastal villages have suffered long floods.", VOCAB)
    conflict = Conflict("villages", denial, ConflictKind.POLARITY, (0, 7))
    assert manner_terms(claim, [conflict], parse("Nothing here.", VOCAB)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The police are there to support, not replace, the wardens.", {"rather"}),
    ("The police are there instead of the wardens.", {"rather"}),
    ("The police are there to support the wardens.", set()),  # no contrast of its own
    ("The police did not replace the wardens.", set()),  # a verb denied: no alternative
])
def test_the_claims_rather_is_stated_by_a_contrast(sentence, expected):
    claim = parse("The police are there to replace, rather than support, the wardens.", VOCAB)
    assert contrast_terms(claim, parse(sentence, VOCAB)) == expected


def test_a_word_set_aside_after_rather_than_is_denied():
    # "support rather than replace" denies "replace" as "support, not replace" does
    text = parse("They support rather than replace the wardens.", VOCAB)
    assert set_aside_terms(text) == {"replac", "warden"}
    assert set_aside_terms(parse("They support the wardens.", VOCAB)) == frozenset()


def test_a_tied_clause_is_at_home_where_the_other_is_not():
    # the claim's first clause has one word in each clause of the sentence; its second is
    # at home in the sentence's second, so the first is at home in the first, and "coastal"
    # strays into the second
    claim = parse("Most pilots were lodged in coastal villages, while the dock workers "
                  "settled in the old town.", VOCAB)
    sentence = parse("While most pilots were housed in the old town, the dock workers "
                     "settled in the coastal villages.", VOCAB)
    found = crossed_pair(claim, sentence, VOCAB)
    assert found is not None and found[0].word == "coastal"
    assert strayed_terms(claim, found[0]) == {"coastal", "villag"}
