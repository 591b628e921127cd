"""A noun or adjective of absence before "of" ("for want of", "a paucity of", "devoid of")
denies the noun phrase after it, as "lack of" does (`qa.claims.privative_of`; the words from
WordNet, `tools/wordnet_privatives.py`): a claim stating an absence in such words agrees with a
source stating it by "lack of" or "absence of", and disagrees with one stating the thing
present. Invented texts."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())
ROOT = Path(__file__).resolve().parent.parent
WORDNET = Path(os.environ.get("WORDNET_DIR", "/work/wn/usr/share/wordnet"))


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2031 the Velden ferry cooperative shelved its plans for a second passenger dock, "
        "which foundered on a lack of funding and municipal backing.",
        "The Tarland water board complained about the absence of reliable rainfall records "
        "for the northern valleys.",
        "In 2032 the Ostvik lighthouse trust received generous funding from the regional "
        "council for the restoration of its beacon.",
        "Under the charter of 2030, the Ostvik lighthouse trust has no authority to dredge "
        "the inner channel of the harbour.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "want of" / "lack of": one absence, worded two ways (main: contradicted)
    "The Velden ferry cooperative's plans for a second passenger dock foundered in 2031 for "
    "want of funding and municipal backing.",
    # "a paucity of" / "the absence of" (main: contradicted)
    "The Tarland water board complained about a paucity of reliable rainfall records for the "
    "northern valleys.",
])
def test_an_absence_worded_otherwise_is_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # the claim drops the absence: the funding the source says was lacking caused the failure
    "The Velden ferry cooperative's plans for a second passenger dock foundered in 2031 "
    "because of funding and municipal backing.",
    # the claim says the trust was without the funding the source says it received (main:
    # supported)
    "In 2032 the Ostvik lighthouse trust was hampered by a want of funding from the regional "
    "council for the restoration of its beacon.",
])
def test_an_absence_against_a_presence_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


def test_a_lack_told_by_its_verb_and_by_have_no_is_one_absence(harbour):
    # "lacks the authority" / "has no authority": the cue stated by the sentence's own
    # denial of the same words, and lack / have no reversal there (main: contradicted)
    claim = "The Ostvik lighthouse trust lacks the authority to dredge the inner channel of " \
        "the harbour."
    assert verdict(harbour, claim) == "supported"
    # the near miss: the authority affirmed is contradicted, never supported
    claim = "The Ostvik lighthouse trust has the authority to dredge the inner channel of " \
        "the harbour."
    assert verdict(harbour, claim) == "contradicted"


def test_want_of_denies_what_follows():
    text = parse("The harbour plan stalled for want of funding.", VOCAB)
    assert any(t.startswith("fund") for t in text.negated)


@pytest.mark.parametrize("sentence", [
    "The harbour trust wants more funding for the dock.",  # the verb of desire
    "The harbour trust ran a deficit of 3 percent in 2031.",  # a figure measured, not denied
])
def test_no_absence_without_its_of_phrase(sentence):
    text = parse(sentence, VOCAB)
    assert not text.negated


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="needs the WordNet 3.0 files")
def test_the_table_is_made_by_its_tool():
    made = subprocess.run([sys.executable, str(ROOT / "tools" / "wordnet_privatives.py"),
                           str(WORDNET)], capture_output=True, text=True, check=True).stdout
    assert made == (ROOT / "qa" / "search" / "data" / "wordnet_privatives.txt").read_text(
        encoding="utf-8")
