""""and" inside a number said in words comes only after a scale word ("two hundred and
fifty", "a thousand and one"): "between ten and twenty" is a range of two numbers, not the
number thirty, and a source giving "10–20" states it."""
import pytest

from qa.claims.check import check
from qa.claims.facts import numbers


@pytest.mark.parametrize("text, values", [
    ("between ten and twenty degrees", [10.0, 20.0]),
    ("fifty and sixty", [50.0, 60.0]),
    ("two hundred and fifty members", [250.0]),
    ("a thousand and one nights", [1001.0]),
    ("one hundred and five boats", [105.0]),
])
def test_and_joins_number_words_only_after_a_scale_word(text, values):
    assert [m.value for m in numbers(text)] == values


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("lake")
    docs = root / "docs"
    docs.mkdir()
    (docs / "lake.txt").write_text(
        "Velm Lake Notes\n\nIn summer the Velm lake warms to 10–20 °C near its shore.\n",
        encoding="utf-8")
    return open_corpus(docs, root / "index")


@pytest.mark.parametrize("claim, expected", [
    ("In summer the Velm lake warms to between ten and twenty °C near its shore.", "supported"),
    ("In summer the Velm lake warms to thirty °C near its shore.", "contradicted"),
])
def test_a_range_in_words_against_a_range_in_figures(lake, claim, expected):
    assert check(lake, claim).verdict.value == expected
