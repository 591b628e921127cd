"""A prepositional phrase of the claim that its support never states (round 78, branch
halfstated85). Invented texts.

"The Orsk militia has been fighting smugglers ... since March 2029 on a lease settled in
amber" reached support by the sentence stating the rest: the phrase's words are a small share
of the claim's weight. Such a phrase, every content word of it unverified, none written in the
support's document, and with the sentence holding nothing in its place, leaves the claim
unstated (`qa.claims.unstated_phrase`). A phrase the document words elsewhere, one the sentence
words otherwise in its place, and an opening frame keep their support.
"""
import pytest

from qa.claims.check import check, english_stopwords
from qa.claims.unstated_phrase import WORD, phrases_unverified


@pytest.fixture(scope="module")
def coast(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("coast")
    docs = root / "docs"
    docs.mkdir()
    (docs / "coast.txt").write_text("\n\n".join([
        "Coast Report",
        "The harbour board says the Tarn council has become unhelpful.",
        "Secondly, the Orsk militia has been fighting smugglers on the Velm coast since "
        "March 2029.",
        "In May 2030 the Velm guild bought new mooring gear for the northern quay, which will "
        "have serious effects on harbour fees.",
        "Lighthouse repairs were postponed twice because of storms in the autumn.",
    ]) + "\n", encoding="utf-8")
    (docs / "fleet.txt").write_text("\n\n".join([
        "Fleet Notes",
        "The Sudvik fleet was set up in 1987 to patrol the outer islands.",
        "Its crews were trained at the Norland naval school over two winters.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(coast, claim):
    return check(coast, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The Orsk militia has been fighting smugglers on the Velm coast since March 2029 under a "
    "lease settled in amber.",
    "The Orsk militia has been fighting smugglers on the Velm coast since March 2029, under a "
    "lease settled in amber.",
    "The Sudvik fleet was set up in 1987 to patrol the outer islands during the long herring "
    "wars.",
])
def test_a_phrase_the_support_never_states_is_not_supported(coast, claim):
    result = check(coast, claim)
    assert result.verdict.value == "not_found"
    # the sentence stating the rest is still shown, as related
    assert result.evidence and all(e.stance.value == "related" for e in result.evidence)


def test_the_claim_without_the_phrase_is_supported(coast):
    assert verdict(coast, "The Orsk militia has been fighting smugglers on the Velm coast "
                          "since March 2029.") == "supported"


def test_a_phrase_worded_otherwise_in_its_place_keeps_the_support(coast):
    # "steep costs" stands where the sentence has "serious effects": another wording of it
    assert verdict(coast, "In May 2030 the Velm guild bought new mooring gear for the northern "
                          "quay, with steep costs for harbour fees.") == "supported"


def test_an_opening_frame_is_no_phrase_of_the_event(coast):
    assert verdict(coast, "As the almanac recounts, the Sudvik fleet was set up in 1987 to "
                          "patrol the outer islands.") == "supported"


def test_a_phrase_the_document_writes_keeps_the_support(coast):
    # the naval school is in the report, in the sentence after the support
    assert verdict(coast, "The Sudvik fleet was set up in 1987 to patrol the outer islands "
                          "with crews from a naval school.") == "supported"


def phrases(claim, unverified):
    return [content for _, _, content in
            phrases_unverified(WORD.findall(claim), set(unverified), english_stopwords())]


def test_phrases_open_on_a_preposition_after_a_stated_word():
    claim = "The guild hired pilots in May on a lease settled in amber."
    assert phrases(claim, {"lease", "settled", "amber"}) == [["lease", "settled"]]
    # a phrase with a stated word, a single word or a figure is none
    assert phrases(claim, {"lease", "amber"}) == []
    assert phrases("The guild hired pilots in 2031 amid bitter rows.", {"bitter"}) == []
    assert phrases("The guild hired pilots amid 40 bitter rows.", {"bitter", "rows"}) == []


def test_of_extends_the_phrase_and_an_opening_frame_is_skipped():
    assert phrases("The guild hired pilots during the long nights of frost.",
                   {"long", "nights", "frost"}) == [["long", "nights", "frost"]]
    assert phrases("In the booth today, the guild hired pilots.", {"booth", "today"}) == []
