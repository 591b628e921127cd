"""True claims called contradicted through a denial the claim tells in other words (round 83,
branch conflict90). Invented texts.

A claim saying a thing is wanting ("scant records", "data-deficient", "poor supervision by the
inspectors") or a deed undoable ("cannot reliably forecast") met a sentence that denies the
same ("insufficient records", "a lack of supervision from the harbour's inspectors",
"impossible to reliably forecast") as its opposite: `compare.flipped` read the claim's word as
affirmed. The other pole ("ample records", "close supervision") still conflicts.
"""
import pytest

from qa.claims.ability_denied import ability_denies
from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.scarcity import wanting_pole
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def conflicts(claim: str, sentence: str) -> list[tuple[str, str]]:
    found = compare(parse(claim, VOCAB), parse(sentence, VOCAB), parse(sentence, VOCAB), VOCAB)
    return [(c.claim, c.source) for c in found.conflicts]


@pytest.mark.parametrize("claim, sentence", [
    # an adjective on the pole of "insufficient" / "inadequate" by WordNet's antonyms
    ("Nine of the Velmar lagoons were surveyed with scanty records.",
     "Nine of the Velmar lagoons were surveyed with insufficient records."),
    ("The Orsk dredging crews worked with deficient charts.",
     "The Orsk dredging crews worked with a lack of charts."),
    # the adjective glued after the word by a hyphen
    ("Of the twelve Velmar lagoons, three were rising and nine were records-deficient.",
     "Of the twelve Velmar lagoons, three are rising and nine have insufficient records."),
    # the denial's head wanting on both sides; its modifier's noun, after a genitive, is there
    ("The stevedores blamed the delays on poor supervision by the inspectors.",
     "The stevedores blamed the delays on a lack of supervision from the harbour's "
     "inspectors."),
    # a verb denied by "impossible to", an adverb between
    ("Engineers cannot reliably forecast the Velmar floods more than a week ahead.",
     "It is impossible to reliably forecast the Velmar floods more than a week ahead."),
])
def test_a_denial_told_in_other_words_is_no_conflict(claim, sentence):
    assert conflicts(claim, sentence) == []


@pytest.mark.parametrize("claim, sentence", [
    # the other pole still meets the denial as its opposite
    ("Nine of the Velmar lagoons were surveyed with ample records.",
     "Nine of the Velmar lagoons were surveyed with insufficient records."),
    ("The stevedores praised the close supervision by the inspectors.",
     "The stevedores complained of a lack of supervision from the harbour's inspectors."),
])
def test_the_other_pole_still_conflicts(claim, sentence):
    assert conflicts(claim, sentence) != []


@pytest.mark.parametrize("word, wanting", [
    ("scant", True), ("scanty", True), ("deficient", True), ("meager", True),
    ("ample", False), ("sufficient", False), ("adequate", False), ("rich", False),
])
def test_the_pole_of_want_is_read_from_wordnet_antonyms(word, wanting):
    assert wanting_pole(word) is wanting


@pytest.mark.parametrize("text, word, denied", [
    ("It is impossible to reliably forecast the floods.", "forecast", True),
    ("The crews were unable to reach the pier.", "reach", True),
    ("It is possible to forecast the floods.", "forecast", False),
    ("It is impossible to say whether the crews will forecast the floods.", "forecast", False),
])
def test_a_verb_after_impossible_to_is_denied(text, word, denied):
    parsed = parse(text, VOCAB)
    term = next(t for tok in parsed.tokens if tok.word == word for t in tok.terms)
    assert ability_denies(parsed, term) is denied
