"""A sentence's verb that heads a phrasal verb states the phrase, not itself: "the burning was
carried out by bandits" states no carrying, so a claim's "displaced" (which WordNet's "carry"
paraphrases, both moving a thing) is no reworded verb of that sentence, and its figure no
conflict with the sentence's. The phrase is read as its single verbs ("was unable to deal
with" states handle), and the bare verb still paraphrases ("the ferry carried" / "the ferry
transported")."""
import pytest

from qa.claims.check import check


@pytest.fixture(scope="module")
def valley(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("valley")
    docs = root / "docs"
    docs.mkdir()
    (docs / "valley.txt").write_text("\n\n".join([
        "Velm Valley Chronicle",
        "The inquiry widened in May 2031 after a panel concluded that the burning of more than "
        "40 granaries in Velm was carried out by river bandits.",
        "The Orsk ferry carried 300 passengers to Sudvik in June 2031.",
        "In 2032 the harbour board set up a fund of 12 million crowns for the fishing guild.",
        "The Orsk clinic's inability to deal with mass casualties worried the fishing guild.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(corpus, claim):
    return check(corpus, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "More than 9,000 people were displaced in Velm in 2031.",
    "More than 9,000 families were moved out of Velm in May 2031.",
    "Over 700 herders were transported from Velm in 2031.",
])
def test_a_phrasal_verbs_verb_is_no_paraphrase_of_another_event(valley, claim):
    assert verdict(valley, claim) == "not_found"


@pytest.mark.parametrize("claim, expected", [
    ("The Orsk ferry transported 300 passengers to Sudvik in June 2031.", "supported"),
    ("The Orsk ferry transported 500 passengers to Sudvik in June 2031.", "contradicted"),
    ("The burning of more than 40 granaries in Velm was carried out by river bandits.",
     "supported"),
    ("In 2032 the harbour board set up a fund of 15 million crowns for the fishing guild.",
     "contradicted"),
    # the phrase read as its single verbs: "deal with" is handle, manage
    ("The Orsk clinic's inability to handle mass casualties worried the fishing guild.",
     "supported"),
])
def test_the_bare_verb_and_the_phrase_itself_still_read(valley, claim, expected):
    assert verdict(valley, claim) == expected
