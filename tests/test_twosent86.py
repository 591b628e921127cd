"""A claim whose facts its source states in two sentences that are not neighbours (round 79,
branch twosent86). Invented texts.

"The Tarvik guild, which bought a dredger in 2031, hired twelve pilots" is told by a report
in two places: the dredger in one sentence, the pilots three sentences on (or a paragraph on),
each of the guild. Read as one, the two state every word of the claim (`qa.claims.told_apart`).
Two sentences that share only other words (the second about another subject, or a subject
named by a common noun), or that would lend one sentence's year to the other's deed, leave the
claim unstated.
"""
import pytest

from qa.claims.check import check


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("harbour")
    docs = root / "docs"
    docs.mkdir()
    (docs / "guild.txt").write_text("\n\n".join([
        "Harbour Notes",
        "The Tarvik guild bought a dredger in 2031. Storms closed the outer channel twice that "
        "winter. Fishing crews waited in port for weeks. The Tarvik guild later hired twelve "
        "pilots for the spring season.",
        "Lighthouse repairs on the Orla headland were postponed because of the weather.",
        "The Kessel board bought a tug in 2029 after long talks with the council.",
        "Ferry traffic to the islands fell by a third over the next year.",
        "The Velm council approved a new quay for the ferries.",
        "Norland shipwrights launched a grain barge that spring. The Kessel board also opened "
        "a ticket office by the ferry ramp.",
    ]) + "\n", encoding="utf-8")
    (docs / "river.txt").write_text("\n\n".join([
        "River Notes",
        "The Brenna mill reopened in 2027 under new owners.",
        "Flooding in the lower valley damaged several bridges.",
        "Traders in Osta complained about the cost of repairs.",
        "The Brenna mill also began exporting flour to the coast.",
        "The lower bridge was rebuilt in 2028 with stone from Osta.",
        "Carters used the ford while the river was low.",
        "The upper bridge was quickly closed to carts.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the dredger and the pilots, three sentences apart in one paragraph
    "The Tarvik guild, which bought a dredger in 2031, hired twelve pilots for the spring "
    "season.",
    "The Tarvik guild bought a dredger in 2031 and hired twelve pilots for the spring season.",
    # the reopening and the exports, three paragraphs apart
    "The Brenna mill, which reopened in 2027 under new owners, began exporting flour to the "
    "coast.",
])
def test_two_sentences_of_one_subject_apart_support_the_claim(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict.value == "supported"
    assert result.evidence[0].stance.value == "supports"


@pytest.mark.parametrize("claim", [
    # the tug is the Kessel board's, the barge Norland's: no sentence tells the board's barge
    "The Kessel board, which bought a tug in 2029, launched a grain barge that spring.",
    # the second sentence's subject is another name
    "The Velm council approved a new quay for the ferries and launched a grain barge.",
    # the year is the purchase's; the pilots' sentence gives none
    "The Tarvik guild hired twelve pilots for the spring season in 2031.",
    # a common noun is no subject two sentences share: the closed bridge is the upper one
    "The lower bridge, which was rebuilt in 2028, was quickly closed to carts.",
    # half of it stated, the other half nowhere
    "The Brenna mill, which reopened in 2027 under new owners, began exporting timber to "
    "Osta.",
])
def test_sentences_apart_that_do_not_tell_the_claim_leave_it_unstated(harbour, claim):
    assert verdict(harbour, claim) == "not_found"
