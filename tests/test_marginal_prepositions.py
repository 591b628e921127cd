"""A participle English uses as a preposition ("given the deployment", "considering the
cost", "following the vote": Quirk et al. 1985, 9.10) is no verb: a claim verb it paraphrases
("paid" / "given") is not stated by it. Used as a verb ("was given the task") it still is."""
import pytest

from qa.claims.check import check


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("council")
    docs = root / "docs"
    docs.mkdir()
    (docs / "council.txt").write_text("\n\n".join([
        "Velm Council Notes",
        "Talks with the Velm authorities over the charter stalled, with Norland wary of "
        "tighter audits in the province given the arrival of the Harrow company.",
        "In 2030 the Harrow company was given 40 hectares of pasture by the Velm council.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(corpus, claim):
    return check(corpus, claim).verdict.value


def test_a_preposition_given_is_no_paying(council):
    assert verdict(council, "The Harrow company in Velm is paid by the Velm authorities in "
                            "salt.") == "not_found"


@pytest.mark.parametrize("claim, expected", [
    ("In 2030 the Harrow company was granted 40 hectares of pasture by the Velm council.",
     "supported"),
    ("In 2030 the Harrow company was granted 60 hectares of pasture by the Velm council.",
     "contradicted"),
])
def test_given_as_a_verb_still_reads(council, claim, expected):
    assert verdict(council, claim) == expected
