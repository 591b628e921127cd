"""A claim word the sentence states as written is placed where it is written, not where a
synonym of it stands ("300 people died" ... "most were civilians": "civilians" is the home
clause's own word, in the place of the claim's "militants"), so a claim taking its predicate
from the other clause is still read as straddling (`straddled.word_places`). Invented text."""
from qa.claims.facts import parse
from qa.claims.straddled import straddled
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())

PAIR = ("In June, more than 40 people died during a police raid in Orvik, a port in the north. "
        "The police said all the dead were smugglers, but according to witnesses interviewed "
        "by a local newspaper, most were civilians whom the officers had shot.")


def test_a_synonym_elsewhere_does_not_hide_the_home_clauses_own_word():
    claim = ("According to witnesses interviewed by a local newspaper, most of the more than 40 "
             "people who died in Orvik were smugglers.")
    assert straddled(parse(claim, VOCAB), parse(PAIR, VOCAB), VOCAB)


def test_the_home_clauses_own_claim_is_not_straddled():
    claim = ("According to witnesses interviewed by a local newspaper, most of the more than 40 "
             "people who died in Orvik were civilians.")
    assert not straddled(parse(claim, VOCAB), parse(PAIR, VOCAB), VOCAB)
