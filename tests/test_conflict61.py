"""Contradicted claims called not_found: a country told as the origin of the same noun two ways
("fishermen from Ghana" / "Senegalese fishermen", `compare.origin_both_ways`). The texts are
invented here."""
from qa.claims.compare import compare, rival_of
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())

SENTENCE = ("In May, Gambia angered Senegal by detaining 12 Senegalese fishermen whom it called "
            "smugglers (Dakar says they were licensed).")


def country(text, written):
    return next(m for m in text.mentions if m.text == written)


def test_a_country_after_from_is_rivalled_by_a_demonym_of_the_same_noun():
    claim = parse("Gambia angered a neighbour by detaining 12 fishermen from Ghana, whom Banjul "
                  "called smugglers.", VOCAB)
    sentence = parse(SENTENCE, VOCAB)
    rival = rival_of(country(claim, "Ghana"), claim, sentence, VOCAB, False)
    assert rival is not None and rival.text == "Senegalese"
    found = compare(claim, sentence, sentence, VOCAB)
    assert [(c.claim, c.source) for c in found.conflicts] == [("Ghana", "Senegalese")]


def test_the_same_country_told_both_ways_is_no_rival():
    claim = parse("Gambia angered a neighbour by detaining 12 fishermen from Senegal, whom Banjul "
                  "called smugglers.", VOCAB)
    sentence = parse(SENTENCE, VOCAB)
    found = compare(claim, sentence, sentence, VOCAB)
    assert not found.conflicts


def test_a_place_the_deed_starts_from_is_no_origin_of_a_noun():
    # "sailed from Ghana": the country follows a verb, not the noun the demonym qualifies
    claim = parse("Gambia angered a neighbour when 12 fishermen sailed from Ghana.", VOCAB)
    sentence = parse(SENTENCE, VOCAB)
    assert rival_of(country(claim, "Ghana"), claim, sentence, VOCAB, False) is None
