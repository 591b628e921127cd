"""A cause or a means the claim adds after its fact, which the sentence must state
(`unsaid.unstated_reason`, `adjunct.unstated_adjunct`). Invented texts.

Two ways such a phrase passed: the claim's verb in the present ("seals hunt eels because of
trawling") was no fact for the readers, whose gate asked for a past or "-ing" form, so the
cause after it was never read; and "through" and "via" opened no means at all.
"""
import pytest

from qa.claims.check import check


@pytest.fixture(scope="module")
def tarsk(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("tarsk")
    docs = root / "docs"
    docs.mkdir()
    (docs / "tarsk.txt").write_text("\n\n".join([
        "Tarsk County Notes",
        "Harbour seals in the Orvan shallows hunt sand eels at dawn.",
        "Grey herons in the marsh feed on river crabs because of the loss of reed beds to "
        "grazing.",
        "In May 2041 the Tarsk council passed its ferry levy through the harbour board, and "
        "Tarsk became the first county in the region to tax ferries.",
        "In June 2041, after twelve years of service, the Tarsk council closed the north quay "
        "of the county.",
        "The Orvan fleet has been through three winters of ice since the new hulls were fitted.",
        "Lake Orvan went through its longest freeze in 2041.",
        "Wading birds leave the salt flats in August because of the heat, and return in "
        "October.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(corpus, claim):
    return check(corpus, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # a verb in the present before the cause
    "Harbour seals in the Orvan shallows hunt sand eels because of trawling.",
    "Harbour seals in the Orvan shallows hunt sand eels at dawn owing to noise from ships.",
    # a means after "through" or "via"
    "The Tarsk council passed its ferry levy through a public vote.",
    "The Tarsk council passed its ferry levy via a postal ballot.",
])
def test_an_adjunct_the_sentence_never_gives_is_no_support(tarsk, claim):
    assert verdict(tarsk, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "The Tarsk council passed its ferry levy through the harbour board in May 2041.",
    "Grey herons in the marsh feed on river crabs as a result of losing reed beds to grazing.",
    "Grey herons feed on river crabs because grazing destroyed the reed beds.",
    "Wading birds leave the salt flats in August due to the heat.",
    "The Tarsk council closed the north quay in June 2041 after twelve years of service.",
    # "through" after a verb, no means: lived through, went through
    "The Orvan fleet has been through three winters of ice.",
    "Lake Orvan went through its longest freeze in 2041.",
])
def test_an_adjunct_the_sentence_gives_keeps_its_support(tarsk, claim):
    assert verdict(tarsk, claim) == "supported"
