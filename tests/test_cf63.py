"""Real-world claims against encyclopedia sentences (CLIMATE-FEVER's register), called
not_found though a sentence states them:
- an article's sentences leave its subject to the title ("A 2004 survey found the decline to
  be faster than feared" in the article "Arnel toad decline"): the title lends its words when
  the claim names the whole subject and the sentence refers back to it
  (`qa.claims.title_subject`);
- a source cited by its acronym ("according to the WRLA") is the body the sentence names in
  full before the acronym in brackets, which the parse cuts at its "and"
  (`citing.spoken_otherwise`).
The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

ARTICLES = {
    "Arnel_toad_decline.txt": (
        "Arnel toad decline",
        "A 2004 survey found the decline to be \"faster than feared\" by the park wardens.",
        "Tree toads in the lower valley recovered quickly after the drought of 2011.",
        "Wardens counted fewer calling males along the northern shore each spring."),
    "Lake_Varn.txt": (
        "Lake Varn",
        "Globally, March 2017 was the wettest March since gauges began in 1901, according to "
        "figures from the Western Rivers and Lakes Authority (WRLA).",
        "The lake froze over for eleven weeks in the winter of 1963.",
        "Fishing boats leave the eastern harbour before dawn."),
    "Marsh_birds.txt": (
        "Marsh birds",
        "Bitterns nest in the densest reed beds of the marsh.",
        "The Northern Ports Agency (NPA) dredged the channel in 2015.",
        "Herons feed on small fish and toads in the shallows."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("wiki")
    (root / "docs").mkdir()
    for name, (title, *sentences) in ARTICLES.items():
        (root / "docs" / name).write_text(title + "\n\n" + "\n\n".join(sentences) + "\n",
                                          encoding="utf-8")
    return open_corpus(root / "docs", root / "index")


def test_the_title_lends_the_subject_a_sentence_refers_back_to(wiki):
    result = check(wiki, "A 2004 survey found the decline of Arnel toads to be faster than "
                         "feared.")
    assert result.verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the sentence names another toad by a modifier of its own: nothing lent
    "In the lower valley, Arnel toads recovered quickly after the drought of 2011.",
    # the claim names another subject than the title's: nothing lent
    "A 2004 survey found the decline of Arnel newts to be faster than feared.",
])
def test_the_title_lends_nothing_to_another_subject(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_title_subject_reads_the_sentence_words_of_the_title():
    from qa.claims.title_subject import title_subject
    vocab = vocabulary_for(Analyzer())
    title = parse("Arnel toad decline", vocab)
    claim = parse("The decline of Arnel toads was faster than feared.", vocab)
    assert title_subject(claim, parse("The decline was faster than feared.", vocab), title) \
        == title.terms - parse("decline", vocab).terms
    # a title word standing without a definite determiner names a thing of the sentence's own
    assert title_subject(claim, parse("A sharp decline was faster than feared.", vocab),
                         title) == frozenset()
    # the sentence names the whole subject itself: nothing to lend
    assert title_subject(claim, parse("The Arnel toad decline was faster than feared.", vocab),
                         title) == frozenset()


def test_a_source_cited_by_its_acronym_is_the_body_spelled_out(wiki):
    result = check(wiki, "March 2017 was the wettest March since gauges began in 1901, "
                         "according to the WRLA.")
    assert result.verdict == "supported"


def test_another_body_cited_is_not_the_speaker(wiki):
    result = check(wiki, "March 2017 was the wettest March since gauges began in 1901, "
                         "according to the NPA.")
    assert result.verdict != "supported"


OWNED = (
    "The Western Rivers Authority (WRA) Flood Repair Team rebuilt the levees at Brenna in "
    "2016.",
    "Kessel Harbour's rival Orlen Marine said that the levees failed because of poor "
    "maintenance.",
)


@pytest.fixture(scope="module")
def rivers(tmp_path_factory):
    from tests.conftest import OTHER_HARBOUR_NEWS, port_report
    return port_report(tmp_path_factory, OTHER_HARBOUR_NEWS[0], OWNED[0], OTHER_HARBOUR_NEWS[1])


def test_the_actors_own_work_is_no_rival_actor(rivers):
    # "Flood Repair Team" is the Authority's own, written right after its acronym: no other
    # actor in the claim's place
    result = check(rivers, "The WRA rebuilt the levees at Brenna in 2016.")
    assert result.verdict != "contradicted"
    assert not any(c.kind == "actor" for e in result.evidence for c in e.conflicts)


def test_owned_by_reads_the_name_joined_to_the_actor_before_it():
    from qa.claims.owned_name import owned_by
    vocab = vocabulary_for(Analyzer())
    mine = parse("The WRA rebuilt it.", vocab).mentions[0]
    report = parse(OWNED[0], vocab)
    rival = next(m for m in report.mentions if "Team" in m.text)
    assert owned_by(mine, rival, report, vocab)
    harbour = parse("Kessel Harbour said it.", vocab)
    said = parse(OWNED[1], vocab)
    other = next(m for m in said.mentions if "Orlen" in m.text)
    # a word of its own between them ("rival") makes it another actor
    assert not owned_by(harbour.mentions[0], other, said, vocab)
