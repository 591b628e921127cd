"""Contradicted claims called not_found: a country told as the origin of the same noun two ways
("fishermen from Ghana" / "Senegalese fishermen", `compare.origin_both_ways`), and a relation
reversed in its place whose rest the sentence words otherwise (`check.rest_named` reads it
through the paraphrases a figure's rest is read with). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.compare import compare, rival_of
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

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


# the rest of a relation reversed in its place, read through paraphrases (`check.rest_named`)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Brenna lighthouse keepers logged 212 foggy nights along the southern cape last "
        "year, the most since records began.",
        "The Ostvik harbour board angered the fishermen in March 2018, when it imposed new "
        "fees on every catch landed at the quay. Two months later, board officials expelled the "
        "guild's envoy from Ostvik.",
        "Salt traders from Brenna moved their warehouses inland after the floods of 2019.",
        "In June 2021, the net makers of Ostvik opened a cooperative shop beside the fish market.")


@pytest.mark.parametrize("claim, verdict", [
    # "before" / "later" in their place; "levied" / "imposed", "charges" / "fees" (WordNet
    # paraphrases) and "threw ... out" / "expelled" (a phrasal verb) state the rest
    ("The Ostvik harbour board levied new charges on the fishermen in March 2018, and two months "
     "before that, board officials threw the guild's envoy out of Ostvik.", "contradicted"),
    ("Ostvik's harbour board levied new charges on every catch in March 2018, and two months "
     "before that, its officials threw the guild's envoy out.", "contradicted"),
    # the same order: the paraphrases lend no conflict
    ("The Ostvik harbour board levied new charges on the fishermen in March 2018, and two months "
     "after that, board officials threw the guild's envoy out of Ostvik.", "supported"),
])
def test_order_reversed_with_a_paraphrased_rest(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict
