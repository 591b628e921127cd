"""A claim of two or more sentences read as one claim whose facts are spread over its
sentences (round 77, branch multi84). Invented texts.

Read whole, "The Orsk militia is a private security firm from Tarn. It has been fighting
smugglers ..." needs one source sentence (or a neighbour pair) stating both; the report states
each in its own paragraph. Each sentence read alone, a later one's opening pronoun read as the
subject of the sentence before, is supported by one document: so is the claim, each
sentence's evidence shown (`qa.claims.claim_sentences`). Not when the sentences are stated
only by different documents, when one opens on a demonstrative for the statement before, or
when the whole reading's conflict lies in a source sentence that does not state the value's
own sentence.
"""
import pytest

from qa.claims.check import check
from qa.claims.claim_sentences import sentences_alone


@pytest.fixture(scope="module")
def coast(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("coast")
    docs = root / "docs"
    docs.mkdir()
    (docs / "coast.txt").write_text("\n\n".join([
        "Coast Report",
        "The harbour board says the Tarn council has become unhelpful; it also thinks the "
        "council's pact with the Orsk militia, a private security firm from Tarn, is "
        "harmful.",
        "The Velm coast has three quays, and the northern quay is the busiest of them.",
        "Ferry traffic fell by a third over the winter, and the board cut its timetable.",
        "Lighthouse repairs were postponed twice because of storms in the autumn.",
        "Secondly, the Orsk militia has been fighting smugglers on the Velm coast since "
        "March 2029.",
        "The Velm ferry company was founded in 1994 to serve the three quays.",
    ]) + "\n", encoding="utf-8")
    (docs / "fleet.txt").write_text("\n\n".join([
        "Fleet Notes",
        "The Sudvik fleet was set up in 1987 to patrol the outer islands.",
        "Its crews were trained at the Norland naval school over two winters.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(coast, claim):
    return check(coast, claim).verdict.value


def test_each_sentence_stated_in_one_report_supports(coast):
    result = check(coast, "The Orsk militia is a private security firm from Tarn. It has been "
                          "fighting smugglers on the Velm coast since March 2029.")
    assert result.verdict.value == "supported"
    shown = " ".join(e.sentence for e in result.evidence)
    # each sentence's own evidence is shown
    assert "private security firm" in shown and "fighting smugglers" in shown


def test_sentences_of_two_reports_do_not_support(coast):
    # each sentence stated, but by two documents, two accounts
    assert verdict(coast, "The Orsk militia is a private security firm from Tarn. The Sudvik "
                          "fleet was set up in 1987 to patrol the outer islands.") \
        == "not_found"


def test_a_demonstrative_for_the_statement_is_not_read_alone(coast):
    assert verdict(coast, "The Orsk militia is a private security firm from Tarn. This made "
                          "the Velm coast far safer for ferries.") == "not_found"


def test_an_unstated_sentence_leaves_the_claim_unsupported(coast):
    assert verdict(coast, "The Orsk militia is a private security firm from Tarn. It has also "
                          "guarded the Norland lighthouse with forty boats since 2030.") \
        == "not_found"


@pytest.mark.parametrize("claim, sentences", [
    ("In 2031, the Tarvik guild leased two dredgers. It moored them at Sudvik.",
     ["In 2031, the Tarvik guild leased two dredgers", "The Tarvik guild moored them at Sudvik"]),
    ("The Tarvik guild leased two dredgers. Its budget doubled.",
     ["The Tarvik guild leased two dredgers", "The Tarvik guild's budget doubled"]),
    ("The Orsk militias arrived in May. They stayed a year.",
     ["The Orsk militias arrived in May", "The Orsk militias stayed a year"]),
])
def test_a_pronoun_subject_is_read_as_the_subject_before(claim, sentences):
    assert sentences_alone(claim) == sentences


@pytest.mark.parametrize("claim", [
    "The Tarvik guild leased two dredgers.",  # one sentence
    "The Tarvik guild leased two dredgers. This delayed the works.",  # for the statement
    "The Tarvik guild leased two dredgers. That is right, three.",
    "The Tarvik guild leased two dredgers. Then it moored them at Sudvik.",  # related
])
def test_claims_left_to_the_whole_reading(claim):
    assert sentences_alone(claim) is None


@pytest.fixture(scope="module")
def militia(tmp_path_factory):
    from tests.conftest import port_report
    return port_report(
        tmp_path_factory,
        "The Orsk militia, deployed in 2013 along the Velm coast after a wave of smuggling, "
        "is said to be struggling.",
        "Ferry traffic fell by a third over the winter, and the board cut its timetable.",
        "In March 2015, however, the militia still lacked full deployment: just 80 guards "
        "were deployed along the coast.")


def test_a_conflict_of_the_named_pronoun_sentence_stands(militia):
    # "It" read as the militia: its deployment year is set otherwise, as the whole reading
    # found; a sentence of another year's deployment state supports nothing
    assert verdict(militia, "The Orsk militia was deployed to guard the Velm coast after a "
                            "smuggling wave. It was deployed in 2015.") == "contradicted"
