"""Wrong supports of real-world claims made false by changing one place: another word in
the place of an unstated word of the claim's name, beside a word of the same name the
sentence states ("Tarvo, Estonia" for "Pelmo, Estonia", "the Volga Delta" for "the Rhone
Delta": `name_in_place`). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.name_in_place import name_replaced
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_written

ARTICLES = {
    "Baltic_frost_2019.txt": (
        "Baltic frost of 2019",
        "Tarvo, Estonia fell to -31.4 °C on the 9th, making it the coldest town in the "
        "Baltics.",
        "A 40 cm (16 in) rise of the lake would submerge 120 square kilometres (46 sq mi) of "
        "the Volga Delta, displacing over 9,000 Latvians.",
        "Dr. Marta Ellison led the survey of the frozen lakes in the winter of 2019.",
        "Global snowfall records were broken in several northern regions that winter.",
    ),
    # other articles, so that the words of the first are not in every document
    "Orchard_moth.txt": (
        "Orchard moth",
        "The orchard moth lays its eggs on apple leaves in early spring.",
        "Its caterpillars feed for about three weeks before they spin a cocoon.",
    ),
    "Tide_mill.txt": (
        "Tide mill",
        "A tide mill stores sea water in a pond at high tide and turns its wheel as the "
        "water drains.",
        "Several mills of this kind still worked on the western coast in 1900.",
    ),
    "Copper_roof.txt": (
        "Copper roof",
        "A copper roof turns green over decades as a patina forms on its surface.",
        "The town hall of Orvik was given such a roof in 1872.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_written(tmp_path_factory, "cfcon68-wiki", {
        name: title + "\n\n" + "\n\n".join(sentences) + "\n"
        for name, (title, *sentences) in ARTICLES.items()})


@pytest.mark.parametrize("claim", [
    # another town before the same country
    "Pelmo, Estonia fell to -31.4 °C on the 9th, the coldest town in the Baltics.",
    # another name before the same head word
    "A 40 cm rise of the lake would submerge 120 square kilometres of the Rhone Delta.",
])
def test_another_name_in_the_claim_names_place_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Tarvo in Estonia fell to -31.4 °C on the 9th, the coldest town in the Baltics.",
    "A 40 cm rise of the lake would submerge about 120 square kilometres of the Volga Delta.",
    # a capitalised first word is no part of a name ("Global" / no word in its place)
    "Global snowfall records were broken in several northern regions that winter.",
])
def test_the_same_names_still_support(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


def test_a_name_the_passage_states_or_an_acronym_is_no_replaced_word(wiki):
    vocab = vocabulary_for(wiki.analyzer)
    sentence = parse("Tarvo, Estonia fell to -31.4 °C, colder than Narva, Estonia.", vocab)
    # the claim's town is in the passage: stated, not replaced
    assert not name_replaced(parse("Narva, Estonia fell to -31.4 °C.", vocab), sentence,
                             sentence)
    # an acronym has spellings this cannot read
    delta = parse("The Volga Delta flooded.", vocab)
    assert not name_replaced(parse("The EE Delta flooded.", vocab), delta, delta)
    assert name_replaced(parse("The Rhone Delta flooded.", vocab), delta, delta)
    assert name_replaced(parse("Pelmo, Estonia fell to -31.4 °C.", vocab), sentence, sentence)
