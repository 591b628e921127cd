"""The costly errors: true claims called contradicted (a body named by a word of its long
form and its head noun, "while" before an event in progress, the names of a closing "according
to" phrase) and unstated claims called supported (a count lent to the part the next sentence
speaks of, a deed spelled out after an intention). The texts are written here."""
import pytest

from qa.claims.bodies import Bodies
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.helpers.corpora import open_written

VOCAB = vocabulary_for(Analyzer())


def parsed(text):
    return parse(text, VOCAB)


DOCS = {
    "ferries.txt": "Ferries of Ruvala\n\nIn 2019 the Joint Coastal Ferry Service of Ruvala "
                   "(JCFS) took over the crossings from the old harbour lines. The Northern "
                   "Fishing Authority (NOFA) kept the quays.\n\nThe JCFS doubled its fleet in "
                   "2021.\n",
}


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return open_written(tmp_path_factory, "audit59", DOCS)


@pytest.mark.parametrize("claim, whole", [
    ("The Coastal service took over the crossings.", True),  # a word before the head
    ("The Joint service took over the crossings.", True),
    ("The Coastal council took over the crossings.", False),  # another noun: another body
    ("The Ruvala service took over the crossings.", False),  # after the head: a place
    ("The Fishing service took over the crossings.", False),  # a word of another body
])
def test_a_body_named_by_a_word_of_its_long_form_and_its_head(ferries, claim, whole):
    claim = parsed(claim)
    sentence = parsed("The JCFS took over the crossings.")
    assert Bodies(ferries).named_whole(claim, claim.mentions[0], sentence) is whole


def test_a_claim_naming_the_body_by_a_word_of_its_long_form_is_not_contradicted(ferries):
    from qa.claims.check import check
    result = check(ferries, "The Coastal service doubled its fleet in 2021.")
    assert result.verdict.value != "contradicted"


@pytest.mark.parametrize("claim, second, parted", [
    # the second sentence tells its event of a part of the first's count
    ("212 sailors were drowned by the storm surge.",
     "Many of those sailors drowned because of the storm surge.", True),
    ("212 sailors were drowned by the storm surge.",
     "Most of them drowned because of the storm surge.", True),
    # the claim keeps the part's word: the whole's count is its setting
    ("Many of the 212 sailors lost drowned because of the storm surge.",
     "Many of those sailors drowned because of the storm surge.", False),
    # no count in the claim, or no part in the sentence
    ("Sailors were drowned by the storm surge.",
     "Many of those sailors drowned because of the storm surge.", False),
    ("212 sailors were drowned by the storm surge.",
     "Those sailors drowned because of the storm surge.", False),
])
def test_a_count_is_not_lent_to_the_part_the_next_sentence_speaks_of(claim, second, parted):
    from qa.claims.joined import part_of_counted
    assert part_of_counted(parsed(claim), parsed(second)) is parted


SAILORS = {
    "storms.txt": "Storms of Ruvala\n\nThe Ruvala fleet remains the deadliest fleet of the "
                  "coast, with 212 sailors lost at sea during the last decade. Many of those "
                  "sailors drowned because of storm surges, largely during winter "
                  "crossings.\n",
}


@pytest.fixture(scope="module")
def storms(tmp_path_factory):
    return open_written(tmp_path_factory, "audit59-storms", SAILORS)


def test_a_count_and_a_part_of_it_in_two_sentences_do_not_support_the_whole(storms):
    from qa.claims.check import check
    result = check(storms, "212 sailors were drowned by storm surges.")
    assert result.verdict.value != "supported"


@pytest.mark.parametrize("text, contrast", [
    # "while" before an event in progress says when
    ("The surges struck mostly while the ferries were crossing the strait.", False),
    ("The surges struck while crews are sleeping.", False),
    # before a state or a done event it sets one clause against another
    ("Most ferries were based in the ports, while the storms struck the open coast.", True),
    ("While the ferries were based in the ports, storms struck the open coast.", True),
])
def test_while_before_an_event_in_progress_sets_nothing_against_it(text, contrast):
    from qa.claims.clauses import contrast_at
    text = parsed(text)
    at = next(n for n, t in enumerate(text.tokens) if t.word.lower() == "while")
    assert contrast_at(text.tokens, at) is contrast



@pytest.mark.parametrize("claim, sentence, intended", [
    # the deed only in a participle clause spelling out an intention
    ("Norland withdrew its 300 sailors in 2021.",
     "Earlier in 2021, Norland and Sudmark announced their intent to leave before 2023, "
     "withdrawing about 300 and 150 sailors, respectively.", True),
    ("Norland withdrew its 300 sailors in 2021.",
     "In 2021 Norland announced plans to leave, withdrawing its 300 sailors.", True),
    # the deed told as done, in the participle or in a verb of its own
    ("Norland withdrew its 300 sailors in 2021.",
     "In 2021 Norland left the fleet, withdrawing its 300 sailors.", False),
    ("Norland withdrew its 300 sailors in 2021.",
     "Norland, which had announced its intent to leave, withdrew its 300 sailors in 2021.",
     False),
    # a claim that tells the intention too
    ("Norland planned to withdraw its 300 sailors.",
     "In 2021 Norland announced plans to leave, withdrawing its 300 sailors.", False),
])
def test_a_deed_spelled_out_after_an_intention_is_not_told_as_done(claim, sentence, intended):
    from qa.claims.intended import only_as_intent
    assert only_as_intent(parsed(claim), parsed(sentence)) is intended


@pytest.mark.parametrize("claim, name, source", [
    # every name of a closing "according to" phrase is the source's
    ("Harbour guards caused 40 groundings in 2020, according to NOFA's own logs cited by "
     "the Velden Institute.", "Velden Institute", True),
    ("Harbour guards caused 40 groundings in 2020, according to NOFA's own logs cited by "
     "the Velden Institute.", "NOFA", True),
    # a name after the phrase's clause, or before it, is the event's
    ("According to the logs, NOFA caused 40 groundings in 2020.", "NOFA", False),
    ("NOFA caused 40 groundings in 2020, according to the logs.", "NOFA", False),
    # an "according to" opening no closing phrase
    ("According to NOFA's logs cited by Velden, guards caused 40 groundings.", "Velden", False),
])
def test_the_names_of_a_closing_according_to_phrase_are_the_sources(claim, name, source):
    from qa.claims.attribution import in_trailing_source
    claim = parsed(claim)
    mention = next(m for m in claim.mentions if m.text == name)
    assert in_trailing_source(claim, mention) is source

