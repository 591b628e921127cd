"""False claims called not_found (issue 14, round 35): a sentence that dates its event by
pointing back ("have since remained", "had until then been"), against a claim that spells the
time out in an adjunct of its own (`qa.claims.referred`); a claim of routine against a source
that restricts the same deed with "only", where the claim's other verbs are reworded
(`qa.claims.restricted`); the many against the few (`quantifiers.reversed_quantity`); a
country on either side of the noun it qualifies (`compare.turned_role`). The corpus is
invented: a harbour, its ferries and its tugs."""
import pytest

from qa.claims.compare import turned_role
from qa.claims.facts import parse
from qa.claims.quantifiers import reversed_quantity
from qa.claims.referred import adjunct, referred_side, referred_terms
from qa.claims.restricted import restricted
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

TEXTS = [
    "In 2016 the ferry board added a second night route to the harbour timetable. Despite "
    "the much wider timetable, the harbour's crew and pilot levels have since remained "
    "unchanged.",
    "The new route marked a big shift for the harbour, which had until then been "
    "overwhelmingly focused on guarding the eastern docks of Velm.",
    "As a general rule the fishing cooperatives only approve the use of tug escorts as a last "
    "resort, and they keep a strict no towing policy.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # the claim's "since" clause is the time the sentence's "have since" points back to
    ("Since the ferry board added a second night route in 2016, the harbour's crew and pilot "
     "levels have been raised considerably.", "contradicted"),
    ("The harbour's crew and pilot levels were raised considerably after the ferry board "
     "added a second night route in 2016.", "contradicted"),
    # the adjunct's words the sentence states ("the much wider timetable") still count
    ("After the much wider timetable, the harbour's crew and pilot levels were substantially "
     "increased.", "contradicted"),
    # the referred time lends no support: a support states the claim's date itself
    ("Since 2016 the harbour's crew and pilot levels have remained unchanged.", "not_found"),
    # "until then" points back to an end: the claim's "Before 2016"
    ("Before 2016 the harbour was overwhelmingly focused on guarding the western docks of "
     "Velm.", "contradicted"),
    # the claim's other verb reworded ("welcome"), its verb of routine the one the sentence's
    # "only" restricts, before or after its object (`qa.claims.restricted`)
    ("The fishing cooperatives generally welcome tug escorts and routinely use them.",
     "contradicted"),
    ("The fishing cooperatives generally welcome tug escorts and use them routinely.",
     "contradicted"),
])
def test_verdicts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Harbour", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload


@pytest.mark.parametrize("claim, sentence, terms", [
    # "have since": the claim's start adjunct, at its start or after its main clause
    ("Since the board added a route in 2016, crew levels have grown.",
     "Crew levels have since remained unchanged.", {"since", "board", "ad", "rout", "2016"}),
    ("Crew levels grew after the board added a route in 2016.",
     "Crew levels have since remained unchanged.", {"board", "ad", "rout", "2016"}),
    # "since" with an object of its own dates the sentence itself: nothing is referred
    ("Since the board added a route in 2016, crew levels have grown.",
     "Crew levels have remained unchanged since the storm.", set()),
    # an end against a start: "until then" is no "since"
    ("Since the board added a route in 2016, crew levels have grown.",
     "Crew levels had until then remained unchanged.", set()),
    # a claim with no time adjunct
    ("Crew levels have grown considerably.", "Crew levels have since remained unchanged.",
     set()),
])
def test_the_referred_adjunct(claim, sentence, terms):
    claim_, sentence_ = parse(claim, VOCAB), parse(sentence, VOCAB)
    found = referred_terms(claim_, sentence_)
    assert {t[:4] for t in found} == {t[:4] for t in terms}, found


def test_adjunct_and_side():
    assert adjunct(parse("Before 2016 the harbour was focused on the docks.", VOCAB))[2] == "end"
    assert adjunct(parse("The docks closed.", VOCAB)) is None
    assert referred_side(parse("Levels had until then stayed low.", VOCAB)) == {"end"}
    assert referred_side(parse("Levels have since stayed low.", VOCAB)) == {"start"}
    assert referred_side(parse("Levels have stayed low since May.", VOCAB)) == set()


@pytest.mark.parametrize("claim, found", [
    ("The cooperatives use tug escorts routinely.", True),
    ("The cooperatives routinely use tug escorts.", True),
    # the adverb closes no clause: it goes with what follows, not with "use"
    ("The cooperatives use tug escorts routinely in winter.", False),
])
def test_the_verb_of_an_adverb_of_routine(claim, found):
    sentence = parse("The cooperatives only approve the use of tug escorts as a last resort.",
                     VOCAB)
    assert bool(restricted(parse(claim, VOCAB), sentence, VOCAB)) == found


@pytest.mark.parametrize("claim, sentence, words", [
    # the many, by an adverb before its verb, a pair or a word, against the sentence's few
    ("Welsh is widely spoken in Velm.", "Relatively few people in Velm speak Welsh.",
     ("widely", "few")),
    ("A large number of people in Velm speak Welsh.",
     "Relatively few people in Velm speak Welsh.", ("number", "few")),
    ("Lots of people in Velm speak Welsh.", "Only a few people in Velm speak Welsh.",
     ("Lots", "few")),
    # a claim that says few of something itself sets its many against that few
    ("Many ferries lack pilots, while few people in Velm speak Welsh.",
     "Relatively few people in Velm speak Welsh.", None),
    # the few of something else: what each quantifies must be the other's
    ("Welsh is widely spoken in Velm.", "Few ferries call at Velm in winter.", None),
    # "a few" is some, not few; "widely" after its verb is no many ("varied widely")
    ("Welsh is widely spoken in Velm.", "A few people in Velm speak Welsh.", None),
    ("Prices in Velm varied widely.", "Few prices in Velm varied.", None),
])
def test_the_many_against_the_few(claim, sentence, words):
    found = reversed_quantity(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert (found and (found[0].word, found[1].word)) == (words and words), found


def test_the_many_against_the_few_contradicts(tmp_path):
    check = checker(tmp_path, "Velm", [
        "Relatively few people in Velm speak Welsh, complicating the harbour's dealings with "
        "the port council and the local traders."] + OTHER_TOPICS)
    assert check("Welsh is widely spoken in Velm, which eases the harbour's dealings with the "
                 "port council.")["verdict"] == "contradicted"
    assert check("Few people in Velm speak Welsh.")["verdict"] == "supported"


@pytest.mark.parametrize("claim, sentence, turned", [
    # an adjective or owner before the noun against a country after "with" / "of"
    ("The ferry zone reached the border with Chile.", "The ferry zone reached the Peruvian "
     "border.", True),
    ("The ferry zone reached Chile's border.", "The ferry zone reached the border of Peru.",
     True),
    # another noun each side: not one part
    ("The ferry zone reached the border with Chile.", "The ferry zone hired Peruvian pilots.",
     False),
    # the same side in both is `same_role`'s own reading
    ("The ferry zone reached the Chilean border.", "The ferry zone reached the Peruvian "
     "border.", False),
])
def test_countries_on_either_side_of_their_noun(claim, sentence, turned):
    claim_, sentence_ = parse(claim, VOCAB), parse(sentence, VOCAB)
    mine = next(m for m in claim_.mentions if m.kind == "country")
    theirs = next(m for m in sentence_.mentions if m.kind == "country")
    assert turned_role(claim_, mine, sentence_, theirs, VOCAB) == turned
