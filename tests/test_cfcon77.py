"""Real-world contradictions that went unread: a superlative after "was" has no voice, so an
attribute rival between the claim's own neighbours is in its place
(`verb_in_place.passive_voice`); a verb of change after "to" that the same verb governs in both
texts is read against its opposite (`qa.claims.governed_change`). Sentences invented here."""
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def test_a_superlative_after_was_is_no_passive():
    from qa.claims.verb_in_place import passive_voice
    text = parse("The spring of 1911 was the wettest in the valley's history.", VOCAB)
    wettest = next(n for n, t in enumerate(text.tokens) if t.lower == "wettest")
    assert not passive_voice(text, wettest)
    text = parse("The ferry was sold to the harbour board.", VOCAB)
    sold = next(n for n, t in enumerate(text.tokens) if t.lower == "sold")
    assert passive_voice(text, sold)


def test_the_other_end_of_the_scale_in_its_place_contradicts(tmp_path):
    check = checker(tmp_path, "Tarvik weather", [
        "Frost returned in March and April, and a string of snowy weeks made the summer of "
        "1911 the coldest in the Tarvik valley's records.", *OTHER_TOPICS])
    assert check("The summer of 1911 was the warmest in the Tarvik valley's records."
                 )["verdict"] == "contradicted"
    assert check("The summer of 1911 was the coldest in the Tarvik valley's records."
                 )["verdict"] == "supported"


def test_a_change_voted_the_other_way_contradicts(tmp_path):
    check = checker(tmp_path, "Harbour votes", [
        "In 1987, the Orvel council voted to restrict the harbour board's power to levy dock fees, "
        "and in 1990 it voted against the new quay.", *OTHER_TOPICS])
    assert check("In 1987, the Orvel council voted to widen the harbour board's power to levy "
                 "dock fees.")["verdict"] == "contradicted"
    assert check("In 1987, the Orvel council voted to restrict the harbour board's power to levy "
                 "dock fees.")["verdict"] == "supported"


def test_a_change_refused_is_no_reverse():
    from qa.claims.direction_reversed import direction_reversed
    claim = parse("The Orvel council refused to widen the harbour board's power.", VOCAB)
    sentence = parse("The Orvel council refused to restrict the harbour board's power.", VOCAB)
    # refusing one change and refusing the other can both hold: no reversal read
    assert direction_reversed(claim, sentence, VOCAB) is None
    claim = parse("The Orvel council voted to widen the harbour board's power.", VOCAB)
    sentence = parse("The Orvel council agreed to restrict the harbour board's power.", VOCAB)
    # a vote and an agreement are two acts: the infinitives are not read against each other
    assert direction_reversed(claim, sentence, VOCAB) is None


def test_a_lone_year_against_a_pair_is_no_reversal(tmp_path):
    check = checker(tmp_path, "Tarvik weather", [
        "Frost returned in March and April, and a string of snowy weeks made the summer of "
        "1911 the coldest in the Tarvik valley's records.",
        "Thaws and mild rain made the winter of 1913/1914 the warmest in the Tarvik valley's "
        "records.", *OTHER_TOPICS])
    # "the winter of 1913" may be another winter than "1913/1914": not contradicted
    assert check("The winter of 1913 was the coldest in the Tarvik valley's records."
                 )["verdict"] != "contradicted"
    # the claim's comparative and the sentence's opposite, neither a passive
    assert check("The summer of 1911 was warmer than any other in the Tarvik valley's "
                 "records.")["verdict"] != "supported"
