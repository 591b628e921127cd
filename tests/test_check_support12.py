"""Facts of identity a claim states that a sentence leaves to its document or words the other
way round, on small corpora written here: a year naming which thing the claim is about ("the
2011 harbour accord"), stated by a document that dates that thing once and a sentence that
names it ("cancelled the accord"); a name in the genitive before another name ("Norland's
Westhaven depot"), which owns the thing, the second name only saying which one; and an
agentless passive of saying ("described as"), which two sentences need not repeat; and a name
led by its country's adjective ("the German Federal Foreign Office"), which names the same body
as the country's genitive."""
import pytest

from qa.claims.attribution import passive_reports
from qa.claims.compare import name_found
from qa.claims.facts import parse
from qa.claims.opposition import owner_swapped
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def supported(tmp_path, title: str, texts: list[str], claim: str) -> bool:
    """Whether `qa check` calls the claim supported by a document of `texts` (and two
    paragraphs on other topics)."""
    return checker(tmp_path, title, texts + OTHER_TOPICS)(claim)["verdict"] == "supported"

SIGNED = "The port guild and the fishermen's union signed the harbour accord in 2011 after months of talks."
CANCELLED = "The council cancelled the accord soon after the strike ended, calling it unworkable."


@pytest.mark.parametrize("texts, claim, stated", [
    # the document dates the accord once; the sentence names it without its year
    ([SIGNED, CANCELLED], "The council cancelled the 2011 harbour accord soon after the strike ended.",
     True),
    # another year than the document's: which accord is not stated
    ([SIGNED, CANCELLED], "The council cancelled the 2009 harbour accord soon after the strike ended.",
     False),
    # two harbour accords of two years in the document: the sentence may mean either
    ([SIGNED, "A first harbour accord, signed in 2008, had been rejected by the union.", CANCELLED],
     "The council cancelled the 2011 harbour accord soon after the strike ended.", False),
    # the sentence names another thing: the year's noun must be the sentence's
    ([SIGNED, "The council cancelled the fishing permits soon after the strike ended."],
     "The council cancelled the 2011 harbour accord soon after the strike ended.", False),
])
def test_a_year_naming_a_thing_the_document_dates(tmp_path, texts, claim, stated):
    assert supported(tmp_path, "Harbour accords", texts, claim) == stated


@pytest.mark.parametrize("claim, sentence, swapped", [
    # the genitive name owns the depot in both; the place name only says which depot
    ("By May, Norland's Westhaven depot was already full.",
     "By May, Norland's depot in Westhaven was already full.", False),
    # another owner of the depot in the sentence: swapped
    ("By May, Tarland's Westhaven depot was already full.",
     "By May, Norland's depot in Westhaven was already full.", True),
    # the sentence gives the noun to the second name: the genitive only says where it is
    ("In May, patrols visited northern Tarland's Westhaven harbour.",
     "In May, patrols visited the Westhaven harbour in northern Tarland.", False),
    # without a genitive, the name before the noun still owns it
    ("By May, the Tarland depot was already full.", "By May, Norland's depot was already full.",
     True),
])
def test_a_genitive_name_owns_what_the_next_name_qualifies(claim, sentence, swapped):
    assert bool(owner_swapped(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)) == swapped


@pytest.mark.parametrize("claim, reporting", [
    ("Norland, described as the guild's largest owner, withdrew its trawlers.", ["described"]),
    ("The patrols were said to have kept smugglers out of the bay.", ["said"]),
    ("The two fleets were characterised as rivals.", ["characterised"]),
    # an agent or an addressee names the source: a fact of the claim
    ("The figure, reported by the harbour board, was wrong.", []),
    ("The clinic was described to the inspectors as poor.", []),
    # an active verb of saying, and a passive of another verb
    ("The guild said that the bay was closed.", []),
    ("The trawlers were ordered to leave the bay.", []),
])
def test_an_agentless_passive_of_saying(claim, reporting):
    parsed = parse(claim, VOCAB)
    assert [parsed.tokens[i].word for i in sorted(passive_reports(parsed))] == reporting


DESCRIBED = ["Meanwhile, Norland, the guild's second-largest ship owner, is waiting for the "
             "storms to pass. In May, it temporarily withdrew its 40 trawlers from the harbour, "
             "citing the losses of two crews."]


@pytest.mark.parametrize("claim, stated", [
    ("Norland, described as the guild's second-largest ship owner, temporarily withdrew its 40 "
     "trawlers from the harbour in May.", True),
    # another figure: the two sentences state every word but the count
    ("Norland, described as the guild's second-largest ship owner, temporarily withdrew its 60 "
     "trawlers from the harbour in May.", False),
    # a passive of saying with its agent: the board is a fact neither sentence states
    ("Norland, described by the harbour board as the guild's second-largest ship owner, "
     "temporarily withdrew its 40 trawlers from the harbour in May.", False),
])
def test_two_sentences_need_not_say_who_described(tmp_path, claim, stated):
    assert supported(tmp_path, "Harbour fleets", DESCRIBED, claim) == stated


@pytest.mark.parametrize("name, text, found", [
    ("The grant came from the German Federal Foreign Office.",
     "The grant came from Germany's Federal Foreign Office.", True),
    ("The grant came from the Swiss Federal Department of Foreign Affairs.",
     "The grant came from Switzerland's Federal Department of Foreign Affairs.", True),
    # another country's office, or another office of the country
    ("The grant came from the German Federal Foreign Office.",
     "The grant came from Austria's Federal Foreign Office.", False),
    ("The grant came from the German Federal Foreign Office.",
     "The grant came from Germany's Federal Ministry of Defence.", False),
])
def test_a_name_led_by_its_country(name, text, found):
    named = next(m for m in parse(name, VOCAB).mentions if m.kind != "country")
    assert name_found(named, parse(text, VOCAB), VOCAB) == found

