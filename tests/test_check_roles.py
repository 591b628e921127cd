"""A claim's quantifier ("most", "nearly all", "few"), a comparison before "than", the actor a
sentence's pronoun stands for and the name after a verb and preposition are facts a supporting
sentence must state (`qa.claims.quantifiers`, `qa.claims.comparisons`, `qa.claims.antecedents`,
`qa.claims.slots`). The claims are about small corpora written here."""
import pytest

from qa.claims.antecedents import another_antecedent
from qa.claims.compare import compare
from qa.claims.comparisons import reversed_comparison, unstated_multiple
from qa.claims.facts import parse
from qa.claims.quantifiers import FEW, MOST, SOME, quantities, unstated_quantity
from qa.claims.slots import another_in_place
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text):
    return parse(text, VOCAB)


@pytest.mark.parametrize("text, kinds", [
    ("Most of the fishermen sold their boats.", [MOST]),
    ("Most fishermen sold their boats.", [MOST]),
    ("The majority of the fishermen stayed.", [MOST]),
    ("Nearly all boats returned before dark.", [MOST]),
    ("Almost every harbour was closed.", [MOST]),
    ("Relatively few villagers own a boat.", [FEW]),
    ("Only a minority of the crews were trained.", [FEW]),
    # a part of no stated size (`quantifiers.SOME`): "a few", "several", "some of"
    ("A few villagers own a boat.", [SOME]),
    ("Quite a few villagers own a boat.", [SOME]),
    ("Several villagers own a boat.", [SOME]),
    ("Some of the villagers own a boat.", [SOME]),
    # not a quantity of a group: a superlative, a bound, a figure's hedge, a span of time
    ("It was the most dangerous crossing.", []),
    ("At most 30 boats were registered.", []),
    ("Some 300 villagers own a boat.", []),
    ("Some thirty villagers own a boat.", []),
    ("Only a few villagers own a boat.", [FEW]),
    ("Over the past few years the harbour grew.", []),
    ("Within a few weeks the pier reopened.", []),
    ("In the next few months the board will vote.", []),
    ("The pier was mostly rebuilt.", []),
])
def test_quantifiers_and_their_class(text, kinds):
    assert [kind for kind, _ in quantities(parsed(text))] == kinds


@pytest.mark.parametrize("claim, sentence, fires", [
    # the claim's quantifier unstated, the sentence speaking of what it quantifies
    ("Most of the ferry crews in Lodwar were Turkana.",
     "A Turkana clinic opened near the ferry crews' quarters in Lodwar.", True),
    ("Nearly all fishing crews had trained for storms before the season.",
     "Many fishing crews had not trained for storms before the season.", True),
    # stated by the same class, or by a share
    ("Most of the ferry crews in Lodwar were Turkana.",
     "The majority of ferry crews in Lodwar were Turkana.", False),
    ("Most of the ferry crews in Lodwar were Turkana.",
     "About 70 percent of the ferry crews in Lodwar were Turkana.", False),
    # the sentence's "few" against a claim of the whole
    ("Swahili is widely spoken in Lodwar.", "Relatively few people in Lodwar speak Swahili.",
     True),
    ("A large number of people in Lodwar speak Swahili.",
     "Relatively few people in Lodwar speak Swahili.", True),
    # "few" of something the claim does not speak of; "few" in the claim as well
    ("Whole sheds had to be brought to Lodwar by barge.",
     "There were very few workshops, so entire sheds had to be brought to Lodwar by barge.",
     False),
    ("The harbour master is one of the few officials trusted by both guilds.",
     "The harbour master is among few officials trusted by both guilds.", False),
    # no quantifier on either side
    ("Swahili is spoken in Lodwar.", "People in Lodwar speak Swahili.", False),
])
def test_unstated_quantity(claim, sentence, fires):
    assert bool(unstated_quantity(parsed(claim), parsed(sentence), VOCAB)) == fires


@pytest.mark.parametrize("claim, sentence, fires", [
    ("The crews left later than planned.",
     "Two days later, the crews announced they would leave earlier than planned.", True),
    ("The new ferry is larger than the old one.", "The new ferry is smaller than the old one.",
     True),
    ("The ferry carried more passengers than the barge.",
     "The ferry carried fewer passengers than the barge.", True),
    # the same comparison, or one that does not reverse it
    ("The crews left later than planned.", "The crews left later than planned, in May.", False),
    ("The new fuel is more polluting than diesel.",
     "The new fuel has an emission factor greater than diesel.", False),
    # a figure's bound is no comparison; an alternative neither
    ("More than 300 boats were registered.", "Fewer than 300 boats were registered.", False),
    ("The crews sailed at night rather than at dawn.",
     "The crews sailed at dawn, earlier than the barges.", False),
])
def test_reversed_comparison(claim, sentence, fires):
    assert bool(reversed_comparison(parsed(claim), parsed(sentence), VOCAB)) == fires


PIER = ("In May, Kenya said it would withdraw its patrol boats from the lake. Meanwhile, "
        "Uganda, the largest contributor of crews, is waiting. In June, it suspended the "
        "patrols of its 40-strong flotilla, citing two drownings.")


@pytest.mark.parametrize("claim, fires", [
    # "its" stands for Uganda, named in the sentence before, not for Kenya
    ("Kenya's flotilla suspended its patrols in June.", True),
    ("Uganda's flotilla suspended its patrols in June.", False),
])
def test_a_pronoun_stands_for_the_name_before_it(claim, fires):
    passage = parsed(PIER)
    sentence = parsed("In June, it suspended the patrols of its 40-strong flotilla, citing two "
                      "drownings.")
    found = compare(parsed(claim), sentence, passage, VOCAB)
    assert bool(another_antecedent(found, parsed(claim), sentence, passage, set(), VOCAB)) \
        == fires


def test_the_sentence_before_naming_the_claims_actor_leaves_the_pronoun_to_it():
    passage = parsed("Kenya met Uganda in May. In June, it suspended the patrols of its "
                     "flotilla.")
    sentence = parsed("In June, it suspended the patrols of its flotilla.")
    claim = parsed("Kenya suspended the patrols of its flotilla in June.")
    found = compare(claim, sentence, passage, VOCAB)
    assert another_antecedent(found, claim, sentence, passage, set(), VOCAB) is None


LAKE = ["Relatively few people in Lodwar speak Swahili, which complicates the work of the "
        "ferry crews with the harbour board.",
        "The ferry crews left the harbour earlier than planned, in March 2019."]


def test_quantities_and_comparisons_keep_support_away(tmp_path):
    check_in = checker(tmp_path, "Lake", LAKE + OTHER_TOPICS)
    assert check_in("Swahili is widely spoken in Lodwar, which eases the work of the ferry "
                    "crews with the harbour board.")["verdict"] != "supported"
    assert check_in("The ferry crews left the harbour later than planned, in March 2019."
                    )["verdict"] != "supported"
    # the same facts as the sentences give them
    assert check_in("The ferry crews left the harbour earlier than planned, in March 2019."
                    )["verdict"] == "supported"
    assert check_in("Few people in Lodwar speak Swahili, which complicates the work of the "
                    "ferry crews.")["verdict"] == "supported"


@pytest.mark.parametrize("claim, sentence, fires", [
    ("Most of the crews had been transferred from the Lake Patrol to the new fleet.",
     "Many crews, most of whom had been transferred from the Coast Watch, joined the new fleet.",
     True),
    ("The survey was funded by the Harbour Trust.", "The survey was funded by Oxfam.", True),
    # the claim's name stated too: a list, not a replacement
    ("The survey was funded by the Harbour Trust.",
     "The survey was funded by Oxfam and the Harbour Trust.", False),
    # another word before the preposition: another relation
    ("The survey was funded by the Harbour Trust.",
     "The survey was published by Oxfam in May.", False),
    # the corpus's setting may go unsaid
    ("The survey was funded by the Harbour Trust.", "The survey was funded by Oxfam.", False),
])
def test_another_name_in_the_claims_place(claim, sentence, fires):
    background = {"Harbour Trust"} if not fires and "Oxfam." in sentence else set()
    assert bool(another_in_place(parsed(claim), parsed(sentence), VOCAB, background)) == fires


@pytest.mark.parametrize("claim, fires", [
    # the claim's subject only an item of the sentence's list
    ("The Reef Guild was formed as a breakaway group of the Net Union.", True),
    # the list as the claim's subject, or the subject not opening the claim
    ("The Coast Watch, the Reef Guild and the Net Union marched on the pier in May.", False),
    ("In May, the Reef Guild marched on the pier.", False),
])
def test_a_subject_named_only_in_a_list(claim, fires):
    from qa.claims.listed import subject_listed
    sentence = parsed("When fishing groups such as the Coast Watch, the Reef Guild (RG), and "
                      "the Net Union marched on the pier in May, the board closed it.")
    assert subject_listed(parsed(claim), sentence) == fires


def test_a_name_in_a_list_supports_only_what_the_list_is_said_to_do(tmp_path):
    check_in = checker(tmp_path, "Guilds", [
        "When fishing groups such as the Coast Watch, the Reef Guild (RG), and the Net Union "
        "marched on the pier in May 2019, the harbour board closed it."] + OTHER_TOPICS)
    assert check_in("The Reef Guild was formed as a breakaway group of the Net Union."
                    )["verdict"] != "supported"
    assert check_in("The Reef Guild and other fishing groups marched on the pier in May 2019."
                    )["verdict"] == "supported"


@pytest.mark.parametrize("claim, sentence, fires", [
    # the sentence multiplies what the claim speaks of; the claim states no multiple
    ("The harbour is roughly the size of Lodwar's old port.",
     "The harbour is more than three times the size of Lodwar's old port.", True),
    ("The new pier is smaller than the Kalokol pier.",
     "The new pier is twice as long as the Kalokol pier.", True),
    ("Ferry traffic grew in line with the catch.",
     "Ferry traffic saw a fourfold rise, far above the catch.", True),
    # the claim states a multiple of its own (a different one is a figure's conflict)
    ("The harbour is three times the size of Lodwar's old port.",
     "The harbour is more than three times the size of Lodwar's old port.", False),
    # the multiple speaks of something the claim does not mention
    ("The harbour employs 300 dockers.",
     "The harbour employs 300 dockers, three times as many as in 2010.", False),
    # "times" that counts no multiple
    ("The ferry crossed the bay in May.",
     "At times the ferry crossed the bay in May.", False),
])
def test_unstated_multiple(claim, sentence, fires):
    assert bool(unstated_multiple(parsed(claim), parsed(sentence), VOCAB)) == fires


def test_a_sentence_multiplying_what_the_claim_compares_does_not_support(tmp_path):
    texts = ["The new harbour at Kalokol is more than three times the size of Lodwar's old "
             "port, and it serves the whole northern coast."]
    check_in = checker(tmp_path, "Harbour", texts + OTHER_TOPICS)
    payload = check_in("The new harbour at Kalokol is roughly the size of Lodwar's old port.")
    assert payload["verdict"] != "supported", payload
    assert check_in("The new harbour at Kalokol serves the whole northern "
                    "coast.")["verdict"] == "supported"
