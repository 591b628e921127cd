"""A bound kept against a bound crossed: "patrols confined to the breakwater" / "patrols
extended beyond the breakwater" (`qa.claims.bounds`), read as the claim's relation reversed;
and a name's short form owning a word is the claim's name, not a rival ("the Safety Board
asked" / "the HSB asked", `opposition.owns_alike`). The sentences are written here."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_written

DOCS = {
    "harbour.md": "# Harbour report\n\n"
                  "The Tarsian Harbour Safety Board (HSB) was set up in 1990 to oversee the "
                  "port.\n\n"
                  "In 2019, the HSB asked the coast guard to extend its patrols beyond the "
                  "outer breakwater, with the aim of protecting the fishing fleet.\n\n"
                  "Since the storm, the ferries have been restricted to the inner basin of "
                  "the harbour.\n",
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_written(tmp_path_factory, "precision23", DOCS)


def relation_conflicts(result):
    return {(c.claim, c.source) for e in result.evidence for c in e.conflicts
            if c.kind == "relation"}


@pytest.mark.parametrize("claim, kept", [
    ("In 2019, the HSB asked the coast guard to keep its patrols confined to the outer "
     "breakwater.", "confined"),
    ("In 2019, the HSB asked the coast guard to keep its patrols limited to the outer "
     "breakwater.", "limited"),
])
def test_a_bound_kept_is_contradicted_by_the_bound_crossed(harbour, claim, kept):
    result = check(harbour, claim)
    assert result.verdict == "contradicted", result
    assert (kept, "beyond") in relation_conflicts(result), result


def test_a_bound_crossed_is_contradicted_by_the_bound_kept(harbour):
    result = check(harbour, "Since the storm, the ferries have sailed beyond the inner basin "
                            "of the harbour.")
    assert result.verdict == "contradicted", result
    assert ("beyond", "restricted") in relation_conflicts(result), result


def test_another_bound_is_no_reversal(harbour):
    # kept to the inner basin and taken past the outer breakwater: two bounds, no reversal
    result = check(harbour, "In 2019, the HSB asked the coast guard to keep its patrols "
                            "confined to the inner basin.")
    assert not any(kept == "confined" for kept, _ in relation_conflicts(result)), result


def test_the_short_form_of_a_body_is_no_rival_owner(harbour):
    # "the Safety Board" is the HSB without its first word: one body, the claim true
    result = check(harbour, "In 2019, the Safety Board asked the coast guard to extend its "
                            "patrols beyond the outer breakwater.")
    assert result.verdict == "supported", result


def test_a_sentence_that_states_both_bounds_reverses_nothing(tmp_path_factory):
    texts = {"quay.md": "# Quay report\n\n"
                        "The repairs were confined to the north quay until May and then went "
                        "beyond the north quay.\n"}
    index = open_written(tmp_path_factory, "precision23-both", texts)
    result = check(index, "The repairs went beyond the north quay.")
    assert not any(word == "beyond" for word, _ in relation_conflicts(result)), result


def test_a_span_of_years_matched_by_a_year_is_no_offset():
    # "the last 1,800 years" matched by a sentence's "~1800" read as a year: the count is
    # no offset ("later", "before" after it), and reading its offset's end once raised
    from qa.claims.facts import Mention, parse
    from qa.claims.intervals import spanned_terms
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer

    vocab = vocabulary_for(Analyzer())
    claim = parse("Ice cores over the last 1,800 years show two warm periods.", vocab)
    n = next(i for i, m in enumerate(claim.mentions) if m.family == "count")
    year = Mention(family="year", value=1800.0, text="1800", start=0, end=4, bound="",
                   kind="", day=0, unit="")
    assert spanned_terms(claim, {n: year}, vocab) == frozenset()
