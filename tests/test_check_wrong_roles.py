"""Wrong contradictions from a fact compared with one of another type or role: a name after
"in the" is a place, not an actor; a country where the claim's actor is only the place of
the sentence's event; a word between "as" and "as" affirms nothing; the claim's generic noun
("the mission") named by the sentence's acronym is no other actor. Each check must still
fire where the two facts do share their type and role. The sentences are written here."""
import pytest

from qa.claims.check import check, lone_country
from qa.claims.compare import as_framed, compare, is_place, synonym_denied
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import ConflictKind
from tests.helpers.corpora import open_written

VOCAB = vocabulary_for(Analyzer())


def parsed(text):
    return parse(text, VOCAB)


def name_in(text, name):
    return next(m for m in text.mentions if m.text == name)


@pytest.mark.parametrize("text, name, place", [
    ("Divers searched the reefs in the Bekka Morrow area, northern Tarsia.", "Bekka Morrow",
     True),
    ("Divers searched the reefs in Bekka, northern Tarsia.", "Bekka", True),
    ("Ruvalan divers escorted a Lorn crew in northern Tarsia.", "Lorn", False),
    ("The Lorn crew searched the reefs.", "Lorn", False),
    # an indefinite article is left to its noun: "in a Lorn unit" is no place
    ("She served in a Lorn unit for a year.", "Lorn", False),
    # a source or a recipient after "the" is no place
    ("Divers from the Ruvalan unit escorted the crew.", "Ruvalan", False),
    ("The fleet gave support to the Lorn Joint Force.", "Lorn Joint Force", False),
])
def test_a_name_after_in_the_is_a_place(text, name, place):
    text = parsed(text)
    assert is_place(text, name_in(text, name)) is place


def actor_conflicts(claim, sentence):
    found = compare(parsed(claim), parsed(sentence), parsed(sentence), VOCAB)
    return [(c.claim, c.source) for c in found.conflicts if c.kind == ConflictKind.ACTOR]


def test_a_place_in_the_sentence_is_no_rival_of_the_claims_actor():
    claim = "Ruvalan divers escorted a Lorn crew in northern Tarsia in May 2019."
    # the crew's owner against the place of the interviews: two types, no conflict
    assert actor_conflicts(
        claim, "A crew serving with the fleet, escorted by divers of the Ruvalan unit, "
               "interviewed fishermen in the Bekka Morrow area, northern Tarsia, in May "
               "2019.") == []
    # another owner of the crew, in the claim's place: still a rival
    assert ("Lorn", "Dovan") in actor_conflicts(
        claim, "Ruvalan divers escorted a Dovan crew in northern Tarsia in May 2019.")
    # so is the divers' owner, after "by" in the claim and "from the" in the sentence
    assert ("Ruvalan", "Dovan") in actor_conflicts(
        "In May 2019 a Lorn crew escorted by Ruvalan divers interviewed fishermen in the "
        "Bekka Morrow area.",
        "A Lorn crew, escorted by divers from the Dovan unit, interviewed fishermen in the "
        "Bekka Morrow area, May 2019.")


@pytest.mark.parametrize("sentence, rival", [
    # the sentence's country is where its event happens, the claim's is the unit's: no swap
    ("In Norway, the unit was kept in the fleet for a year.", None),
    ("The unit was kept in the fleet at Norway's ports for a year.", None),
    # the sentence's country owns the unit where the claim's does: a swap
    ("A Norwegian unit was kept in the fleet for a year.", "Norwegian"),
])
def test_a_lone_country_of_another_type_is_no_swap(sentence, rival):
    claim = parsed("The unit kept in the fleet for a year was a Swedish one.")
    sentence = parsed(sentence)
    found = compare(claim, sentence, sentence, VOCAB)
    swap = lone_country(found, claim, sentence, VOCAB, set())
    assert (swap[1].text if swap else None) == rival


def test_a_place_against_a_place_further_off_is_a_swap():
    claim = parsed("Lodra, a port under a long blockade, is in Sweden.")
    sentence = parsed("No town has suffered the fate of Lodra, in neighbouring Norway, where "
                      "the people have been battered by a long blockade.")
    found = compare(claim, sentence, sentence, VOCAB)
    assert lone_country(found, claim, sentence, VOCAB, set())[1].text == "Norway"


def test_a_border_named_by_either_country_is_a_swap():
    # neither country right after a place preposition: "to the Norwegian border" is the
    # border's owner, as "the border with Sweden" is
    claim = parsed("The patrol zone was extended up to the border with Sweden in 2021.")
    sentence = parsed("The patrol zone was extended in 2021 up to the Norwegian border.")
    found = compare(claim, sentence, sentence, VOCAB)
    swap = lone_country(found, claim, sentence, VOCAB, set())
    # a rival in the same role, or the lone country in the claim's place
    assert ("Sweden", "Norwegian") in [(c.claim, c.source) for c in found.conflicts] \
        or swap[1].text == "Norwegian"


@pytest.mark.parametrize("text, word, framed", [
    ("It funds schools as well as clinics.", "well", True),
    ("The pilots were as good as the divers.", "good", True),
    ("The pilots did well in the storm.", "well", False),
    ("As the storm grew, the pilots did well.", "well", False),
])
def test_a_word_between_as_and_as(text, word, framed):
    text = parsed(text)
    n = next(n for n, t in enumerate(text.tokens) if t.word == word)
    assert as_framed(text, n) is framed


def test_as_well_as_is_no_affirmation_a_denial_reverses():
    claim = parsed("Fishermen think the board does not do a good job on safety, even if "
                   "they like its projects.")
    # "well" in "as well as" joins two objects: nothing the claim's "good" is denied against
    assert synonym_denied(parsed("Fishermen see the board as weak on safety, even if they "
                                 "like its projects as well as the jobs it gives."),
                          claim, VOCAB) is None
    # "did well" affirms it: the claim's denial reverses that
    found = synonym_denied(parsed("Fishermen think the board did well on safety."),
                           parsed("Fishermen think the board did not do good on safety."),
                           VOCAB)
    assert found is not None and found[0].word == "well"


DOCS = {
    "harbour.txt": (
        "The Harbour Mission\n\n"
        "In 2015 the Ruvala Harbour Support Mission (RHSM) replaced the coastal patrols.\n\n"
        "RHSM's own data records the coast guard as responsible for 40 violations of fishing "
        "rights in 2020.\n\n"
        "RHSM's human rights director was declared persona non grata by Lorn in 2021.\n"
    ),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_written(tmp_path_factory, "harbour", DOCS)


def test_the_mission_is_the_sentences_acronym_no_other_actor(harbour):
    # "data" (a WordNet group noun) is the mission's own, not another actor in its place
    result = check(harbour, "The mission blamed the coast guard for 40 violations of fishing "
                            "rights in 2020.")
    assert result.verdict != "contradicted", result


@pytest.mark.parametrize("claim, conflict", [
    # "commander" is not what the acronym's long form is built on: another actor
    ("RHSM's force commander was declared persona non grata by Lorn in 2021.",
     ("commander", "director")),
    # nor is "navy": another body than the mission
    ("The navy blamed the coast guard for 40 violations of fishing rights in 2020.",
     ("navy", "data")),
])
def test_another_actor_than_the_acronyms_head_still_contradicts(harbour, claim, conflict):
    result = check(harbour, claim)
    assert result.verdict == "contradicted", result
    assert (result.evidence[0].conflicts[0].claim,
            result.evidence[0].conflicts[0].source) == conflict
