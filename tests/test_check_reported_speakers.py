"""Reported speech and wire lists read as the fact they report: a speaker without a name ("An
official said that ...", "..., a harbour official told reporters.") cites the claim's content,
whose every fact a sentence must state; its words are nobody of the event; and a hedge on a
list's first figure is on each after it ("some 880 dockers, 105 pilots")."""
import pytest

from qa.claims.check import check
from qa.claims.cited import cited
from qa.claims.facts import numbers
from tests.conftest import port_report


@pytest.mark.parametrize("claim, content", [
    ("An official said that the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
    ("Officials told reporters that the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
    ("A senior port official said the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
    ("The harbour board closed the northern pier, two dockers told journalists.",
     "The harbour board closed the northern pier."),
    ("An official, speaking on condition of anonymity, said that the harbour board closed "
     "the northern pier.", "The harbour board closed the northern pier."),
    ("The harbour board closed the northern pier, an official was quoted as saying.",
     "The harbour board closed the northern pier."),
    # the minutes' register: a pronoun, the person told in the passive, a lead before the
    # speaker, a title told ("the Committee")
    ("She told the Committee that the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
    ("The Committee was informed that the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
    ("Asked about repairs, he said that the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
])
def test_a_speaker_without_a_name_cites_the_content(claim, content):
    citation = cited(claim)
    assert citation is not None and not citation.named
    assert citation.content == content


@pytest.mark.parametrize("claim", [
    "Its officials said that the harbour board closed the northern pier.",
    "Nigerian officials said that the harbour board closed the northern pier.",  # a people
    "Dockers told managers to close the northern pier at once.",  # an order, not a report
    "Dockers said goodbye.",  # no clause
    "In 2019, officials said that the harbour board closed the northern pier.",  # a date leads
    "It said that the harbour board closed the northern pier.",  # "it": a party, no person
    "The dockers were told to leave the northern pier at once.",  # an order
    # "according to" a person: a fact the sentence must state (`frames.unstated_according`)
    "According to officials, the harbour board closed the northern pier.",
])
def test_no_unnamed_speaker(claim):
    citation = cited(claim)
    assert citation is None or citation.named


def test_a_speaker_told_by_the_cites_only_if_the_sources_know_none():
    # "the board" is a party of the story where the sources speak of a board (`check.spoken_of`)
    claim = "The board said that the harbour closed the northern pier."
    assert cited(claim) is None
    assert cited(claim, lambda speaker: speaker != "board") is None
    assert cited(claim, lambda speaker: speaker == "board").content == \
        "The harbour closed the northern pier."


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2021 the harbour board closed the northern pier for repairs after the storm.",
        "Board members discussed, but did not approve, the union's proposal to hire an "
        "additional 120 dock workers for the southern quay.",
        "On 28 February the port had 883 dockers and 107 pilots at work.",
        "The mayor said the southern pier would reopen in June.")


@pytest.mark.parametrize("claim, verdict", [
    ("An official said that the harbour board closed the northern pier in May 2021.",
     "supported"),
    ("The harbour board closed the northern pier in May 2021, officials told reporters.",
     "supported"),
    # the content stated in part is no support where a speaker closes the claim (its every
    # fact must be stated); opening it, the speaker leaves the content a bare claim
    # (`check.spoken_clause`, round 59), whose unstated purpose clause is the checker's own
    # open case (bench/README)
    ("The harbour board closed the northern pier in May 2021 to cut its costs, an official "
     "said.", "not_found"),
    ("Port had some 880 dockers, 105 pilots at work on 28 February.", "supported"),
    ("The witness told the Committee that the harbour board closed the northern pier in "
     "May 2021.", "supported"),
    ("The witness told the Committee that the harbour board closed the northern pier in "
     "May 2022.", "contradicted"),
    # minutes' "the witness": no source speaks of one, so who said it is no fact to check
    ("The witness stated that the harbour board closed the northern pier in May 2021.",
     "supported"),
    # "the mayor" is a party the sources speak of: that he said it is a fact they do not state
    ("The mayor said that the harbour board closed the northern pier in May 2021.",
     "not_found"),
])
def test_reported_and_wire_claims_read_as_their_fact(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("text, bounds", [
    ("some 880 dockers, 105 pilots", ["approx", "approx"]),
    ("roughly 450 and 200 workers", ["approx", "approx"]),
    ("about 300 were hired and 15 left", ["approx", ""]),  # a clause, not a list
    ("880 dockers and about 105 pilots", ["", "approx"]),  # the hedge is the second's own
    ("between about 400 and 500 boats", ["approx", ""]),  # a range's ends (`ranged`)
])
def test_a_hedge_on_a_lists_first_figure_is_on_each(text, bounds):
    assert [m.bound for m in numbers(text)] == bounds


def test_an_unnamed_speakers_words_make_no_contradiction(harbour, monkeypatch):
    # read whole, "a diplomat" met "Board members" as another actor; the content alone has
    # no conflict: who said it is nobody of the event
    import qa.claims.check as checking
    from qa.types import CheckResult, Verdict
    claim = "A diplomat told reporters that the union's proposal foresaw 120 more dock workers."
    citation = cited(claim)

    def read(index, text, *args, **kwargs):
        reading = args[3] if len(args) > 3 else kwargs.get("reading")
        verdict = Verdict.CONTRADICTED if reading == "sentence" else Verdict.NOT_FOUND
        return CheckResult(text, verdict, 0.7)
    monkeypatch.setattr(checking, "read_claim", read)
    assert checking.check_cited(harbour, claim, citation, ()).verdict == "not_found"


@pytest.fixture(scope="module")
def quay(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour master said the eastern quay had been closed since March 2020, but "
        "according to dockers it reopened in May.")


@pytest.mark.parametrize("claim, verdict", [
    # the sentence gives the content to its own speaker: whose it is, the whole claim tells
    # (read whole, the dockers speak in the other clause: `straddled`)
    ("Dockers said the eastern quay had been closed since March 2020.", "not_found"),
    ("The harbour master said the eastern quay had been closed since March 2020.",
     "supported"),
])
def test_a_content_said_by_another_speaker(quay, claim, verdict):
    assert check(quay, claim).verdict == verdict
