"""A witness's testimony: an aside of the speaker's own between commas or dashes states no
fact (`qa.claims.speaker_asides`), a frame or aside that doubts is read as doubt, a frame of
certainty made of two negatives is the speaker's, and a phrase after "but" is a fact of its
own (`unsaid.unstated_reason`). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.speaker_asides import asides_removed, assured, doubting_remark
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Tessel_flood.txt": (
        "Tessel flood",
        "The Tessel flood of 1931 cost 9 million guilders in uninsured harvest losses.",
        "Harwick was mostly shut in by pack ice from 1702 to the 1740s.",
        "In 1928 the Varrow Gazette forecast a 30% rise in river traffic over the next "
        "decade.",
    ),
    "Ossen_levy.txt": (
        "Ossen levy",
        "A 2019 study of the Ossen levy found that it cut coal use by 6% and barely touched "
        "regional output.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfreleased88-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    "The Tessel flood of 1931 cost, by the numbers I have read, 9 million guilders in "
    "uninsured harvest losses.",
    "Harwick, I'd remind the panel, was mostly shut in by pack ice from 1702 to the 1740s.",
    "In 1928 — and I think this striking — the Varrow Gazette forecast a 30% rise in river "
    "traffic over the next decade.",
    "The Tessel flood of 1931 cost 9 million guilders in uninsured harvest losses, and this "
    "is what troubles me most.",
])
def test_a_witness_aside_is_no_fact_of_the_claim(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the fact itself false: the aside taken off changes nothing
    "The Tessel flood of 1931 cost, by the numbers I have read, 4 million guilders in "
    "uninsured harvest losses.",
    # a frame or an aside that doubts: no assertion of what the source states
    "I find it hard to believe that the Tessel flood of 1931 cost 9 million guilders in "
    "uninsured harvest losses.",
    "I have my doubts that the Tessel flood of 1931 cost 9 million guilders in uninsured "
    "harvest losses.",
    "I cannot tell the committee that the Tessel flood of 1931 cost 9 million guilders in "
    "uninsured harvest losses.",
    "The Tessel flood of 1931, I doubt, cost 9 million guilders in uninsured harvest losses.",
    # what the fact came with, after "but", unstated
    "A 2019 study of the Ossen levy found that it cut coal use by 6%, but at a heavy cost "
    "to local trade.",
])
def test_a_false_fact_or_a_doubted_one_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "I have no doubt that the Tessel flood of 1931 cost 9 million guilders in uninsured "
    "harvest losses.",
    "We cannot deny that the Tessel flood of 1931 cost 9 million guilders in uninsured "
    "harvest losses.",
])
def test_a_frame_of_certainty_asserts_its_clause(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim, bare", [
    ("Tam — born abroad, I might add — was a professor at Lund.",
     "Tam — born abroad — was a professor at Lund."),
    ("The pier, oddly enough, closed — frankly — in 2019.",
     "The pier, oddly enough, closed in 2019."),
    ("The dam — as I recall it — was finished in 1990.", "The dam was finished in 1990."),
])
def test_asides_removed(claim, bare):
    assert asides_removed(claim) == bare


@pytest.mark.parametrize("claim", [
    # a fact of the speaker's (a relative clause, a name, a figure), or a doubt: kept
    "The flood of 1931, which destroyed my house, cost 3 million guilders.",
    "The dam was finished, as Dr Aalto told me, in 1990.",
    "The dam, I doubt, was finished in 1990.",
    "The dam was finished in 1990, I'm not sure.",
    "The winters 1731–32 froze the Orsk canal twice.",
])
def test_asides_kept(claim):
    assert asides_removed(claim) == claim


def test_doubting_and_assured_frames():
    assert doubting_remark("I remain unconvinced that the dam was finished in 1990.")
    assert doubting_remark("The dam, I'm not sure, was finished in 1990.")
    assert not doubting_remark("We must not forget that the dam was finished in 1990.")
    assert not doubting_remark("I would tell the committee that the dam was finished in 1990.")
    assert assured("I have no doubt that the dam was finished in 1990.") == \
        "The dam was finished in 1990."
    assert assured("I do not believe that the dam was finished in 1990.") == \
        "I do not believe that the dam was finished in 1990."
