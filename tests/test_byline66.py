"""byline66 (invented text): a claim crediting what it says to the author of the text it was
read in ("a Harbor Trust analyst wrote that ...", "..., per Harbor Trust.") is stated by a
sentence of a document that names the body as its own (title, heading, back matter, "my
organization"), not by one of a document that names the body only in passing; and a frame set
between commas (", per Harbor Trust,", ", Harbor Trust observes,") is a citation."""
import pytest

from qa.claims.byline import bylines
from qa.claims.cited import cited
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


@pytest.mark.parametrize("claim, authors", [
    ("The old pier closed in May, a Harbor Trust analyst wrote.", ["Harbor Trust"]),
    ("So the Harbor Trust piece says that the old pier closed in May.", ["Harbor Trust"]),
    ("Harbor Trust's analysts found that the old pier closed in May.", ["Harbor Trust"]),
    ("The old pier closed in May, Harbor Trust's Ann Lee wrote.", ["Harbor Trust", "Ann Lee"]),
    ("The old pier closed in May, per Harbor Trust.", ["Harbor Trust"]),
    # a text that says nothing, or a person of the story who speaks, is no byline
    ("The Harbor Trust report was published in May.", []),
    ("A Harbor Trust pilot said the old pier closed in May.", []),
    # a citation `cited` reads is left to its own content-alone reading
    ("According to Harbor Trust, the old pier closed in May.", []),
])
def test_bylines(claim, authors, vocab):
    parsed = parse(claim, vocab)
    assert sorted(parsed.mentions[n].text for n in bylines(parsed)) == sorted(authors)


@pytest.mark.parametrize("claim, frame, content", [
    ("The ferry crews, per Harbor Trust, went on strike in June.", ", per Harbor Trust,",
     "The ferry crews went on strike in June."),
    ("In Kalokol, Harbor Trust observes, the ferry crews went on strike in June.",
     ", Harbor Trust observes,", "In Kalokol the ferry crews went on strike in June."),
])
def test_interjected_citation(claim, frame, content):
    citation = cited(claim)
    assert citation is not None and citation.shape == "interjected"
    assert (citation.frame, citation.content, citation.sources) == (frame, content,
                                                                    ("Harbor Trust",))


@pytest.mark.parametrize("claim", [
    "The harbour, per capita, earns more than the town.",  # a rate, no source
    "Kalokol, Harbor Trust, and the guild met in May to talk.",  # a list, no frame
])
def test_no_interjected_citation(claim):
    assert cited(claim) is None


def test_checked_end_to_end(tmp_path):
    check = checker(tmp_path, "Harbour lessons", [
        "In May 2019 the harbour board closed the old pier at Kalokol after a winter of storms.",
        "The ferry crews went on strike in June over the new rota.",
        "The guild met under the Tideway Institute rule, so no speaker is named.",
        *OTHER_TOPICS,
        "Dredging of the north channel was postponed for a second year.",
        "Ann Lee is a research lead with the Harbor Trust.",
        "Subscribe to the Harbor Trust newsletter."])
    pier = "the harbour board closed the old pier at Kalokol in May 2019"
    assert check(f"A Harbor Trust analyst wrote that {pier}.")["verdict"] == "supported"
    assert check("In May 2019, Harbor Trust's Ann Lee said, the harbour board closed the old "
                 "pier at Kalokol.")["verdict"] != "contradicted"
    assert check(f"{pier[0].upper()}{pier[1:]}, per Harbor Trust.")["verdict"] == "supported"
    assert check("The ferry crews, per Harbor Trust, went on strike in June.")["verdict"] \
        == "supported"
    # another body: one the document names only in passing, and one it never names
    assert check(f"A Tideway Institute analyst wrote that {pier}.")["verdict"] == "not_found"
    assert check(f"A Seaboard Council analyst wrote that {pier}.")["verdict"] == "not_found"
    assert check(f"{pier[0].upper()}{pier[1:]}, per Seaboard Council.")["verdict"] == "not_found"
