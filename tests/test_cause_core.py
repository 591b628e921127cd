"""A cause the claim adds, followed by a phrase of time (`unsaid.cause_core`). Invented texts.

"The lake's salinity has risen by about 12% because of canal dredging since the weir was
built" was supported by a sentence giving the rise and the time alone: the cause phrase ran
to the next comma, so the words of its time ("weir", "built"), stated by the sentence, made
up half of it, and the unstated cause ("canal dredging") was only half. The time is the main
clause's; the cause must be stated on its own words.
"""
import pytest

from qa.claims.check import check


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("lake")
    docs = root / "docs"
    docs.mkdir()
    (docs / "lake.txt").write_text("\n\n".join([
        "Lake Orvan Survey",
        "The salinity of Lake Orvan has risen by about 12% since the Tarsk weir was built.",
        "Reed cover on the north shore fell by a third during the long drought of 2041 "
        "because of grazing by feral goats.",
        "The ferry to Hollin stopped running in winter, owing to ice on the lake, until the "
        "new hull was fitted.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(lake, claim):
    return check(lake, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The salinity of Lake Orvan has risen by about 12% because of canal dredging since the "
    "Tarsk weir was built.",
    "The salinity of Lake Orvan has risen by about 12% due to evaporation since the Tarsk weir "
    "was built.",
    "Reed cover on the north shore fell by a third because of flooding during the long drought "
    "of 2041.",
])
def test_a_cause_the_sentence_never_gives_is_no_support(lake, claim):
    assert verdict(lake, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "The salinity of Lake Orvan has risen by about 12% since the Tarsk weir was built.",
    "Reed cover on the north shore fell by a third because of grazing by feral goats during "
    "the long drought of 2041.",
    "The ferry to Hollin stopped running in winter because of ice on the lake until the new "
    "hull was fitted.",
])
def test_a_cause_the_sentence_gives_keeps_its_support(lake, claim):
    assert verdict(lake, claim) == "supported"
