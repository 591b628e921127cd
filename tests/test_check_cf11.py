"""Supported claims written in another everyday spelling than the source's: a chemical formula
for its substance's name (`qa.claims.spellings`), an ordinal in words or figures, a unit
spelled the American or the British way or abbreviated (`qa.claims.facts`,
`qa.claims.compare.other_units`). The claims are about small corpora written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.spellings import spelling_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def stems(words: str) -> set[str]:
    return set(VOCAB.analyzer.terms(words))


@pytest.mark.parametrize("claim, sentence, stated", [
    # the formula, however written, by the name; the name by the formula
    ("The lagoon released CO2 in the summer.",
     "The lagoon released carbon dioxide in the summer.", "CO2"),
    ("The lagoon released CO 2 in the summer.",
     "The lagoon released carbon-dioxide in the summer.", "CO 2"),
    ("The lagoon released CO₂ in the summer.",
     "The lagoon released Carbon Dioxide in the summer.", "CO₂"),
    ("The lagoon released carbon dioxide in the summer.",
     "The lagoon released CO 2 in the summer.", "carbon dioxide"),
    ("The brine holds less water than the clay.", "The brine holds less H2O than the clay.",
     "water"),
    # the same spelling is matched as any word is, nothing to add
    ("The lagoon released CO2.", "The lagoon released CO2.", ""),
    # another substance, or the words apart: not the name
    ("The lagoon released CO2.", "The lagoon released carbon monoxide.", ""),
    ("The lagoon released CO2.", "The carbon in the lagoon is a dioxide of another kind.", ""),
    # a formula's letters inside a longer word or code are no formula
    ("The lagoon released carbon dioxide.", "The lagoon released CO22 and CO2X.", ""),
    # not a formula WordNet lists as a compound's (a virus, a protein)
    ("The lagoon released carbon dioxide.", "The lagoon released HS1 and CD4.", ""),
])
def test_spelling_terms(claim, sentence, stated):
    assert set(spelling_terms(parse(claim, VOCAB), parse(sentence, VOCAB))) == stems(stated)


def mentions(text: str) -> list[tuple]:
    return [(m.text, m.family, m.value) for m in parse(text, VOCAB).mentions]


@pytest.mark.parametrize("text, found", [
    # ordinals past the tenth, in words as in figures
    ("the twentieth century", [("twentieth", "ordinal", 20)]),
    ("the 20th century", [("20th", "ordinal", 20)]),
    ("the twenty-first century", [("twenty-first", "ordinal", 21)]),
    # a count of tens and units stays a count
    ("twenty-one boats", [("twenty-one", "count", 21.0)]),
    # units of one kind and size, however spelled
    ("lost 40 cm of ice", [("40", "count", 40.0)]),
])
def test_ordinals(text, found):
    assert mentions(text) == found


@pytest.mark.parametrize("text, unit", [("40 metres", "metre"), ("40 meters", "meter"),
                                        ("65 centimetres", "centimetre"), ("65 cm", "cm"),
                                        ("3 millimeters", "millimeter")])
def test_metric_units(text, unit):
    assert [m.unit for m in parse(text, VOCAB).mentions] == [unit]


LAGOON = ["Surveys of the Marrow lagoon found that warmer summers released more carbon dioxide "
          "from its peat beds.",
          "The Marrow lagoon warmed by 1.5 degrees Celsius over the twentieth century.",
          "The northern glacier above the lagoon lost 40 metres of ice after 1980.",
          "The lagoon's ferry service was suspended after the storm of 2016."]


@pytest.mark.parametrize("claim, verdict", [
    ("Warmer summers released more CO2 from the peat beds of the Marrow lagoon.", "supported"),
    ("The Marrow lagoon warmed by 1.5 degrees Celsius over the 20th century.", "supported"),
    ("The northern glacier above the lagoon lost 40 meters of ice after 1980.", "supported"),
    ("The northern glacier above the lagoon lost 4000 cm of ice after 1980.", "supported"),
    # another figure, another unit's size, another century: a conflict (the words of a
    # figure written otherwise count for support only, so the century is written alike)
    ("The Marrow lagoon warmed by 2.5 degrees Celsius over the twentieth century.",
     "contradicted"),
    ("The northern glacier above the lagoon lost 40 kilometres of ice after 1980.",
     "contradicted"),
    ("The Marrow lagoon warmed by 1.5 degrees Celsius over the 19th century.", "contradicted"),
    ("The Marrow lagoon warmed by 1.5 degrees Celsius over the nineteenth century.",
     "contradicted"),
    # the name stated, the rest of the claim not: no support
    ("Colder winters trapped more CO2 under the ice of the Marrow lagoon.", "not_found"),
])
def test_other_spellings_support(tmp_path, claim, verdict):
    check_in = checker(tmp_path, "Lagoon", LAGOON + OTHER_TOPICS)
    assert check_in(claim)["verdict"] == verdict
