"""A contradiction by an actor needs the same event and another actor in the same role; one by
a relation word needs the word reversed, not denied in other words. The sentences are
written here: other actors in other roles, one actor in two forms or at two levels of a
body, items of two lists, a reversal under the claim's own negation."""
import pytest

from qa.claims.bodies import Bodies
from qa.claims.clauses import alternative_in_place, crossed_clauses
from qa.claims.compare import compare, dated_object, inside_span
from qa.claims.facts import parse
from qa.claims.listed import in_list, partial_list
from qa.claims.opposition import opposed, owner_swapped, same_actor, swapped_names
from qa.claims.reversals import placed_antonym
from qa.claims.sides import names_in_other_roles, other_role, verb_here
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import ConflictKind
from tests.helpers.corpora import open_written

VOCAB = vocabulary_for(Analyzer())


def parsed(text):
    return parse(text, VOCAB)


def word_at(text, word):
    return next(n for n, t in enumerate(text.tokens) if t.word == word)


def name_in(text, name):
    return next(m for m in text.mentions if m.text == name)


@pytest.mark.parametrize("claim, mine, sentence, theirs, other", [
    # the claim's actor publishes, the sentence's was drowned: two roles of the event
    ("The board published a report that the floods had drowned twelve farmers.", "board",
     "It published a report that the floods had drowned twelve herders.", "herders", True),
    # the same role, another actor: rivals
    ("The board published a report that the floods had drowned twelve farmers.", "farmers",
     "It published a report that the floods had drowned twelve herders.", "herders", False),
    # flown against flying, the verb in another irregular form
    ("Coast guard boats regularly flew injured divers out of the harbour.", "divers",
     "The pilots have helped the port by regularly flying inspectors in and out.", "pilots",
     True),
    # a passive with its agent turns the sides round: the same role
    ("The inspectors were ferried out by the divers.", "divers",
     "The pilots ferried the inspectors out.", "pilots", False),
    # a passive without its agent: its subject is the active's object
    ("The divers were ferried out of the harbour.", "divers",
     "The boats ferried the pilots out of the harbour.", "pilots", False),
    # no verb both state: the sides say nothing
    ("The divers guarded the harbour.", "divers",
     "The harbour's pilots were praised.", "pilots", False),
])
def test_two_actors_on_the_two_sides_of_one_verb_are_in_two_roles(claim, mine, sentence,
                                                                  theirs, other):
    claim, sentence = parsed(claim), parsed(sentence)
    assert other_role(claim, word_at(claim, mine), sentence, word_at(sentence, theirs),
                      VOCAB) is other


@pytest.mark.parametrize("claim, sentence, other", [
    # the claim's owner qualifies what is flown, the sentence's what flies
    ("Coast guard boats regularly flew wounded Chilean divers out of the ports.",
     "The Peruvian divers have helped by regularly flying officials in and out of the ports.",
     True),
    ("Chilean divers regularly flew officials out of the ports.",
     "Peruvian divers regularly flew officials out of the ports.", False),
])
def test_an_owner_in_another_role(claim, sentence, other):
    claim, sentence = parsed(claim), parsed(sentence)
    swap = owner_swapped(claim, sentence, VOCAB)
    assert swap is not None
    assert names_in_other_roles(claim, swap[0], sentence, swap[1], VOCAB) is other


def test_the_owner_in_the_claims_role_is_chosen():
    # the first owner of "sailors" patrols; the one injured is the claim's owner's rival
    claim = parsed("Lorn divers patrolled the port a day after a storm injured one Chilean "
                   "and several Peruvian sailors.")
    sentence = parsed("Ecuadorian sailors patrolled the port a day after a storm injured one "
                      "Peruvian and several Chilean sailors.")
    placed = lambda mine, theirs: not names_in_other_roles(claim, mine, sentence, theirs, VOCAB)
    assert owner_swapped(claim, sentence, VOCAB)[1].text == "Ecuadorian"
    mine, theirs = owner_swapped(claim, sentence, VOCAB, placed)
    assert (mine.text, theirs.text) == ("Peruvian", "Chilean")


@pytest.mark.parametrize("text, word, verb", [
    ("Following the council's request, the board ended the pact.", "request", False),
    ("The board has regularly flown officials in.", "flown", True),
    ("The board helped by regularly flying officials in.", "flying", True),
    ("The request came in May.", "request", False),
])
def test_a_verb_where_it_stands(text, word, verb):
    text = parsed(text)
    assert verb_here(text, word_at(text, word)) is verb


@pytest.mark.parametrize("claim, year, inside", [
    ("Both changes of government in Lorn after 2015 were led by officers.", 2020, True),
    ("Both changes of government in Lorn since 2015 were led by officers.", 2010, False),
    # a start ("from 2015 onwards") is a date: a later start is another
    ("Support to the fleet became part of the mandate from 2015 onwards.", 2017, False),
    ("The pact was signed before 2015.", 2012, True),
    ("The pact was signed in 2015.", 2020, False),  # a date, no span
])
def test_a_year_inside_the_claims_span(claim, year, inside):
    claim = parsed(claim)
    mine = next(m for m in claim.mentions if m.family == "year")
    theirs = next(m for m in parsed(f"It happened in {year}.").mentions if m.family == "year")
    assert inside_span(claim, mine, theirs) is inside


@pytest.mark.parametrize("claim, sentence, dated", [
    # the date names the tariffs by their own imposition
    ("The guild lifted its May 2020 tariffs once Lorn agreed to a new calendar.",
     "In May 2020 the guild imposed tariffs on Lorn.", True),
    ("The guild lifted its tariffs in May 2020.", "In May 2020 the guild imposed tariffs.",
     False),
    ("The guild lifted its May 2020 tariffs.", "In June 2021 the guild imposed tariffs.", False),
])
def test_a_date_naming_the_object(claim, sentence, dated):
    assert dated_object(parsed(claim), "lifted", parsed(sentence)) is dated


@pytest.mark.parametrize("a, b, same", [
    ("Buddhist", "Buddhistic", True),  # two forms of one word (WordNet's related forms)
    ("Calvinist", "Calvinistic", True),
    ("Marxist", "Maoist", False),  # two words
])
def test_one_word_in_two_forms_is_one_actor(a, b, same):
    claim = parsed(f"In 2012 {a} monks seized the temple.")
    sentence = parsed(f"In 2012 {b} monks seized it.")
    assert same_actor(name_in(claim, a), name_in(sentence, b), VOCAB) is same
    assert (owner_swapped(claim, sentence, VOCAB) is None) is same


@pytest.mark.parametrize("claim, sentence, fires", [
    # the passive's agent is a third name: the names around the verb are no arguments of it
    ("Reports of raids by the Ostra Guild were dismissed by Peruvian officials as a pretext "
     "for Chilean complaints about fishing.",
     "As for its reports of Ostra Guild raids, Peruvian officials consider these a pretext for "
     "Chilean complaints about fishing.", False),
    # the agent is one of the two names: swapped, as before
    ("The Ostra Guild was fined by the Vela Board.",
     "The Ostra Guild fined the Vela Board.", True),
])
def test_a_passive_agent_of_its_own_swaps_nothing(claim, sentence, fires):
    assert (swapped_names(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


@pytest.mark.parametrize("text, name, listed", [
    ("The patrol worked with other forces, including the Vela task force, the Norte fleet "
     "and Sur training teams.", "Norte", True),
    ("The patrol worked with the harbour police, the Coastal Training Mission, the Sur fleet "
     "and other groups.", "Coastal Training Mission", True),
    ("The Norte fleet signed the accord with the Vela Board.", "Norte", False),
    ("The pact was signed by Norte and Sur.", "Norte", True),
])
def test_a_name_in_a_list(text, name, listed):
    text = parsed(text)
    assert in_list(text, name_in(text, name)) is listed


@pytest.mark.parametrize("text, name, partial", [
    ("The patrol worked with other forces, including the Vela task force, the Norte fleet "
     "and Sur training teams.", "Norte", True),
    ("Boats such as the Norte and the Sur were sold.", "Sur", True),
    ("The patrol worked with the harbour police, the Vela fleet, the Sur fleet and other "
     "groups.", "Vela", True),
    # a list that does not say it is a part may be the whole set
    ("The accord was signed by the Vela Board, the Norte fleet and the Sur guild.", "Sur",
     False),
    ("The Norte fleet, including its pilots, signed.", "Norte", False),  # no list
])
def test_a_list_of_some_members_of_a_set(text, name, partial):
    text = parsed(text)
    assert partial_list(text, name_in(text, name)) is partial


@pytest.mark.parametrize("claim, sentence, conflict", [
    # two lists of one set, one of them only a part: another member, no rival
    ("The patrol worked with other forces, including the Vela task force, the Norte fleet "
     "and Sur training teams.",
     "The patrol worked with the harbour police, the Coastal Training Mission, the Sur fleet "
     "and other groups.", False),
    # one actor in the claim's place: a rival, as before
    ("The Norte fleet signed the accord in May.", "The Vela fleet signed the accord in May.",
     True),
    # two whole lists, another member in one: a rival, as before
    ("The accord was signed by the Vela Board, the Norte fleet and the Sur guild.",
     "The accord was signed by the Vela Board, the Norte fleet and the Este guild.", True),
])
def test_items_of_two_lists_are_no_rivals(claim, sentence, conflict):
    found = compare(parsed(claim), parsed(sentence), parsed(sentence), VOCAB)
    assert any(c.kind == ConflictKind.ACTOR for c in found.conflicts) is conflict


@pytest.mark.parametrize("claim, sentence, fires", [
    # the claim denies the increment: "within existing funds" says the same
    ("The widening of the patrols, decided in May, was not accompanied by any additional "
     "boats.",
     "This led to the decision in May to widen the patrols \"within existing boats.\"", False),
    ("In May the board widened the patrols but did not give extra boats for the task.",
     "In May the board widened the patrols \"within existing boats.\"", False),
    # affirmed: reversed, as before
    ("In May the board widened the patrols and gave additional boats for the task.",
     "In May the board widened the patrols \"within existing boats.\"", True),
])
def test_a_reversal_of_a_denied_word_agrees(claim, sentence, fires):
    assert (placed_antonym(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


@pytest.mark.parametrize("claim, sentence, fires", [
    # "without X" and "not X": one denial; the sentence's "with" is another thing's
    ("The budget was the first to be passed without unanimity, with two members abstaining.",
     "The budget was not unanimously passed, with two members abstaining.", False),
    ("The accord was signed without objections.",
     "The accord was signed with objections from two members.", True),
])
def test_without_against_a_denial_of_the_same_word(claim, sentence, fires):
    assert (opposed(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


DOCS = {
    "ferries.txt": (
        "The Ferry Service\n\n"
        "In 2015 the United Harbours Coastal Patrol Service in Ruvala (CPSR) took over the "
        "lake crossings.\n\n"
        "The Coastal Patrol Service in Ruvala (CPSR) runs two ferries.\n\n"
        "Several fishermen of Dorva moved away from areas close to the CPSR base, for fear of "
        "being raided by smugglers.\n\n"
        "The Northern Fisheries Authority (NOFA) sets the catch quotas for the lake.\n"
    ),
}


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return open_written(tmp_path_factory, "roles", DOCS)


@pytest.mark.parametrize("claim, whole", [
    ("The UH service took over the crossings.", True),  # the body by its parent and head noun
    ("The UH services took over the crossings.", True),
    ("The UH council took over the crossings.", False),  # another noun: another body
    ("The NOFA service took over the crossings.", False),  # not the body it belongs to
])
def test_a_body_named_by_its_parent_and_its_head(ferries, claim, whole):
    claim = parsed(claim)
    sentence = parsed("The CPSR took over the crossings.")
    assert Bodies(ferries).named_whole(claim, claim.mentions[0], sentence) is whole


def test_a_base_of_a_body_and_of_its_parent_is_one_base(ferries):
    from qa.claims.check import check
    result = check(ferries, "Some fishermen of Dorva moved away from the UH base because they "
                            "feared being raided by smugglers.")
    assert result.verdict != "contradicted", result
    assert not any(c.kind == "actor" for e in result.evidence for c in e.conflicts), result


@pytest.mark.parametrize("claim, sentence, fires", [
    # the claim's rejected alternative where the claim has its fact: reversed
    ("Most of the divers were based in rural villages rather than in ports and harbours.",
     "While most divers are based in ports, smugglers have spread in rural villages.", True),
    ("The guild held its talks in Lorn instead of in the capital.",
     "The guild held its talks in the capital last May.", True),
    # the fact in its place, the alternative denied: the claim itself
    ("Most of the divers were based in rural villages rather than in ports and harbours.",
     "Most divers are based in rural villages, not in ports.", False),
    # the alternative stated nowhere in the fact's place
    ("The guild readily accepted escorts rather than using them only as a last resort.",
     "The guild only accepted escorts as a last resort.", False),
])
def test_the_rejected_alternative_in_the_facts_place(claim, sentence, fires):
    assert (alternative_in_place(parsed(claim), parsed(sentence), VOCAB) is not None) is fires


@pytest.mark.parametrize("claim, sentence, crossed", [
    # one word of the first clause found only where the second clause's words are
    ("Most divers were based in rural villages, while smugglers spread in the ports.",
     "While most divers are based in ports, smugglers have spread in rural villages.", True),
    # each clause's words at home
    ("Most divers were based in the ports, while smugglers spread in rural villages.",
     "While most divers are based in ports, smugglers have spread in rural villages.", False),
])
def test_a_word_strayed_into_the_other_clause(claim, sentence, crossed):
    assert crossed_clauses(parsed(claim), parsed(sentence), VOCAB) is crossed
