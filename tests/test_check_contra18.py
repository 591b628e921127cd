"""False claims called not_found (issue 14, round 38): a deed one text says was done
"without" (a gerund after it) that the other affirms (`qa.claims.without_gerund`); two
starts of the same span ("started in 2020" / "from 2017 onward", `qa.claims.starts`); an
adverb between a word and the word after it is passed over when reading whether two
opposites stand in the same place ("later than originally planned" / "earlier than
planned", `qa.claims.adverb_place`); the claim's named subject whose deed the sentence gives
to the claim's other name (`agent_replaced`) and an office the sentence names by another
kind ("the defence minister" / "the Minister of Foreign Affairs",
`qualified.office_replaced`) are facts replaced in their place, judged as conflicts. The
corpus is invented: a canal ferry service, its boats and its ministries."""
import pytest

from qa.claims.adverb_place import head_after, same_head_past_adverbs
from qa.claims.compare import same_place
from qa.claims.facts import parse
from qa.claims.qualified import office_replaced
from qa.claims.starts import other_start, starts
from qa.claims.without_gerund import denied_by_without
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

TEXTS = [
    "On 4 March the Dunmore board said it would close the north ferry line. Two weeks "
    "later, the Harlow council announced that its boats will leave the canal in the next "
    "four months, earlier than planned.",
    "A draft toll agreement was signed by the Harlow council in May 2017. However, the "
    "draft toll agreement was rejected by the Dunmore Boatmen's Union, which said it did "
    "not reflect the needs of the northern villages.",
    "Vostria's Minister of Canals, Edda Rolf, asked the ferry board to consider a rapid "
    "repair crew able to clear the locks quickly.",
    "The night crews were heavily reliant on the harbour police to move about the canal.",
    "From 2015 onward, the ferry board's budget also covered night crossings to the Harlow "
    "islands.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # the opposite after the same word once "originally" is passed over; the claim's word
    # itself is elsewhere in the sentence ("two weeks later")
    ("The Harlow council announced that its boats would leave the canal later than "
     "originally planned.", "contradicted"),
    ("The Harlow council announced that its boats would leave the canal earlier than "
     "originally planned.", "supported"),
    # the deed of the claim's subject given to its other name
    ("The Dunmore Boatmen's Union signed the draft toll agreement of May 2017, which the "
     "Harlow council rejected.", "contradicted"),
    # another office in the place of the claim's, the person the same
    ("Vostria's transport minister, Edda Rolf, asked the ferry board to consider a rapid "
     "repair crew able to clear the locks quickly.", "contradicted"),
    ("Vostria's canal minister, Edda Rolf, asked the ferry board to consider a rapid "
     "repair crew able to clear the locks quickly.", "supported"),
    # another start of the same span; the date of an event within it is none
    ("The ferry board's budget only started to cover night crossings to the Harlow islands "
     "in 2019.", "contradicted"),
    ("The ferry board's budget first covered night crossings to the Harlow islands back in "
     "2012.", "contradicted"),
    ("The ferry board's budget covered night crossings to the Harlow islands in 2019.",
     "not_found"),
    # a deed done "without", affirmed by a form derived from its verb
    ("The night crews could move about the canal without relying on the harbour police.",
     "contradicted"),
])
def test_verdicts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Ferries", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload


def token(text, word):
    return next(t for t in text.tokens if t.word == word)


@pytest.mark.parametrize("claim, word, sentence, other, expected", [
    ("They left later than originally planned.", "later",
     "They left earlier than planned.", "earlier", True),
    ("They left later than originally and formally planned.", "later",
     "They left earlier than planned.", "earlier", True),
    # no adverb on either side: the plain neighbours say it, not this
    ("They left later than planned.", "later", "They left earlier than planned.", "earlier",
     False),
    # past the adverb another word
    ("They left later than originally hoped.", "later", "They left earlier than planned.",
     "earlier", False),
    # a figure's hedge is part of the figure, no adverb to pass over
    ("It cost more than nearly 40 tolls.", "more", "It cost less than 40 tolls.", "less",
     False),
])
def test_same_head_past_adverbs(claim, word, sentence, other, expected):
    mine, theirs = parse(claim, VOCAB), parse(sentence, VOCAB)
    assert same_head_past_adverbs(mine, token(mine, word), theirs,
                                  token(theirs, other)) == expected


def test_head_after_stops_at_a_clause_break():
    text = parse("They left later, originally by boat.", VOCAB)
    assert head_after(text, token(text, "later")) == (frozenset(), 0)


def test_same_place_reads_past_an_adverb():
    mine = parse("The boats left later than originally planned.", VOCAB)
    theirs = parse("The boats will leave earlier than planned.", VOCAB)
    assert same_place(mine, token(mine, "later"), theirs, token(theirs, "earlier"), VOCAB)


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The transport minister, Edda Rolf, asked for a crew.", "The Minister of Canals, Edda "
     "Rolf, asked for a crew.", ("transport", "Canals")),
    ("The study was paid for by the foreign ministry.", "The study was funded by the Ministry of "
     "Defence.", ("foreign", "Defence")),
    # the claim's kind among the sentence's: no office replaced
    ("The study was paid for by the defence ministry.", "The study was funded by the Ministry of "
     "Foreign Affairs and the Ministry of Defence.", None),
    # a common noun's kind ("the rate of retreat"): another thing, not an office
    ("The melt rate rose in 1975.", "The rate of retreat rose in 1995.", None),
])
def test_office_replaced(claim, sentence, expected):
    found = office_replaced(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB, frozenset())
    assert (tuple(t.word for t in found) if found else None) == expected


@pytest.mark.parametrize("text, found", [
    ("From 2017 onward, the board paid for it.", ["2017"]),
    ("The lamps have dimmed since early 2014.", ["2014"]),
    ("The board only started paying for it in 2020.", ["2020"]),
    ("It first paid for the lamps back in March 2012.", ["March 2012"]),
    # the date of an event, or a beginning in another clause: no start
    ("The board paid for it in 2020.", []),
    ("The board started a fund, and it paid for the lamps in 2020.", []),
])
def test_starts(text, found):
    parsed = parse(text, VOCAB)
    assert [parsed.text[d[0].start:d[-1].end] for d in starts(parsed)] == found


@pytest.mark.parametrize("claim, sentence, conflicting", [
    ("It only started paying in 2020.", "From 2017 onward, it paid.", [("2020", "2017")]),
    ("It has paid since 2016.", "It began paying in 2016.", []),
    # two starts in the sentence: which is the claim's is not known
    ("It only started paying in 2020.", "It paid from 2017 and lent from 2019.", []),
])
def test_other_start(claim, sentence, conflicting):
    found = other_start(parse(claim, VOCAB), parse(sentence, VOCAB))
    assert [(a.text, b.text) for a, b in found] == conflicting


@pytest.mark.parametrize("claim, sentence, conflict", [
    ("The crews moved without relying on the police.", "The crews were reliant on the police.",
     ("without relying", "reliant")),
    ("The crews relied on the police.", "The crews moved without relying on the police.",
     ("relied", "without relying")),
    # another thing after the verb: another deed
    ("The crews moved without relying on the police.", "The crews were reliant on the boats.",
     None),
    # "without" before a noun denies it in an adjunct only
    ("The crews moved without police escorts.", "The police escorts moved the crews.", None),
    # denied on both sides
    ("The crews moved without relying on the police.", "The crews were not reliant on the "
     "police.", None),
])
def test_denied_by_without(claim, sentence, conflict):
    found = denied_by_without(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert ((found[0].claim, found[0].source) if found else None) == conflict
