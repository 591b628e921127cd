"""A figure in conflict read in a sentence about another subject of the claim's kind (round
78, branch rivals85). Invented texts.

"Vellmark's highest recorded temperature is 53 degrees" was contradicted by a sentence of
another town's document, "It holds the record for the highest temperature recorded in Tarland
at 51 degrees": the figure differs, but the document never names Vellmark, so the sentence
tells of another town's record and is no evidence against the claim
(`qa.claims.rival_subject`). The same subject with another value (named by the sentence, or
by the document the sentence leaves it to), a role swapped in the same event, and another
actor in the actor role still contradict: the claim sets read an actor replaced as
contradicted.
"""
import pytest

from qa.claims.check import check


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("towns")
    docs = root / "docs"
    docs.mkdir()
    (docs / "brenn.txt").write_text(
        "Brenn\n\n"
        "Brenn is a market town on the dry plain of Tarland, known for its salt pans.\n\n"
        "It holds the record for the highest temperature recorded in Tarland at 51 degrees, "
        "measured in May 2016.\n", encoding="utf-8")
    (docs / "vellmark.txt").write_text(
        "Vellmark\n\n"
        "Vellmark is a port on the Osk coast with a long fishing season.\n\n"
        "Its harbour freezes in most winters.\n", encoding="utf-8")
    (docs / "mission.txt").write_text(
        "The Varda Mission\n\n"
        "In 2031, Niger sent 1,400 troops to the Varda mission.\n\n"
        "Chad sent a medical unit to the Varda mission in 2032.\n\n"
        "The Halden council questioned the harbour master of Brask about the spill.\n",
        encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(towns, claim):
    return check(towns, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # another town's record: its document never names Vellmark
    "Vellmark's highest recorded temperature is 53 degrees.",
    "The highest temperature recorded in Vellmark is 53 degrees.",
])
def test_another_subjects_figure_is_no_conflict(towns, claim):
    assert verdict(towns, claim) == "not_found"


@pytest.mark.parametrize("claim", [
    # the same subject, named by the document the sentence leaves it to ("It holds")
    "Brenn's highest recorded temperature is 53 degrees.",
    # the same subject, another value
    "Niger sent 1,200 troops to the Varda mission.",
    # another actor in the actor role of the same event
    "Chad sent 1,400 troops to the Varda mission.",
    # a role swapped in the same event: the claim's actor is the sentence's object
    "The harbour master of Brask questioned the Halden council about the spill.",
])
def test_the_claims_own_event_still_conflicts(towns, claim):
    assert verdict(towns, claim) == "contradicted"


def test_subject_names_stop_at_the_first_verb(towns):
    from qa.claims.facts import parse
    from qa.claims.rival_subject import subject_names
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(towns.analyzer)

    def names(text, verb):
        parsed = parse(text, vocab)
        at = next(t.start for t in parsed.tokens if t.word == verb)
        return [m.text for m in subject_names(parsed, set(), at)]
    assert names("Vellmark's highest recorded temperature is 53 degrees.", "is") == [
        "Vellmark"]
    assert names("In 2031, Chad sent 1,400 troops to Varda.", "sent") == ["Chad"]
    assert names("Chad signed the Varda accord with Niger.", "signed") == ["Chad"]
    assert names("The port of Vellmark is small.", "is") == ["Vellmark"]
    # the corpus's setting goes unsaid
    parsed = parse("The port of Vellmark is small.", vocab)
    assert subject_names(parsed, {"Vellmark"}, parsed.tokens[4].start) == []


def test_a_subject_is_in_a_document_by_any_of_its_passages_or_its_title(towns):
    from qa.claims.rival_subject import in_document
    by_source = {p.source: i for i, p in enumerate(towns.passages)}
    record = next(i for i, p in enumerate(towns.passages) if "record" in p.text)
    assert in_document(towns, record, ["brenn"])  # the title and the paragraph before
    assert not in_document(towns, record, ["vellmark"])
    assert in_document(towns, by_source["vellmark.txt"], ["vellmark"])
