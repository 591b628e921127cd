"""Contradicted claims the checker declined although it read the right conflict in the right
sentence (round 49): two kinds of fact in conflict in a sentence that states all else the
claim says (`check.two_accounts`), a count after the same noun's "of" ("a fleet of 90" / "a
fleet of 60", `count_place.of_head`), and a claim opening "At the beginning," whose noun
was read as its main verb (`main_verb.NOUN_OPENERS`). The claims are about a small corpus
written here."""
import pytest

from qa.claims.check import WHOLE_REST, two_accounts
from qa.claims.count_place import count_in_place, of_head
from qa.claims.facts import parse
from qa.claims.main_verb import main_verb
from qa.claims.subject_head import first_verb
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

FERRIES = [
    "By 3 March 2019 the ferry service had not yet reached full capacity, with only 41 vessels "
    "in operation and about 300 crew.",
    "In 2021 the board halted crossings to Kelmar for a week in May and June, citing storm "
    "damage to the quay.",
    "The Harbour Board was created in 2004 to run the ferry service between the islands.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # the sentence's denial and its count: one event told with two facts reversed
    ("By 3 March 2019 the ferry service had reached full capacity, with more than 70 vessels "
     "in operation.", "contradicted"),
    # a duration and the months it ends in: one period, stated otherwise twice
    ("In 2021 the board halted crossings to Kelmar for about three weeks, from May to August.",
     "contradicted"),
    ("In 2021 the board halted crossings to Kelmar for three weeks in July.", "contradicted"),
    # the sentences themselves, and a claim that states one of them as it is
    ("By 3 March 2019 the ferry service had not yet reached full capacity, with only 41 "
     "vessels in operation.", "supported"),
    ("In 2021 the board halted crossings to Kelmar for a week in May and June.", "supported"),
    # two facts differ and much of the rest is another event's ("bus", "towns"): no
    # contradiction by two kinds
    ("The Harbour Board was created in 2009 to run the bus service between the towns "
     "of the coast.", "not_found"),
])
def test_two_kinds_of_conflict_with_all_else_stated(tmp_path, claim, verdict):
    check = checker(tmp_path, "Ferries", FERRIES)
    assert check(claim)["verdict"] == verdict


@pytest.mark.parametrize("kinds, rest, event, expected", [
    ({ConflictKind.NUMBER, ConflictKind.RELATION}, 0.99, 1.0, True),
    ({ConflictKind.NUMBER, ConflictKind.DATE}, WHOLE_REST, WHOLE_REST, True),
    # a neighbouring event: some of the claim's words, not all
    ({ConflictKind.NUMBER, ConflictKind.DATE}, 0.8, 1.0, False),
    ({ConflictKind.NUMBER, ConflictKind.DATE}, 1.0, 0.6, False),
    # a name in conflict: another actor, another event; so are two actors each set against
    # another
    ({ConflictKind.ACTOR, ConflictKind.RELATION}, 1.0, 1.0, False),
    ({ConflictKind.PLACE, ConflictKind.NUMBER}, 1.0, 1.0, False),
    ({ConflictKind.NUMBER, None}, 1.0, 1.0, False),
    # one kind is the ordinary rule's, three are too many
    ({ConflictKind.NUMBER}, 1.0, 1.0, False),
    ({ConflictKind.NUMBER, ConflictKind.DATE, ConflictKind.ACTOR}, 1.0, 1.0, False),
])
def test_two_accounts(kinds, rest, event, expected):
    assert two_accounts(kinds, rest, event) == expected


def count_conflict(claim, sentence, mine: str, theirs: str):
    claim_, sentence_ = parse(claim, VOCAB), parse(sentence, VOCAB)
    start = sentence.index(theirs)
    return [Conflict(mine, theirs, ConflictKind.NUMBER, (start, start + len(theirs)))], \
        claim_, sentence_


@pytest.mark.parametrize("claim, sentence, mine, theirs, placed", [
    # the figure after the same noun's "of", the claim's subject named before it
    ("The island council was permitted to maintain a fleet of 90 for the outer ports.",
     "The island council, first authorized to keep a fleet of 60, was asked to serve the "
     "outer ports.", "90", "60", True),
    ("At the beginning, the island council was allowed a budget of 400 for the quay.",
     "The island council, given a budget of 250 at first, repaired the quay.", "400", "250",
     True),
    # another noun before "of": two counts of two things
    ("The island council was permitted to maintain a fleet of 90 for the outer ports.",
     "The island council, first authorized to keep a crew of 60, was asked to serve the "
     "outer ports.", "90", "60", False),
    # the same noun, but the sentence names another subject before its figure
    ("The island council was permitted to maintain a fleet of 90 for the outer ports.",
     "The fishing guild kept a fleet of 60 in the outer ports.", "90", "60", False),
])
def test_a_count_after_the_same_nouns_of_is_in_place(claim, sentence, mine, theirs, placed):
    conflicts, claim_, sentence_ = count_conflict(claim, sentence, mine, theirs)
    assert count_in_place(conflicts, claim_, sentence_) == placed


def test_of_head_reads_only_a_noun_right_before_of():
    text = parse("The board kept a fleet of 60 and a total of 12 tugs.", VOCAB)
    sixty, twelve = (next(m for m in text.mentions if m.text == figure)
                     for figure in ("60", "12"))
    assert of_head(text, sixty) == set(VOCAB.analyzer.terms("fleet"))
    assert of_head(text, twelve) == set(VOCAB.analyzer.terms("total"))
    text = parse("Most of 60 boats left.", VOCAB)
    assert of_head(text, text.mentions[0]) == set()  # "most of": no noun


@pytest.mark.parametrize("claim, verb", [
    # the noun after a determiner is never the verb
    ("At the beginning, the island council was allowed a fleet of 90.", "allowed"),
    ("At the start, the island council was allowed a fleet of 90.", "allowed"),
    ("In the meantime, the guild hired twelve pilots.", "hired"),
    # a name's last word stands between the determiner and the verb
    ("The Tarvik Harbour Board hired twelve pilots.", "hired"),
])
def test_no_main_verb_right_after_a_determiner(claim, verb):
    parsed = parse(claim, VOCAB)
    assert main_verb(parsed).word == verb
    assert parsed.tokens[first_verb(parsed)].word in {"was", verb}


CHANNEL = [
    "The harbour office was slow to send a dredger to the Kelmar channel in early 2019. It "
    "wasn't the right vessel, but the office accepted the limits of its budget.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # "It wasn't the right vessel" leans on the sentence before, which states the claim's
    # event ("send a dredger to the Kelmar channel"): the two state it together, reversed
    ("Sending a dredger to the Kelmar channel in early 2019 was strongly urged by the harbour "
     "office, which saw it as the right vessel.", "contradicted"),
    ("The harbour office was slow to send a dredger to the Kelmar channel in early 2019, as "
     "it wasn't the right vessel.", "supported"),
])
def test_the_event_is_read_with_the_sentence_leaned_on(tmp_path, claim, verdict):
    check = checker(tmp_path, "Channel", CHANNEL)
    assert check(claim)["verdict"] == verdict


TALKS = [
    "In May 2016, the guilds and the harbour board signed the Kelmar Accord resulting from the "
    "Tarvik talks, with Norway as the principal mediator and the council as the guarantor.",
    "The Fishing Guild later left the talks in protest.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # another name holding the claim's role by "as" (a body, where the sentence names a
    # country, which no other reading sets against it): the claim's name replaced in its place
    ("The May 2016 Kelmar Accord came out of the Tarvik talks, with NORDEC acting as "
     "principal mediator.", "contradicted"),
    ("The Kelmar Accord of May 2016 resulted from the Tarvik talks, with the Nordic Council "
     "serving as the principal mediator.", "contradicted"),
    # the sentence's own name in that role
    ("The May 2016 Kelmar Accord came out of the Tarvik talks, with Norway acting as "
     "principal mediator.", "supported"),
    # another role: the sentence's name is not set against the claim's
    ("The May 2016 Kelmar Accord came out of the Tarvik talks, with NORDEC acting as "
     "chief negotiator.", "not_found"),
])
def test_another_name_in_the_role_given_by_as(tmp_path, claim, verdict):
    check = checker(tmp_path, "Talks", TALKS)
    assert check(claim)["verdict"] == verdict


def test_role_after_reads_the_role_words_after_as():
    from qa.claims.named_role import role_after
    text = parse("The accord was signed, with Norland as the principal mediator, in May.", VOCAB)
    norland = next(m for m in text.mentions if m.text == "Norland")
    assert role_after(text, norland) == {t for w in ("principal", "mediator")
                                         for t in VOCAB.analyzer.terms(w)}
    text = parse("The talks ended with Norland acting quickly, as a rule.", VOCAB)
    norland = next(m for m in text.mentions if m.text == "Norland")
    assert role_after(text, norland) == frozenset()
