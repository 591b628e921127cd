"""What a claim adds that a sentence stating most of its words may still not say
(`qa.claims.unsaid`): a predicative comparative, the source of a report, a predicate turned
the other way after the same subject; and a change by half, a share to be stated like any
figure; a reference or a title, which states no event. The claims are about small corpora
written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.unsaid import (attempted_only, comparative, main_clause, owner_replaced,
                              stopped_short, turned_after_subject, unstated_comparison,
                              unstated_reason, unstated_source, verbless)
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


@pytest.mark.parametrize("word, expected", [
    ("closer", True), ("heavier", True), ("bigger", True), ("less", True), ("fewer", True),
    ("stronger", True),
    # no gradable positive: a noun, a preposition, a verb
    ("officer", False), ("after", False), ("power", False), ("water", False),
    ("consider", False),
])
def test_comparative(word, expected):
    assert comparative(word) == expected


@pytest.mark.parametrize("claim, sentence, fires", [
    # the change the comparative states, left out or stated by the positive only
    ("Fearing the floods, the fishermen of Lodwar moved closer to the harbour wall.",
     "The fishermen of Lodwar moved away from houses close to the harbour wall, fearing the "
     "floods.", True),
    ("The closure of the coast road left the board relying less on its ferries.",
     "The closure of the coast road forced the board to rely heavily on its ferries.", True),
    ("After the storm the old pier grew weaker.",
     "After the storm the old pier was weak and unsafe.", True),
    # the same comparative, in another order
    ("The fishermen moved closer to the harbour wall after the floods.",
     "After the floods, the fishermen of Lodwar moved closer to the harbour wall.", False),
    # a comparison before "than" is read by `comparisons`; before a noun it describes
    ("The board wanted the ferries to sail closer than before.",
     "The board wanted the ferries to sail near the shore.", False),
    ("The board asked for a stronger licence for its ferries.",
     "The board asked for a more robust licence for its ferries.", False),
    # a figure's bound and an amount of a thing are facts of figures, not of the verb
    ("The board sent 200 more volunteers to Kalokol.",
     "The board sent 200 volunteers to Kalokol.", False),
    ("The board recorded fewer than 100 wrecks.",
     "The board recorded 80 wrecks.", False),
    # no verb before it: "the closer" is a noun phrase
    ("The closer of the two piers was rebuilt in May.",
     "The nearest pier was rebuilt in May.", False),
])
def test_unstated_comparison(claim, sentence, fires, vocab):
    found = unstated_comparison(parse(claim, vocab), parse(sentence, vocab))
    assert bool(found) == fires, found


@pytest.mark.parametrize("claim, sentence, fires", [
    # what was found is stated, who reported it is not
    ("Harbour board officials acknowledged that the new pier had reduced flooding in the "
     "village.",
     "A survey by the Coast Watch showed that the new pier had reduced flooding in the "
     "village.", True),
    ("The regional assembly concluded that the storm was caused by the warm current.",
     "A study published in May concluded that the storm was caused by the warm current.",
     True),
    # the source stated, by its word or a synonym, in another order
    ("The harbour inspectors reported that the new pier had reduced flooding.",
     "The new pier had reduced flooding, the harbour inspectors reported that spring.", False),
    ("Harbour board officials acknowledged that the pier had reduced flooding.",
     "The pier had reduced flooding, board functionaries acknowledged.", False),
    # a capital stands for its government; an unnamed document is where the claim was read
    ("Lisbon demanded that the ferries stop at Kalokol.",
     "The government demanded that the ferries stop at Kalokol.", False),
    ("The brief reports that the ferries stopped at Kalokol.",
     "The ferries stopped at Kalokol in May.", False),
    # not a report: "that" after a verb of another kind
    ("The storm showed the pier that the board had built was too low.",
     "The board's pier was too low, the storm showed.", False),
])
def test_unstated_source(claim, sentence, fires, vocab):
    found = unstated_source(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert bool(found) == fires, found


@pytest.mark.parametrize("claim, sentence, fires", [
    # right after the same subject, a predicate of the opposite polarity
    ("In May the harbour fishermen welcomed the plan by the board to close the old pier.",
     "When the board did plan to close the old pier in May, the harbour fishermen disagreed "
     "with the closure.", True),
    ("The island council praised the inspectors for their report on the ferry.",
     "The island council criticised the inspectors' report on the ferry.", True),
    # the same polarity, or the polar word not after the claim's subject
    ("The island council praised the inspectors for their report on the ferry.",
     "The island council commended the inspectors' report on the ferry.", False),
    ("The island council praised the report on the ferry.",
     "Fishermen who criticised the ferry read the report the island council praised.", False),
    # an adjective after "be" relates nothing
    ("The island council said other effects are short-lived.",
     "The island council determined other effects to be brief.", False),
])
def test_turned_after_subject(claim, sentence, fires, vocab):
    found = turned_after_subject(parse(claim, vocab), parse(sentence, vocab), vocab)
    assert bool(found) == fires, found


@pytest.mark.parametrize("claim, sentence, fires", [
    # the same thing, given to another owner described by a word the claim lacks
    ("The Harbour Guild's own negligence with the 2019 lease delayed the repair of the pier.",
     "The island councillors' negligence with the 2019 lease delayed the repair of the pier.",
     True),
    ("The ferry crews' refusal to sail stranded the visitors on Kalokol.",
     "The striking dockers' refusal to sail stranded the visitors on Kalokol.", True),
    # the same owner, by another form or a shorter name for it
    ("The Harbour Guild's negligence delayed the repair of the pier.",
     "The guild's negligence delayed the repair of the pier.", False),
    ("Lodwar's council delayed the repair of the pier.",
     "The town's council delayed the repair of the pier.", False),
    # the thing said with no owner somewhere, or given to the claim's owner too
    ("The Harbour Guild's negligence delayed the repair.",
     "Negligence delayed the repair, the island councillors' report said.", False),
    ("The ferry crews' refusal to sail stranded the visitors.",
     "The visitors were stranded by the ferry crews' refusal to sail.", False),
])
def test_owner_replaced(claim, sentence, fires, vocab):
    found = owner_replaced(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert bool(found) == fires, found


@pytest.mark.parametrize("claim, sentence, fires", [
    # the sentence's verb of failure strove for what the claim says was done
    ("On the island, the guild kept the ferries running and readily advanced a lasting "
     "lease.",
     "On the island, the guild kept the ferries running but has struggled for years to "
     "advance a lasting lease.", True),
    ("The council passed the harbour budget in May.",
     "In May the council failed to pass the harbour budget.", True),
    # the claim says the failure too, or the sentence's verb is no failure
    ("The council failed to pass the harbour budget in May.",
     "In May the council failed to pass the harbour budget.", False),
    ("The council did not pass the harbour budget in May.",
     "In May the council failed to pass the harbour budget.", False),
    ("The council passed the harbour budget in May.",
     "In May the council voted to pass the harbour budget.", False),
])
def test_attempted_only(claim, sentence, fires, vocab):
    found = attempted_only(parse(claim, vocab), parse(sentence, vocab))
    assert bool(found) == fires, found


@pytest.mark.parametrize("claim, clause", [
    # after a fronted clause opened by a conjunction: the clause that follows
    ("When the board renewed the licence in 2019, it granted extra funds for the ferry.",
     "it granted extra funds for the ferry"),
    ("After the storm, the fishermen moved their boats.", "the fishermen moved their boats"),
    # after a phrase, or with no past verb after the break: none
    ("In 2019, the board granted extra funds for the ferry.", ""),
    ("With 40 boats sunk by the storm, Kalokol is still the poorest harbour.", ""),
    ("Because the board renewed the licence, ferries are running.", ""),
])
def test_main_clause(claim, clause, vocab):
    assert main_clause(parse(claim, vocab)) == set(vocab.analyzer.terms(clause))


@pytest.mark.parametrize("sentence, expected", [
    # a reference, a title: every verb inside quotation marks or parentheses
    ("Ada Moss, 'Kalokol Harbour Risks Becoming a Ghost Port' (Coast Watch, May 3, 2019).", True),
    ('Coast Watch, "Storms Sink the Old Fleet" (Lodwar, 2019).', True),
    ("Ferry timetable, winter months (Harbour Board, 2020).", True),
    # a statement: a verb outside them
    ("Ada Moss travelled to Kalokol in May 2019 to count the boats.", False),
    ("The storm 'sank the old fleet', Ada Moss said.", False),
    # a headline quoted whole is what it says
    ('"A storm-free summer in Kalokol within ten years?"', False),
    ("Ada Moss is the harbour's new pilot.", False),
])
def test_verbless(sentence, expected, vocab):
    assert verbless(parse(sentence, vocab)) == expected


HARBOUR = ["The Coast Watch is a group of volunteers based in Lodwar.",
           "Research by the Coast Watch found that the new sea wall reduced flooding in the "
           "lower town.",
           "Because of the storms, the fishermen of Kalokol moved away from moorings close to "
           "the old pier, fearing damage.",
           "The harbour board renewed the ferry licence in May after a long debate.",
           "This led the harbour board to widen the ferry timetable to the winter months "
           "\"within existing funds.\""]


@pytest.mark.parametrize("claim, verdicts", [
    # the sentence gives no size of the reduction
    ("Research by the Coast Watch found that the new sea wall cut flooding in the lower town "
     "by about half.", {"not_found"}),
    # another source
    ("Harbour board officials acknowledged that the new sea wall reduced flooding in the "
     "lower town.", {"not_found"}),
    # the other way: "away from moorings close to" is no move closer
    ("Fearing damage from the storms, the fishermen of Kalokol moved closer to the old pier.",
     {"not_found", "contradicted"}),
    # the scene stated, the clause after it not: "within existing funds"
    ("When the harbour board widened the ferry timetable to the winter months, it granted "
     "extra money for the crews.", {"not_found", "contradicted"}),
    # the claim as the sentence states it
    ("The Coast Watch found that the new sea wall reduced flooding in the lower town.",
     {"supported"}),
])
def test_an_unstated_share_a_source_or_a_comparison_keeps_support_away(tmp_path, claim,
                                                                         verdicts):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    assert check_in(claim)["verdict"] in verdicts


@pytest.mark.parametrize("claim, sentence, fires", [
    # a cause or a time the claim adds after its fact, which the sentence does not give
    ("The fishermen boycotted the auction because of its new rules on catch quotas.",
     "In May the fishermen boycotted the auction, the first boycott since 1990.", True),
    ("The board opened a depot in Lodwar after the storm surge flooded its warehouses.",
     "The board has kept a depot in Lodwar since 2019 amid worries over the town's roads.",
     True),
    ("The ferry stopped sailing to Kalokol due to the silting of its channel.",
     "The ferry stopped sailing to Kalokol in 2018.", True),
    # the reason stated, in other words or another order
    ("The fishermen boycotted the auction because of its new quota rules.",
     "Angered by its new quota rules, the fishermen boycotted the auction.", False),
    ("The board opened a depot in Lodwar after the army withdrew from the town.",
     "After the army withdrew from the town, the board opened a depot in Lodwar.", False),
    # the reason's verb alone unstated: too often a paraphrase ("were killed" / "deaths")
    ("The guild closed the auction after six of its members were killed in 2019.",
     "The guild closed the auction in response to the deaths of six of its members in 2019.",
     False),
    # a fronted clause is the scene (`main_clause`), not a reason added to the fact
    ("After the storm, the board closed the pier.",
     "The board closed the pier.", False),
    # no reason at all
    ("The fishermen boycotted the auction in May.",
     "In May the fishermen boycotted the auction.", False),
])
def test_unstated_reason(claim, sentence, fires, vocab):
    found = unstated_reason(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert bool(found) == fires, found


@pytest.mark.parametrize("claim, sentence, fires", [
    # the sentence names the deed only as what was not done
    ("The council went as far as closing the harbour to the trawlers.",
     "The council raised the fees, but did nothing as drastic as closing the harbour.", True),
    ("The guild blocked the new pier.",
     "The guild protested, but stopped short of blocking the new pier.", True),
    ("The guild blocked the new pier.",
     "The guild complained, though it fell short of blocking the pier.", True),
    # the claim says what the sentence says, or the deed is another one
    ("The guild protested but stopped short of blocking the new pier.",
     "The guild protested, but did nothing as drastic as blocking the new pier.", False),
    ("The guild stopped short of blocking the new pier.",
     "The guild protested, but stopped short of blocking the new pier.", False),
    ("The guild protested against the new pier.",
     "The guild protested, but stopped short of blocking the new pier.", False),
])
def test_stopped_short(claim, sentence, fires, vocab):
    assert bool(stopped_short(parse(claim, vocab), parse(sentence, vocab))) == fires


def test_a_reason_or_a_figure_the_sentence_does_not_give_is_no_support(tmp_path):
    texts = ["In May the fishermen of Lodwar boycotted the spring auction, the first boycott "
             "of the harbour since 1990.",
             "The new harbour lamps reduced the number of night wrecks along the coast."]
    check_in = checker(tmp_path, "Lodwar", texts + OTHER_TOPICS)
    for claim in ("In May the fishermen of Lodwar boycotted the spring auction of the harbour "
                  "because of its quotas.",
                  "In May the fishermen of Lodwar boycotted the spring auction due to new quotas.",
                  "The new harbour lamps halved the number of night wrecks along the coast."):
        assert check_in(claim)["verdict"] != "supported", claim
    for claim in ("In May the fishermen of Lodwar boycotted the spring auction.",
                  "The new harbour lamps reduced the number of night wrecks along the coast."):
        assert check_in(claim)["verdict"] == "supported", claim
