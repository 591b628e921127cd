"""bench/mutations.py changes one fact of a claim per operator: each must change exactly what
it says, or nothing (None), or the bench's figures mean nothing."""
import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "mutations.py"


@pytest.fixture(scope="module")
def mutations():
    spec = importlib.util.spec_from_file_location("mutations", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, claim, mutant", [
    ("number", "The board sold 40 boats in 2019.", "The board sold 83 boats in 2019."),
    ("number", "On 11 November the ferry sank.", "On 14 November the ferry sank."),
    ("year", "The board sold 40 boats in 2019.", "The board sold 40 boats in 2022."),
    ("month", "The ferry sank in March.", "The ferry sank in August."),
    ("negation", "The ferry was repaired in May.", "The ferry was not repaired in May."),
    ("polar", "The pier was closed after the storm.", "The pier was closed before the storm."),
    ("antonym", "The board rejected the request.", "The board loved the request."),
    ("names", "Ghana detained sailors from Togo.", "Togo detained sailors from Ghana."),
    ("negation", "The ferry was not repaired.", None),
    ("year", "The ferry sank in March.", None),
])
def test_each_operator_changes_one_fact(mutations, name, claim, mutant):
    assert mutations.operators(["Chad", "Niger"])[name](claim) == mutant


def test_a_country_is_swapped_for_one_the_claim_does_not_name(mutations):
    swap = mutations.operators(["Chad", "Niger", "Ghana"])["country"]
    assert swap("Niger and Chad signed the treaty.") == "Niger and Ghana signed the treaty."
