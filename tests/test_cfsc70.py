"""True real-world claims called contradicted (or left unfound) by a misreading of one of
their words: the article of a rate with an "of" phrase before it ("9 million litres of brine
a day") read as the count one and set against another figure of the sentence; a WordNet
opposite of the claim's verb that only qualifies a noun ("protection zone") where the
sentence tells the claim's deed by its noun ("the destruction of"). The texts are invented
here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse, per_unit_of_time
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Velmar_saltworks.txt": (
        "Velmar saltworks",
        "The Velmar saltworks pump some 9 million litres of brine per day, which is 40 percent "
        "of the brine drawn on the 20-kilometre coast.",
        "The works employ about 400 people in the dry season.",
    ),
    "Marsk_storm.txt": (
        "Marsk storm",
        "The 2011 Marsk storm was a gale that struck the Marsk coast on 3 March 2011, "
        "resulting in the destruction of 40 hectares of dune and coastal protection zone.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfsc70-wiki", ARTICLES)


def test_the_article_of_a_rate_after_an_of_phrase_is_no_figure(wiki):
    vocab = vocabulary_for(wiki.analyzer)
    parsed = parse("The saltworks pump 9 million litres of brine a day.", vocab)
    assert [m.text for m in parsed.mentions if m.family == "count"] == ["9 million"]
    # a span of one year after another phrase is still a count
    later = parse("The works hired 40 people in 2013 and a year later 60.", vocab)
    assert "a" in [m.text for m in later.mentions]


def test_a_rate_after_an_of_phrase_is_not_contradicted(wiki):
    result = check(wiki, "The Velmar saltworks pump about 9 million litres of brine a day.")
    assert result.verdict == "supported"


def test_a_changed_rate_stays_contradicted(wiki):
    result = check(wiki, "The Velmar saltworks pump about 20 million litres of brine a day.")
    assert result.verdict == "contradicted"


def test_an_opposite_that_qualifies_a_noun_does_not_contradict(wiki):
    result = check(wiki, "The 2011 Marsk storm destroyed about 40 hectares of dune and coast.")
    assert result.verdict != "contradicted"


def test_another_figure_beside_the_qualifying_opposite_still_contradicts(wiki):
    result = check(wiki, "The 2011 Marsk storm destroyed about 90 hectares of dune and coast.")
    assert result.verdict == "contradicted"


ACCOUNTS = {
    "Dye_fading.txt": (
        "Dye fading",
        "Field tests found that under strong summer light the deep blue colour of Tarsk "
        "indigo cloth fades by 26 percent over a 10-year span.",
    ),
    "Lichen_dyes.txt": (
        "Lichen dyes",
        "The deep blue colour of Tarsk indigo, a lichen dye, fades by about 30 percent over a "
        "10-year span under strong summer light.",
    ),
    # fillers that use the one claim word the second account leaves out, so that it weighs
    # little: the account states all but a common word of the claim
    "Orchard_moth.txt": (
        "Orchard moth",
        "The orchard moth lays its eggs on apple leaves and on cloth in early spring.",
    ),
    "Tide_mill.txt": (
        "Tide mill",
        "A tide mill stores sea water in a pond and grinds grain for the cloth trade.",
    ),
    "Copper_roof.txt": (
        "Copper roof",
        "A copper roof turns green over decades, and a cloth can polish its surface.",
    ),
}


@pytest.fixture(scope="module")
def accounts(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfsc70-accounts", ACCOUNTS)


def test_the_sentence_stating_every_figure_outweighs_another_estimate(accounts):
    result = check(accounts, "Over a 10-year span under strong summer light, the deep blue "
                             "colour of Tarsk indigo cloth fades by about 30 percent.")
    assert result.verdict == "supported" and result.disagreement


def test_a_figure_no_sentence_states_stays_contradicted(accounts):
    result = check(accounts, "Over a 10-year span under strong summer light, the deep blue "
                             "colour of Tarsk indigo cloth fades by about 45 percent.")
    assert result.verdict == "contradicted"


@pytest.mark.parametrize("text, rate", [
    # "a day" closing the clause of a figure and what it counts, phrases between: a rate
    ("The mill grinds 12 tonnes of grain for the town a day.", True),
    ("The plant released 40 tonnes of ash into the river a year, inspectors said.", True),
    # a span placed by what follows or by its preposition, or another clause's event
    ("In 2013 and a year later the mill closed.", False),
    ("The 40 millers stayed for a year.", False),
    ("The mill was flooded 3 times in the valley a year before the dam opened.", False),
])
def test_a_rate_closing_its_clause_is_no_count(text, rate):
    at = text.index(" a ") + 1
    assert per_unit_of_time(text, at, at + 1) == rate
