"""Another thing's name before the claim's head noun (round 79, branch cfsupport86). Invented
texts.

"The Velm timber industry shipped 40,000 tonnes in 2031" was supported by "The Velm salt
industry shipped 40,000 tonnes in 2031": the one word replaced is a small share of the claim's
weight. Where the sentence writes the claim's head after a determiner with another concrete
noun before it, which the claim does not state, and states the claim's noun nowhere, it speaks
of another kind of the head (`qa.claims.qualifier_in_place`). Abstract qualifiers, a noun that
is the other's kind, and a qualifier the sentence also states keep their support.
"""
import pytest

from qa.claims.check import check


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("harbour")
    docs = root / "docs"
    docs.mkdir()
    (docs / "trade.txt").write_text("\n\n".join([
        "Velm Trade Review",
        "The Velm salt industry shipped 40,000 tonnes of cargo through Orsk harbour in 2031.",
        "The province's copper industry employs about 7,200 people along the Tarn coast.",
        "The Sudvik coal industry, like its timber industry, doubled its exports in 2029.",
        "The guild's fuel depot stored 900 barrels for the winter fleet.",
        "The harbour's busiest month was March 2030, when 61 ships called at Orsk.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The Velm timber industry shipped 40,000 tonnes of cargo through Orsk harbour in 2031.",
    "The province's tobacco industry employs about 7,200 people along the Tarn coast.",
    "The province's glass industry employs about 7,200 people along the Tarn coast.",
])
def test_another_concrete_noun_before_the_head_is_no_support(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict.value != "supported"


@pytest.mark.parametrize("claim", [
    "The Velm salt industry shipped 40,000 tonnes of cargo through Orsk harbour in 2031.",
    "The province's copper industry employs about 7,200 people along the Tarn coast.",
])
def test_the_claim_with_the_sentence_s_own_noun_is_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_a_qualifier_the_sentence_also_states_keeps_the_support(harbour):
    # the sentence names the timber industry too, beside the coal industry
    assert verdict(harbour, "The Sudvik timber industry doubled its exports in 2029.") \
        == "supported"


def test_an_abstract_qualifier_is_left_alone(harbour):
    # "peak" and "busiest" are no concrete things: a rewording as often as not
    assert verdict(harbour, "The harbour's peak month was March 2030, when 61 ships called "
                            "at Orsk.") == "supported"
