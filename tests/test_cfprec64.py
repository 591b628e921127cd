"""A superlative set against the superlative of its antonym ("the coldest winter" / "the
hottest winter") is the claim's relation reversed, whether the adjective's superlative is
regular ("coldest", WordNet's rule) or doubles its consonant ("hottest", WordNet's adj.exc,
`qa.search.wordnet.adjective_bases`): the sentence does not support the claim. The texts are
invented here."""
import pytest

from qa.claims.check import check
from qa.search.wordnet import adjective_bases, antonyms

ARTICLES = {
    "Varn_valley.txt": (
        "Varn valley",
        "In the Varn valley, the year 1963 was the hottest on record, and the lake stayed open "
        "for the whole season.",
        "Fishing boats leave the eastern harbour before dawn."),
    "Orle_plateau.txt": (
        "Orle plateau",
        "On the Orle plateau, the year 1998 was the coldest on record, with frost in every month.",
        "Shepherds move their flocks to the lower pastures in October."),
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


def test_irregular_superlatives_lead_back_to_their_adjective():
    assert adjective_bases("hottest") == ("hot",)
    assert "cold" in adjective_bases("coldest")
    assert adjective_bases("water") == ()  # no "-er" read by rule
    assert "cold" in antonyms("hottest")


@pytest.mark.parametrize("claim", [
    "In the Varn valley, 1963 was the coldest year on record.",  # hottest in the text
    "On the Orle plateau, 1998 was the hottest year on record.",  # coldest in the text
])
def test_a_superlative_of_the_antonym_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "In the Varn valley, 1963 was the hottest year on record.",
    "On the Orle plateau, 1998 was the coldest year on record.",
])
def test_the_same_superlative_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


# The claim's rarest word unsaid (`qa.claims.rarest_word`): a sentence stating the rest of the
# claim states its topic, not its point.
LISTS = {
    "Fen_birds.txt": (
        "Fen birds",
        "Bitterns, herons, reed warblers, marsh harriers and bearded tits are the commonest "
        "nesting birds of the fen.",
        "Reed warblers arrive in April and leave in September.",
        "Herons feed on small fish in the shallows.",
        "Marsh harriers hunt over the reed beds in the morning.",
        "The winter visitors of the fen include geese, swans and snipe."),
}


@pytest.fixture(scope="module")
def fen(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("fen")
    (root / "docs").mkdir()
    for name, (title, *sentences) in LISTS.items():
        (root / "docs" / name).write_text(title + "\n\n" + "\n\n".join(sentences) + "\n",
                                          encoding="utf-8")
    return open_corpus(root / "docs", root / "index")


def test_the_rarest_word_unsaid_does_not_support(fen):
    # every bird but the ospreys is in the list
    claim = "The commonest nesting birds of the fen include bitterns, herons and ospreys."
    assert check(fen, claim).verdict != "supported"


def test_the_rarest_word_said_still_supports(fen):
    claim = "The commonest nesting birds of the fen include bitterns, herons and bearded tits."
    assert check(fen, claim).verdict == "supported"
