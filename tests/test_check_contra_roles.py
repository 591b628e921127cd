"""Contradictions that were another event or another role, not the claim's reversed (round 28):
a passive without "be" ("a fund set up by Norway", "a convoy escorted by guards"), a name after
a possessive that only says which thing ("its harbour crew"), a predicate of opposite polarity
far from where the sentence names the claim's country, an exclusive predicate announced for
later ("will start withdrawing") against one that took place, and a figure of one sentence that
its neighbour states as the claim does. Sentences invented here; each with a variant that must
still fire."""
import pytest

from qa.claims.compare import compare, opposites, planned, reordered
from qa.claims.facts import parse
from qa.claims.opposition import owner_swapped, passive, reduced_passive, swapped_names
from qa.claims.polarity import reversed_in_place
from qa.claims.reversals import passive_adverb, placed_antonym
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text):
    return parse(text, VOCAB)


def at(text, word):
    return next(i for i, t in enumerate(text.tokens) if t.word == word)


@pytest.mark.parametrize("text, word, expected", [
    ("A relief fund set up and managed by Norway paid the fishermen.", "managed", True),
    ("The convoy, escorted by guards from Peru, reached the port.", "escorted", True),
    ("A survey funded by the Harbour Guild's trust was published.", "funded", True),
    # "by" of time or degree, an active perfect, a break before "by": no agent
    ("The board finished by far the largest survey.", "finished", False),
    ("The board signed by 2015 a new lease.", "signed", False),
    ("The board had signed by then a new lease.", "signed", False),
    ("The survey was signed, by all accounts, in May.", "signed", False),
    ("The board launched by May a new survey.", "launched", False),
])
def test_a_participle_before_its_agent_is_a_passive(text, word, expected):
    text = parsed(text)
    assert reduced_passive(text, at(text, word)) is expected
    assert passive(text, at(text, word)) is expected


@pytest.mark.parametrize("claim, sentence, swapped", [
    # active claim, reduced passive in the sentence: the names turned as they should
    ("Norway launched the Reef Compact to protect the coral, a pact that also included Peru.",
     "The port joined the Reef Compact, a pact launched by Norway to protect the coral.", False),
    ("Guards from Peru escorted a Harbour Guild convoy to the port in May.",
     "A convoy of the Harbour Guild, escorted by guards from Peru, reached the port in May.",
     False),
    # the agent of the sentence's verb is a third name: neither of the claim's did it
    ("The Reef Compact, a pact Norway launched to protect the coral, brought Peru and Chile "
     "together.",
     "Chile joined the Reef Compact, a pact launched by Norway that comprised Peru and Chile.",
     False),
    # still a swap: both active, the names the other way round
    ("Norway launched the Reef Compact with Peru.", "The Reef Compact launched Norway with Peru.",
     True),
    # and a reduced passive whose agent is the claim's object: the roles traded
    ("Norway escorted a Peru convoy to the port.",
     "A Norway convoy, escorted by Peru, reached the port.", True),
])
def test_names_around_a_reduced_passive(claim, sentence, swapped):
    assert (swapped_names(parsed(claim), parsed(sentence), VOCAB) is not None) is swapped


@pytest.mark.parametrize("claim, sentence, fires", [
    # the possessive owns the crew; the name only says which one
    ("Peru reinforced its Harbour Guild crew in Callao after the storm.",
     "Peruvian sailors of the Harbour Guild patrolled Callao after the storm.", False),
    ("Chile sent their Reef Compact divers to the north in May.",
     "Chilean divers of the Reef Compact were sent to the north in May.", False),
    # the name owns the word itself: another owner in its place
    ("The Harbour Guild crew patrolled Callao after the storm.",
     "The Peruvian crew patrolled Callao after the storm.", True),
])
def test_a_name_after_a_possessive_owns_nothing(claim, sentence, fires):
    assert (owner_swapped(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


@pytest.mark.parametrize("claim, sentence, fires", [
    # the negative verb is the raiders', told far from where the sentence names Peru
    ("Peru strengthened its harbour patrols in Callao after the raid on the naval depot.",
     "Image: Peruvian sailors of the coastal guard walk through the streets of Callao, a day "
     "after raiders in a stolen truck injured two guards in a raid on the naval depot.", False),
    # the claim's own actor, the verb in its place: reversed
    ("Peru strengthened its harbour patrols in Callao after the raid.",
     "Peru weakened its harbour patrols in Callao after the raid.", True),
])
def test_a_reversal_far_from_the_claims_country_is_another_actors(claim, sentence, fires):
    assert (reversed_in_place(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


@pytest.mark.parametrize("text, word, expected", [
    ("Chile will start withdrawing its 300 divers from the reef.", "withdrawing", True),
    ("Chile would withdraw its divers.", "withdraw", True),
    ("Chile withdrew its divers.", "withdrew", False),
    # a break between "will" and the verb: another clause
    ("The survey will be long, and Chile withdrew its divers.", "withdrew", False),
])
def test_planned(text, word, expected):
    text = parsed(text)
    assert planned(text, text.tokens[at(text, word)]) is expected


@pytest.mark.parametrize("claim, sentence, fires", [
    ("Most of Chile's 300 divers on the reef were deployed in the northern bay.",
     "On 3 May, Chile told the board that it will start withdrawing its 300 divers from the reef.",
     False),
    # two events of the same time: still exclusive
    ("Chile deployed its 300 divers to the reef in May.",
     "Chile withdrew its 300 divers from the reef in May.", True),
    ("Chile will deploy its 300 divers to the reef in May.",
     "Chile will withdraw its 300 divers from the reef in May.", True),
])
def test_a_planned_event_is_not_exclusive_with_a_past_one(claim, sentence, fires):
    found = compare(parsed(claim), parsed(sentence), parsed(sentence), VOCAB)
    assert any(c.kind.value == "relation" for c in found.conflicts) is fires


def test_a_figure_of_another_count_settled_by_the_next_sentence(tmp_path):
    check = checker(tmp_path, "Fleet", [
        "So far, the harbour board has an authorised strength of 4,120 boats, of which 3,600 "
        "trawlers and 520 ferries. However, on 3 March 2016 the fleet was not yet complete, "
        "with only 2,917 trawlers, 388 ferries and some 90 tugs at sea.",
        "Fishing quotas for the northern fleet were cut in the spring session."])
    claim = ("Against an authorised strength of 4,120 boats, the harbour board had only 2,917 "
             "trawlers and 388 ferries at sea as of 3 March 2016.")
    assert check(claim)["verdict"] == "supported"
    # the neighbour states another figure: the first sentence's count still contradicts
    wrong = ("Against an authorised strength of 4,120 boats, the harbour board had only 2,100 "
             "trawlers and 388 ferries at sea as of 3 March 2016.")
    assert check(wrong)["verdict"] != "supported"


@pytest.mark.parametrize("claim, sentence, fires", [
    # a fronted adverb orders its clause after what came before: the reverse of the claim's
    ("The board closed the pier three days before the council approved the new lease.",
     "On 4 May the council approved the new lease. Three days later, the board closed the pier.",
     True),
    # the claim's own group, the events on the straight sides: reversed too
    ("The council approved the new lease two weeks after the board closed the pier.",
     "The council approved the new lease in May. Two weeks later, the board closed the pier.",
     True),
    # stated: "X after Y" / "Y. Later, X"; "X before Y" / "X. Later, Y"
    ("The board closed the pier three days after the council approved the new lease.",
     "On 4 May the council approved the new lease. Three days later, the board closed the pier.",
     False),
    ("The council approved the new lease three days before the board closed the pier.",
     "On 4 May the council approved the new lease. Three days later, the board closed the pier.",
     False),
    # "earlier than planned" compares with a plan: it orders no two events
    ("The board closed the pier three days after the council approved the new lease.",
     "The council approved the new lease, and the board closed the pier three days later, "
     "earlier than planned.", False),
    # not fronted: the connective's own reading, as before
    ("The board closed the pier shortly before the council approved the lease.",
     "The board closed the pier shortly after the council approved the lease.", True),
])
def test_the_order_of_two_events_against_a_fronted_adverb(claim, sentence, fires):
    found = reordered(parsed(claim), parsed(sentence), VOCAB)
    assert bool(found) is fires


@pytest.mark.parametrize("claim, sentence, fires", [
    # the claim's connective opens its clause: its main event follows the comma, and a
    # fronted adverb of the same group states it
    ("Three days after the council's vote, the board closed the pier within six weeks.",
     "On 4 May the council voted. Three days later, the board closed the pier within six weeks.",
     False),
    ("Shortly after the council's vote, the board closed the pier.",
     "On 4 May the council voted. Three days later, the board closed the pier.", False),
])
def test_an_opening_connective_against_a_fronted_adverb(claim, sentence, fires):
    assert bool(reordered(parsed(claim), parsed(sentence), VOCAB)) is fires


@pytest.mark.parametrize("claim, sentence, fires", [
    # a WordNet antonym between the claim's stated words: the claim reversed
    ("Senior officers in the island's harbour guard were united in wanting the ferry to stay.",
     "Still, senior harbour guard officers are divided on the ferry.", True),
    ("The fishermen of the northern bay often sold their catch at the pier.",
     "The fishermen of the northern bay rarely sold their catch at the pier.", True),
    # the antonym elsewhere, about another thing: no word of the claim beside it
    ("Senior officers in the island's harbour guard were united in wanting the ferry to stay.",
     "The ferry crossed a divided strait while senior harbour guard officers watched.", False),
    # the claim's word stated too: said twice, not reversed
    ("The harbour guard officers were united in wanting the ferry to stay.",
     "The harbour guard officers were united, though the town was divided on the ferry.", False),
])
def test_an_antonym_in_the_claim_words_place(claim, sentence, fires):
    assert (placed_antonym(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


@pytest.mark.parametrize("claim, sentence, fires", [
    # two ends of a span of time: a date of a kind, not a relation reversed
    ("The guild lost 40 boats over its first decade.",
     "The guild lost 40 boats during the last decade.", False),
    ("The survey covered the first year of the lease.",
     "The survey covered the last year of the lease.", False),
    # the same antonyms on things: reversed
    ("The first boat of the fleet sank in the harbour.",
     "The last boat of the fleet sank in the harbour.", True),
])
def test_antonyms_naming_a_span_of_time(claim, sentence, fires):
    found = opposites(parsed(claim), parsed(sentence), VOCAB)
    assert bool(found) is fires


def test_inability_denies_the_verb_after_it(tmp_path):
    check = checker(tmp_path, "Clinic", [
        "Until now the harbour has relied on a small private clinic to treat injured sailors. "
        "Although visitors praise its staff, the clinic's inability to deal with large numbers "
        "of casualties has kept some fishing crews away."])
    assert check("The small private clinic that treats injured sailors could handle large "
                 "numbers of casualties.")["verdict"] == "contradicted"
    assert check("The clinic's inability to deal with large numbers of casualties has kept "
                 "some fishing crews away.")["verdict"] == "supported"


@pytest.mark.parametrize("claim, sentence", [
    ("About a month before the council's vote in May, the board closed the pier.",
     "The council voted in May. A month earlier, the board closed the pier."),
    ("A month before the council's vote in May, the board closed the pier.",
     "The council voted in May. A month earlier, the board closed the pier."),
])
def test_a_hedged_opening_connective(claim, sentence):
    assert not reordered(parsed(claim), parsed(sentence), VOCAB)


@pytest.mark.parametrize("claim, sentence, fires", [
    # what is added against what there already is, in place
    ("In May the board widened the harbour's patrols and gave additional boats for the task.",
     "In May the board widened the harbour's patrols \"within existing boats.\"", True),
    ("The guild hired extra pilots for the northern bay.",
     "The guild used its existing pilots for the northern bay.", True),
    # elsewhere, about another thing: nothing of the claim beside it
    ("The guild hired extra pilots for the northern bay.",
     "Existing rules kept the northern bay closed to pilots from the guild.", False),
])
def test_an_increment_against_what_there_already_is(claim, sentence, fires):
    assert (placed_antonym(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


@pytest.mark.parametrize("claim, sentence, fires", [
    # an active claim, a passive sentence: the object's words come before the adverb
    ("The guild rarely relied on hired pilots for its ferries.",
     "In addition, hired pilots were often used for the ferries.", True),
    # the adverb of another verb, not between "be" and a participle: not in place
    ("The guild rarely relied on hired pilots for its ferries.",
     "Hired pilots for the ferries said the guild often changed its rules.", False),
])
def test_an_adverb_of_a_passive_against_an_active_claim(claim, sentence, fires):
    assert (placed_antonym(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


@pytest.mark.parametrize("text, word, expected", [
    ("Hired pilots were often used for the ferries.", "often", True),
    ("Hired pilots are rarely taken on.", "rarely", True),
    ("Hired pilots were often late.", "often", False),
    ("The guild often used hired pilots.", "often", False),
])
def test_passive_adverb(text, word, expected):
    text = parsed(text)
    assert passive_adverb(text, at(text, word)) is expected


def test_an_antonym_with_nothing_of_the_claim_after_it_is_not_placed():
    # "cold ones": what the word qualifies is no word of the sentence
    assert placed_antonym(parsed("The island has seen climate changes before, mostly cold ones."),
                          parsed("Climate changes on the island, mostly due to warming, were "
                                 "recorded."), VOCAB) is None


@pytest.mark.parametrize("claim, sentence, fires", [
    # an active claim against the antonym in the passive with its agent: the sides trade
    # places, the agent's long name and its acronym after "by"
    ("The WFU accepted the draft harbour agreement in May.",
     "However, the draft harbour agreement was rejected by the Western Fishermen's Union "
     "(WFU), which wanted further talks.", True),
    # the claim's subject outside the agent's clause: another agent rejected it
    ("The WFU accepted the draft harbour agreement in May.",
     "The draft harbour agreement was rejected by the town council, which the WFU "
     "criticised.", False),
    # the passive's subject is another thing: no word of the claim's object before it
    ("The WFU accepted the draft harbour agreement in May.",
     "However, the ferry plan was rejected by the Western Fishermen's Union (WFU).", False),
])
def test_an_antonym_in_the_passive_against_an_active_claim(claim, sentence, fires):
    assert (placed_antonym(parsed(claim), parsed(sentence), VOCAB) is not None) is fires
