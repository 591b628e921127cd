"""A claim pasted from numbered written evidence: a list marker ("17.", "(iv)", "•") is layout
and a first-person hedge ("I understand that", "..., as I recall, ...", "to my knowledge") the
speaker's access to the fact; the clause they frame is checked (`qa.claims.list_markers`,
`qa.claims.speaker_hedges`). A frame that doubts its clause, a third party's report and a
figure that counts stay. The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.list_markers import unlisted
from qa.claims.speaker_hedges import unhedged
from qa.types import Verdict
from tests.helpers.corpora import open_written

REPORT = (
    "The Varn Harbour Authority opened a second ferry pier at Ostel in 2027. "
    "The ferry service to Brenna island ran twice a week during the winter of 2028. "
    "Forty fishing crews left the Ostel cooperative after the storm of March 2029. "
    "The port board postponed the dredging of the northern channel until 2031."
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return open_written(tmp_path_factory, "frames79", {"harbour.txt": REPORT + "\n"})


@pytest.mark.parametrize("claim", [
    "17. The Varn Harbour Authority opened a second ferry pier at Ostel in 2027.",
    "(iv) The ferry service to Brenna island ran twice a week during the winter of 2028.",
    "Item 3: The port board postponed the dredging of the northern channel until 2031.",
    "\u2022 Forty fishing crews left the Ostel cooperative after the storm of March 2029.",
    "The Varn Harbour Authority, I understand, opened a second ferry pier at Ostel in 2027.",
    "9. We were given to understand that the port board postponed the dredging of the northern "
    "channel until 2031.",
    "To my knowledge, the ferry service to Brenna island ran twice a week during the winter "
    "of 2028.",
    "b) In 2027, as I understand the file, the Varn Harbour Authority opened a second "
    "ferry pier at Ostel.",
])
def test_the_framed_clause_is_supported(corpus, claim):
    assert check(corpus, claim).verdict == Verdict.SUPPORTED


@pytest.mark.parametrize("claim", [
    "17. The Varn Harbour Authority opened a second ferry pier at Ostel in 2024.",
    "(ii) The ferry service to Brenna island ran, I believe, twice a week during the winter "
    "of 2025.",
])
def test_a_contradicted_clause_stays_contradicted(corpus, claim):
    assert check(corpus, claim).verdict == Verdict.CONTRADICTED


@pytest.mark.parametrize("claim", [
    # a frame that doubts or denies its clause is no hedge
    "I doubt that the Varn Harbour Authority opened a second ferry pier at Ostel in 2027.",
    "We do not believe that the port board postponed the dredging of the northern channel "
    "until 2031.",
    # the clause is not stated
    "4. So far as we are aware, the Varn Harbour Authority sold the Ostel pier to a private "
    "operator.",
])
def test_a_doubted_or_unstated_clause_is_not_supported(corpus, claim):
    assert check(corpus, claim).verdict != Verdict.SUPPORTED


@pytest.mark.parametrize("text", [
    "12 fishing crews left the cooperative.",     # a figure that counts
    "J. Okafor chaired the port board in 2027.",  # an initial
    "2027. The pier opened.",                     # no list numbers a year
])
def test_no_marker_is_read_where_none_is(text):
    assert unlisted(text) == text


@pytest.mark.parametrize("text", [
    "The harbour master said she understood that the pier opened in 2027.",
    "I doubt that the pier at Ostel opened in 2027.",
    "I hardly think that the pier at Ostel opened in 2027.",
    "I misremember that the pier at Ostel opened in 2027.",
    "In my country, the pier at Ostel opened in 2027.",
])
def test_third_parties_doubts_and_places_stay(text):
    assert unhedged(text) == text
