"""Real-world claims naming a thing in full that an article, after naming it once, calls by
its head noun alone ("the treaty"): `qa.claims.named_back` reads the chain of bare definite
nouns back to the name, within two passages, and stops at another name of that noun or a
thing brought in anew ("a separate report"). Two readings such support would otherwise let
through: a means the claim adds ("mainly by ...", `qa.claims.means_clause`) and an aim the
claim affirms that the sentence's own verb denies ("set out to" / "did not seek to",
`denied_aim.denied_claim_aim`). The texts are invented here."""
import pytest

from qa.claims.check import check
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Upland_water_talks.txt": (
        "Upland water talks",
        "Talks on the Corran Water Treaty broke down in 2017 over dam quotas.",
        "The 2018 summit negotiated the Harwick Water Treaty, a regional treaty on river "
        "withdrawals.",
        "On 3 May 2019, 41 states ratified the treaty in Lisbon, and began applying it at "
        "once."),
    "Ostmere_hydrology.txt": (
        "Ostmere hydrology",
        "The Brenna Report on the Ostmere basin was published in 2018 by the river board.",
        "The report was reviewed by engineers at Holm University before its release.",
        "The Dunmore Report on the Selva basin was published in 2019 by the same board.",
        "In 2021 a separate report on the Selva was commissioned from outside experts.",
        "The report was drafted by hydrologists at Tarn College over two winters."),
    "Tolvik_freight_levy.txt": (
        "Tolvik freight levy",
        "A 2016 study found that the Tolvik freight levy cut road haulage by 8–12% while "
        "leaving shop prices almost unchanged."),
    "Marsh_permit_inquiry.txt": (
        "Marsh permit inquiry",
        "The Kelder inquiry did not seek to assess the marsh dams themselves, but rather "
        "whether their permits were lawful."),
}


# other articles, so that "treaty" and "report" are no words of the corpus's setting (a name
# whose last word most passages have may go unsaid, `check.setting`)
LIGHTHOUSES = {
    f"Lighthouse_{n}.txt": (f"Lighthouse {n}",) + tuple(
        f"The lamp of lighthouse {n} on cape {k} was first lit in {1850 + 7 * n + k} and "
        f"was seen {10 + k} miles out to sea by {word} crews."
        for k, word in enumerate(("fishing", "naval", "ferry", "whaling", "pilot")))
    for n in range(1, 9)}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), {**ARTICLES, **LIGHTHOUSES})


@pytest.mark.parametrize("claim", [
    # "the treaty", the name given a paragraph before (with its apposition "a regional treaty")
    "In May 2019, 41 states ratified the Harwick Water Treaty in Lisbon.",
    # "the report", the name given in the paragraph before
    "The Brenna Report was reviewed by engineers at Holm University.",
])
def test_name_referred_back_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another treaty of the article: "the treaty" is the last one named
    "In May 2019, 41 states ratified the Corran Water Treaty in Lisbon.",
    # "a separate report" comes between: "the report" is that one
    "The Dunmore Report was drafted by hydrologists at Tarn College.",
])
def test_name_of_another_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_deed_without_means_is_supported(wiki):
    assert check(wiki, "The Tolvik freight levy cut road haulage by 8-12%.").verdict \
        == "supported"


@pytest.mark.parametrize("claim", [
    "The Tolvik freight levy cut road haulage by 8-12%, mainly by shifting loads to rail.",
    "The Tolvik freight levy cut road haulage by 8-12%, largely through a tax on diesel.",
])
def test_means_never_given_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_aim_reached_for_is_not_supported_by_aim_denied(wiki):
    assert check(wiki, "The Kelder inquiry set out to assess the marsh dams themselves.").verdict \
        != "supported"
