"""Text with the four letters Python's `re` matches, ignoring case, as ASCII ones ("İ" and "ı"
for i, the long s "ſ", the Kelvin sign for k) is read without error: a pattern that matched
"leſſ than" or "bıllıon" looked its match up in a table of lower-case words and stopped
`qa check` with an internal error (KeyError). Found by replacing every "s", "i" or "k" of the
bundled reports' passages and the read claim sets with its twin. Where a table is looked up,
the twin reads as its ASCII letter (`table_key`); elsewhere the parser compares lower-cased
words, to which a twin is another letter, so the readings of such a text may differ."""
import json

import pytest

from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.text.scripts import table_key
from tests.helpers.cli import run

VOCAB = vocabulary_for(Analyzer())
TWINS = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a", "K": "\u212a"}
# one text per table a figure pattern looks its match up in: fractions and their hedges,
# number words and scales, months and their clips, spoken years and quarters, multipliers and
# comparatives, parts of a year
TEXTS = ["Less than half of the troops left; two-thirds stayed and a sixth moved.",
         "More than six thousand soldiers and 1.2 billion dollars were sent.",
         "The budget was about 1.2 billion dollars in mid-September 2016.",
         "In nineteen ninety-six, three quarters of a million people fled.",
         "The camp was six times bigger than the old one and twice as large as Kidal.",
         "The enlargement was carried out at the start of 2020 and in late 2021.",
         "On 5 Sept. 2014 the mission took over; a sixth of its staff were killed."]


def values(text):
    return sorted((m.family, str(m.value), m.bound) for m in parse(text, VOCAB).mentions)


def test_table_key_reads_the_twins_as_their_ascii_letters():
    assert table_key("le\u017f\u017f than") == "less than"
    assert table_key("B\u0131LL\u0130ON") == "billion"
    assert table_key("\u212aM") == "km"
    assert table_key("Sixth") == "sixth"


@pytest.mark.parametrize("letter", sorted(TWINS))
@pytest.mark.parametrize("text", TEXTS)
def test_a_text_with_a_twin_letter_is_parsed(text, letter):
    parse(text.replace(letter, TWINS[letter]), VOCAB)  # raised KeyError for 13 of these


def test_a_twin_in_a_looked_up_word_reads_as_its_ascii_letter():
    # "leſſ than half": a hedge and a fraction looked up in their tables
    assert values("Le\u017f\u017f than half of the troops left.") \
        == values("Less than half of the troops left.")
    assert values("It cost 1.2 b\u0131ll\u0131on dollars.") \
        == values("It cost 1.2 billion dollars.")


def test_check_answers_a_claim_written_with_a_long_s(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Troops\n\nA sixth of the troops left the northern camp in "
                                  "2023.\n", encoding="utf-8")
    result = run("check", "A \u017fixth of the troops left the northern camp in 2023.",
                 "--json", "--corpus", folder, "--index", tmp_path / "index")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verdict"] in ("supported", "not_found")
