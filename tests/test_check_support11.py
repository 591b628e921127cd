"""Supported claims a reader words differently from the source, and the facts each new reading
still demands, on sentences and small corpora written here: a share in words for the source's
percent ("about two-thirds" / "67 percent", of the same thing), a negation by a prefix on
another form ("did not comply" / "noncompliance", with its owner), a member of a set the
sentence lists ("one option"), a synonymous superlative in a description ("third-biggest" /
"third-largest"), opposite modifiers of different things ("civilian staff" / "military units")
and a light verb's partitive object ("became part of the mandate")."""
import pytest

from qa.claims.compare import stated_by
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def share_stated(claim: str, sentence: str) -> bool:
    claim_ = parse(claim, VOCAB)
    share = next(m for m in claim_.mentions if m.family == "percent")
    return stated_by(share, claim_, parse(sentence, VOCAB), VOCAB) is not None


@pytest.mark.parametrize("claim, sentence, stated", [
    # the percent rounded to the share, of the same thing, whatever words stand beside it
    ("The two harbours handled about two-thirds of northern freight losses.",
     "Last year the two harbours recorded 67 percent of all losses of freight in the north.",
     True),
    ("Roughly one-sixth of the guild's boats were moored in Westhaven.",
     "Only 16 percent of its boats are moored in Westhaven.", True),
    # another thing's percent: what the share is of differs
    ("About two-thirds of the guild's boats were moored in Westhaven.",
     "The two harbours recorded 67 percent of all losses, but only 16 percent of boats are "
     "moored in Westhaven.", False),
    # a percent too far from the share
    ("About two-thirds of northern freight losses were recorded in the two harbours.",
     "The two harbours recorded 58 percent of all freight losses in the north.", False),
    # a bound decides by itself: "more than two-thirds" is not 67 percent
    ("More than two-thirds of northern freight losses were recorded in the two harbours.",
     "The two harbours recorded 66 percent of all freight losses in the north.", False),
])
def test_a_share_in_words_is_its_rounded_percent(claim, sentence, stated):
    assert share_stated(claim, sentence) == stated


@pytest.mark.parametrize("claim, sentence, denied", [
    # a negated verb the sentence denies by a negative prefix on another form of it
    ("The port authorities did not comply with the rules.",
     "The port authorities' noncompliance with the rules delayed the ferries.", True),
    ("The board was not effective in its inspections.",
     "The board's ineffectiveness in its inspections worried the guild.", True),
    # a prefixed word of another verb denies nothing the claim denies
    ("The port authorities did not comply with the rules.",
     "The port authorities' inaction on the rules delayed the ferries.", False),
])
def test_a_negation_by_a_prefix_on_another_form(claim, sentence, denied):
    from qa.claims.check import denies_the_same
    assert denies_the_same(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB) == denied


@pytest.mark.parametrize("claim, sentence, stated", [
    # "one option" is one of the options the sentence lists
    ("One option in the review was closing the western pier.",
     "The review offered three options: closing the western pier, repairing it, or selling it.",
     True),
    # a sentence that names no such set does not state the member
    ("One option in the review was closing the western pier.",
     "The review recommended closing the western pier.", False),
    # "one ship was sunk" is a tally, not a member
    ("One ship was sunk in the storm.", "Three ships were sunk in the storm.", False),
])
def test_a_member_of_a_set_the_sentence_names(claim, sentence, stated):
    claim_ = parse(claim, VOCAB)
    one = next(m for m in claim_.mentions if m.family == "count")
    assert (stated_by(one, claim_, parse(sentence, VOCAB), VOCAB) is not None) == stated


@pytest.mark.parametrize("terms, window, stated", [
    (("third", "biggest"), "Portwick Marine, the guild's third-largest boat builder, waited.",
     True),
    (("third", "largest"), "Portwick Marine, the guild's third-biggest boat builder, waited.",
     True),
    # an adjective of another sense is another description
    (("third", "biggest"), "Portwick Marine, the guild's third-oldest boat builder, waited.",
     False),
])
def test_a_superlative_describes_alike_by_a_synonymous_one(terms, window, stated):
    from qa.claims.identity import describes
    assert describes(parse(window, VOCAB).tokens, frozenset(terms), VOCAB) == stated


@pytest.mark.parametrize("claim, sentence, reversed_", [
    # opposite modifiers of different things: the staff are escorted by military units
    ("Civilian staff leaving the harbour must be escorted by guards.",
     "Harbour officials travelling outside the port require escorts from military or police "
     "units.", False),
    # of the same thing: reversed
    ("Civilian casualties rose in the harbour.", "Military casualties rose in the harbour.",
     True),
    # the opposite word is a noun of its own, before its verb: reversed
    ("Civilian staff rose in number.", "The military rose in number.", True),
])
def test_opposite_modifiers_of_different_things(claim, sentence, reversed_):
    from qa.claims.opposition import opposed
    assert bool(opposed(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)) == reversed_


def unstated_event_of(claim: str, sentence: str):
    from qa.claims.predicate import unstated_event
    return unstated_event(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB, frozenset())


@pytest.mark.parametrize("claim, sentence, unstated", [
    # a bare noun naming a part: what the verb is done to is the phrase after "of"
    ("Night patrols became part of the guild's duties in 2019.",
     "From 2019 the guild's duties also included night patrols.", False),
    # a real object, unstated, is still another event
    ("The guild published evidence of the storm damage.",
     "The guild inspected the piers after the storm.", True),
    # a noun of its own before "of" stays the object
    ("The guild took charge of the piers.", "The guild inspected the piers.", True),
])
def test_light_verbs(claim, sentence, unstated):
    assert bool(unstated_event_of(claim, sentence)) == unstated


@pytest.mark.parametrize("title, text, supported, unsupported", [
    pytest.param(
        "Freight", "Last year the northern harbours of Kelby and Orn accounted for 67 percent of "
        "all losses of freight on the coast, but the guild keeps only 16 percent of its boats "
        "there.",
        "Kelby and Orn saw about two-thirds of freight losses on the coast, yet only 16 percent "
        "of the guild's boats were there.",
        "About two-thirds of the guild's boats are kept at Kelby and Orn.",
        id="a rounded share, not a share of another thing"),
    pytest.param(
        "Yards", "Meanwhile, Portwick Marine, the guild's third-largest boat builder, is waiting "
        "for the new tariffs. In July, it temporarily closed its two yards, citing the floods "
        "of the spring.",
        "Portwick Marine, the guild's third-biggest boat builder, temporarily closed its two "
        "yards in July.",
        "Portwick Marine, the guild's third-oldest boat builder, temporarily closed its two "
        "yards in July.",
        id="a description the document gives with a synonymous superlative"),
    pytest.param(
        "Patrols", "The port authorities' noncompliance with the 2019 harbour rules impeded "
        "coordination between the guild and the coast guard, limiting joint patrols.",
        "Joint patrols were hampered because the port authorities did not comply with the 2019 "
        "harbour rules.",
        # the failure is the port authorities', not the fishermen's
        "The fishermen's failure to comply with the 2019 harbour rules impeded coordination "
        "between the guild and the coast guard, limiting joint patrols.",
        id="a denial by a prefix, with its owner"),
])
def test_supported_in_other_words_and_not_beyond_them(tmp_path, title, text, supported,
                                                      unsupported):
    check_in = checker(tmp_path, title, [text] + OTHER_TOPICS)
    assert check_in(supported)["verdict"] == "supported"
    assert check_in(unsupported)["verdict"] != "supported"
