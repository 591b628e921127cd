"""Wrong decisive verdicts on sentences written here: another actor's "its" figure, a word of
a person's title, a list of alternatives, an additive claim, a deed only asked for, and a
phrasal verb's polarity."""
import pytest

from qa.claims.actor_figure import count_left_out
from qa.claims.additive import added_to
from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.options import one_option, options_span
from qa.claims.polarity import signed_predicates
from qa.claims.titles import title_part
from qa.claims.unasserted import asked_only, unasserted_places
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text: str):
    return parse(text, VOCAB)


@pytest.mark.parametrize("text, word, part", [
    ("The director-general approved the harbour plan.", "general", True),
    ("The secretary-general chose the second route.", "general", True),
    ("A Dutch-led flotilla reached the port.", "led", False),  # "Dutch" is an adjective
    ("A long-term lease was signed.", "term", False),  # "long" is no person
    ("The general approved the plan.", "general", False),  # no hyphen
])
def test_a_word_of_a_persons_title(text, word, part):
    p = parsed(text)
    token = next(t for t in p.tokens if t.word == word)
    assert title_part(p, token) == part


OPTIONS = ("The audit, sent to the harbour board in May 2021, set out three options for the "
           "ferry service: (1) to add two boats to the fleet; (2) to keep the current timetable "
           "and cut fares; or (3) to close the northern route and sell the depot.")


def test_where_a_list_of_alternatives_starts():
    assert options_span(parsed(OPTIONS)) == OPTIONS.index(": (1)")
    assert options_span(parsed("The board could keep the timetable, or cut fares.")) is None
    assert options_span(parsed("Boats, buses, or trains serve the port.")) is None


@pytest.mark.parametrize("claim, drawn", [
    ("The May 2021 audit recommended keeping the current timetable.", True),
    ("The audit advised the board to close the northern route.", True),
    ("The option chosen by the audit was to sell the depot.", True),  # the one chosen
    # what the sentence says outside the list
    ("The audit was sent to the harbour board in May 2021.", False),
    # a claim that speaks of alternatives itself
    ("The audit set out three options for the ferry service.", False),
    ("One option in the audit was to close the northern route.", False),
    ("The audit said the board could close the northern route.", False),
])
def test_one_option_drawn_from_the_list(claim, drawn):
    assert one_option(parsed(claim), parsed(OPTIONS)) == drawn


def test_an_option_neither_supports_nor_contradicts(tmp_path):
    check = checker(tmp_path, "Ferries", [OPTIONS, "Grain prices at the harbour rose after "
                                                   "the floods."])
    assert check("The May 2021 audit recommended keeping the current timetable for the ferry "
                 "service.")["verdict"] == "not_found"
    assert check("The audit advised the harbour board to keep the current timetable.")[
        "verdict"] == "not_found"


@pytest.mark.parametrize("claim, kinds, added", [
    ("The guild also ran training courses in Sudland.", [ConflictKind.PLACE], True),
    ("The guild ran training courses in Sudland as well.", [ConflictKind.PLACE], True),
    ("The Sudland guild, too, ran training courses.", [ConflictKind.ACTOR], True),
    ("The guild ran training courses in Sudland.", [ConflictKind.PLACE], False),
    ("The guild also ran 40 training courses.", [ConflictKind.NUMBER], False),  # a value
    ("The fees were too high.", [ConflictKind.ACTOR], False),  # "too" of degree
])
def test_an_additive_claim(claim, kinds, added):
    conflicts = [Conflict("a", "b", kind, (0, 1)) for kind in kinds]
    assert added_to(parsed(claim), conflicts) == added


def test_an_additive_claim_is_not_contradicted_by_the_other_place(tmp_path):
    check = checker(tmp_path, "Guild", [
        "Based on training courses run in Norland during 2019 as part of the harbour project "
        "funded by the Norland Ministry of Trade, the guild wrote a report on the ports.",
        "Grain prices at the harbour rose after the floods."])
    assert check("The Norland Ministry of Trade's harbour project also ran training courses "
                 "in Sudland.")["verdict"] != "contradicted"


@pytest.mark.parametrize("sentence, words", [
    ("The mayor urged the harbour board to repair the dyke.", ["repair"]),
    # the quotation mark opens what was urged, and the bare "dredge" shares its "to"
    ("The mayor urged “the board to repair the dyke and dredge the channel.”",
     ["repair", "dredge"]),
    ("The crews wanted more details before approving the new rota.", ["approving"]),
    ("The mayor urged the board, in a letter, to repair the dyke.", []),  # a comma ends it
    ("The mayor repaired the dyke to protect the harbour.", []),
])
def test_where_a_deed_is_only_asked_for(sentence, words):
    p = parsed(sentence)
    assert [p.tokens[k].word for k in sorted(unasserted_places(p))] == words


@pytest.mark.parametrize("claim, asked", [
    ("The mayor praised the harbour board for having repaired the dyke.", True),
    ("The harbour board repaired the dyke.", True),
    ("The mayor urged the harbour board to repair the dyke.", False),  # asked in the claim too
    ("The mayor called on the board to repair the dyke.", False),
    ("The mayor wrote to the harbour board about the dyke.", False),  # no deed of the list
])
def test_a_deed_told_as_done_against_one_asked_for(claim, asked):
    sentence = parsed("Last month the mayor urged the harbour board to repair the dyke before "
                      "the winter storms.")
    assert asked_only(parsed(claim), sentence) == asked


def test_a_deed_asked_for_does_not_support(tmp_path):
    check = checker(tmp_path, "Dyke", [
        "Last month the mayor urged the harbour board to repair the dyke before the winter "
        "storms.", "Grain prices at the harbour rose after the floods."])
    assert check("Last month the mayor praised the harbour board for having repaired the "
                 "dyke.")["verdict"] != "supported"
    assert check("Last month the mayor urged the harbour board to repair the dyke.")[
        "verdict"] == "supported"


@pytest.mark.parametrize("text, word, sign", [
    ("The pilots have been taking on the smugglers since May.", "taking", 0),
    ("The pilots have been taking the smugglers to court since May.", "taking", 1),
    ("The pilots have been fighting the smugglers since May.", "fighting", -1),
])
def test_a_phrasal_verbs_polarity_is_its_own(text, word, sign):
    p = parsed(text)
    signs = {t.word: value for t, value in signed_predicates(p)}
    assert signs.get(word, 0) == sign


def test_a_phrasal_verb_is_not_opposed_by_its_verbs_polarity(tmp_path):
    check = checker(tmp_path, "Smugglers", [
        "Since May 2021, the harbour pilots have been fighting smugglers along the coast.",
        "Grain prices at the harbour rose after the floods."])
    assert check("The harbour pilots have been taking on smugglers along the coast since May "
                 "2021.")["verdict"] != "contradicted"


def test_another_actors_its_figure_does_not_contradict(tmp_path):
    check = checker(tmp_path, "Fleets", [
        "Three days later, Norland announced that its boats would leave the harbour within "
        "six months. Meanwhile, Sudland, the harbour's third-largest fleet owner, is waiting. "
        "In July, it laid up its fleet of over 400 boats, citing the storms.",
        "Grain prices at the harbour rose after the floods."])
    assert check("Norland's fleet in the harbour numbered about 40 boats.")["verdict"] \
        != "contradicted"


@pytest.mark.parametrize("claim, left_out", [
    ("Norland's fleet in the harbour numbered more than 40 boats.", True),
    # a count in the phrase the claim opens with sets the scene
    ("Having already seized 46 Norland boats, Sudland angered Norland further in May.", False),
    ("Norland announced that its boats would leave the harbour.", False),  # no count
])
def test_an_actor_conflict_with_the_claims_count_left_out(claim, left_out):
    claim = parsed(claim)
    sentence = parsed("Three days later, Sudland announced that its boats would leave the "
                      "harbour within six months.")
    found = compare(claim, sentence, sentence, VOCAB)
    conflicts = [Conflict("Norland", "Sudland", ConflictKind.ACTOR, (17, 24))]
    assert count_left_out(claim, found, conflicts) == left_out
