"""A manner of the claim's deed that the sentence tells otherwise of the same verb keeps
support away (`qa.claims.other_manner`); a manner the sentence does not tell stays an unstated
detail, weighed as before."""
import pytest
from typer.testing import CliRunner

from cli import app
from qa.claims.facts import parse
from qa.claims.other_manner import manner_told_otherwise
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

runner = CliRunner()
HARBOUR = (
    "Harbour Council Minutes\n\n"
    "The Harbour Council passed the ferry levy without objection at its spring session in "
    "Varnholt.\n\n"
    "The fishermen's union won the harbour ballot by a landslide in March.\n\n"
    "The regional board adopted Resolution 48 unanimously last winter.\n\n"
    "The port board narrowly approved the pilot fees in June.\n"
)


@pytest.mark.parametrize("claim, sentence, fires", [
    # a "by" phrase of manner against an adverb, and against a "without" phrase
    ("The regional board adopted Resolution 48 only by a narrow majority.",
     "The regional board adopted Resolution 48 unanimously last winter.", True),
    ("The Harbour Council passed the ferry levy by a slim margin.",
     "The Harbour Council passed the ferry levy without objection at its spring session.",
     True),
    # an adverb against a "by" phrase, and an adverb before the verb against one after it
    ("The fishermen's union won the harbour ballot narrowly.",
     "The fishermen's union won the harbour ballot by a landslide in March.", True),
    ("The mayor reluctantly agreed to the new berth rota.",
     "The mayor agreed readily to the new berth rota.", True),
    # the same manner, in another form of the word
    ("The port board approved the pilot fees by a narrow margin.",
     "The port board narrowly approved the pilot fees in June.", False),
    # the sentence tells no manner: an unstated detail, left to the weights
    ("The regional board adopted Resolution 48 only by a narrow majority.",
     "The regional board adopted Resolution 48 last winter.", False),
    # the sentence's manner is of another verb, or its "by" names who did it
    ("The regional board adopted Resolution 48 only by a narrow majority.",
     "The regional board adopted Resolution 48 after the mayor spoke forcefully.", False),
    ("The levy was passed by a slim margin.",
     "The levy was passed by the harbour council.", False),
])
def test_manner_told_otherwise(claim, sentence, fires):
    vocab = vocabulary_for(Analyzer())
    assert manner_told_otherwise(parse(claim, vocab), parse(sentence, vocab), vocab,
                                 frozenset()) == fires


@pytest.mark.parametrize("claim, verdict", [
    ("The regional board adopted Resolution 48 only by a narrow majority", "not_found"),
    ("The Harbour Council passed the ferry levy by a slim margin", "not_found"),
    ("The regional board adopted Resolution 48 unanimously", "supported"),
    ("The Harbour Council passed the ferry levy without objection", "supported"),
    ("The fishermen's union won the harbour ballot by a landslide", "supported"),
])
def test_check_manner_told_otherwise(tmp_path, claim, verdict):
    (tmp_path / "minutes.txt").write_text(HARBOUR)
    result = runner.invoke(app, ["check", claim, "--corpus", str(tmp_path), "--json"])
    assert f'"verdict": "{verdict}"' in result.output, result.output
