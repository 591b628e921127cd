"""A claim reworded from one or two sentences: a closed compound for a phrasal verb ("the
pullout" / "pull out"), a past in "-ied" paraphrased ("notified" / "informed"), a figure's
hedge ("as long as four weeks" / "up to four weeks"), an adjective for the noun of its measure
("as large as" / "the size of"), a bracketed aside inside a clause, and a body's generic noun
said by its acronym ("the ferry authority" / "LFA"), a verb two neighbours paraphrase with
its object stated, a participle of saying for another ("insisting" / "claiming"), and the
subject of a sentence that leans on its neighbour ("They disputed ..."). The sentences are
written here."""
import pytest

from tests.helpers.corpora import open_written
from qa.claims.check import check
from qa.claims.clauses import clause_numbers, crossed_clauses
from qa.claims.compare import compare
from qa.claims.compounds import compound_terms
from qa.claims.facts import parse
from qa.claims.hedges import hedge_terms, measured_terms
from qa.claims.pairs import paraphrased_verbs
from qa.claims.paraphrase import paraphrased_terms, paraphrases
from qa.claims.predicate import unstated_event
from qa.claims.reported import reported_participles
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def terms(vocab, *words):
    return frozenset(t for w in words for t in vocab.analyzer.terms(w))


@pytest.mark.parametrize("claim, sentence, words", [
    ("The navy announced the pullout of its sailors.", "Its sailors will pull out in May.",
     ("pullout",)),
    ("The rebels announced a takeover of the port.", "The rebels took over the port.",
     ("takeover",)),
    ("The police cracked down on the smugglers.", "A crackdown on the smugglers followed.",
     ("cracked",)),
])
def test_a_compound_is_stated_by_its_two_words_and_back(vocab, claim, sentence, words):
    assert compound_terms(parse(claim, vocab), parse(sentence, vocab)) == terms(vocab, *words)


@pytest.mark.parametrize("claim, sentence", [
    # two nouns are no phrasal verb: the second part must be a particle
    ("The weddingparty was attacked.", "The wedding party was attacked."),
    # the verb without its particle, or the particle elsewhere
    ("The navy announced the pullout of its sailors.", "The navy will pull its sailors."),
    ("The navy announced the pullout of its sailors.", "The navy pulled its sailors out."),
    # the claim's word is in the sentence as written: nothing to find
    ("The navy announced the pullout.", "The pullout began as the sailors pull out."),
])
def test_no_compound_without_a_word_and_its_particle_side_by_side(vocab, claim, sentence):
    assert compound_terms(parse(claim, vocab), parse(sentence, vocab)) == frozenset()


def test_a_past_in_ied_is_paraphrased_both_ways(vocab):
    assert "inform" in paraphrases("notified") and "notify" in paraphrases("informed")
    claim = parse("Ruritania notified the council of its withdrawal.", vocab)
    assert paraphrased_terms(claim, parse("Ruritania informed the council of its withdrawal.",
                                          vocab), vocab) == terms(vocab, "notified")
    # another verb in its place is no paraphrase
    assert paraphrased_terms(claim, parse("Ruritania thanked the council for its withdrawal.",
                                          vocab), vocab) == frozenset()


def hedged(vocab, claim, sentence):
    mine, theirs = parse(claim, vocab), parse(sentence, vocab)
    return hedge_terms(mine, compare(mine, theirs, theirs, vocab))


@pytest.mark.parametrize("claim, sentence, words", [
    ("Some landings take as long as three days to reach.",
     "Landings can take up to three days to reach.", ("long",)),
    ("As many as 300 fishermen joined the strike.", "300 fishermen joined the strike.",
     ("many",)),
    # another figure: the hedge's word is not stated
    ("Some landings take as long as three days to reach.",
     "Landings can take up to five days to reach.", ()),
    # "as ... as" without a figure after it is a comparison, not a hedge
    ("The new pier is as long as the old one, built in 3 days.",
     "The new pier was built in 3 days.", ()),
])
def test_the_word_of_a_figures_hedge_is_stated_with_the_figure(vocab, claim, sentence, words):
    assert hedged(vocab, claim, sentence) == terms(vocab, *words)


@pytest.mark.parametrize("claim, sentence, words", [
    ("The lake is three times as large as Luxembourg.",
     "The lake is three times the size of Luxembourg.", ("large",)),
    ("The pier is as long as a football pitch.", "The pier is the length of a football pitch.",
     ("long",)),
    # a noun of another measure, or the noun outside "the NOUN of"
    ("The lake is three times as large as Luxembourg.",
     "The lake is three times the population of Luxembourg.", ()),
    ("The lake is three times as large as Luxembourg.",
     "Its size worried Luxembourg three times.", ()),
])
def test_an_adjective_is_stated_by_the_noun_of_its_measure(vocab, claim, sentence, words):
    assert measured_terms(parse(claim, vocab), parse(sentence, vocab)) == terms(vocab, *words)


def test_a_bracketed_aside_does_not_split_its_clause(vocab):
    sentence = parse("The wardens kept a post in Dorvik (north shore) since May amid doubts "
                     "over the Lake Police (LP) commitment, so patrols are thin.", vocab)
    numbers = dict(zip((t.word for t in sentence.tokens), clause_numbers(sentence)))
    assert numbers["Dorvik"] == numbers["since"] == numbers["amid"] == numbers["commitment"]
    assert numbers["north"] != numbers["Dorvik"] != numbers["patrols"]
    claim = parse("Amid persistent doubts about the police commitment to Dorvik, the wardens "
                  "have kept a post in the village since May.", vocab)
    assert not crossed_clauses(claim, sentence, vocab)


def test_crossed_clauses_are_still_crossed_around_an_aside(vocab):
    claim = parse("Most wardens were posted on the islands, while poachers spread along the "
                  "shore.", vocab)
    sentence = parse("While most wardens were posted along the shore (the south), poachers "
                     "spread on the islands.", vocab)
    assert crossed_clauses(claim, sentence, vocab)


DOCS = {
    "lake.txt": (
        "Lake Service\n\n"
        "The ferry company was overstretched, with over 40 boats operating on a lake more than "
        "twice the size of Luxembourg. Landings could take up to three days to reach by boat.\n\n"
        "On 3 May, Ruritania informed the council that it will start withdrawing its 200 "
        "sailors from the lake patrol. Two days later, Freedonia announced that its sailors "
        "will pull out in the next year.\n\n"
        "The Lake Ferry Authority (LFA) runs the crossings. The Dorvik Relief Mission was "
        "deployed in March 2011 and was merged into the LFA upon its founding in June of that "
        "year.\n"
    ),
}


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return open_written(tmp_path_factory, "rewording", DOCS)


@pytest.mark.parametrize("claim", [
    "The ferry company operated on a lake more than twice as large as Luxembourg, where some "
    "landings could take as long as three days to reach by boat.",
    "Freedonia announced the pullout of its sailors two days after Ruritania notified the "
    "council that it would begin withdrawing its 200 sailors.",
])
def test_two_neighbours_reworded_support_the_claim(lake, claim):
    assert check(lake, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the second half stated of something else, or not at all
    "The ferry company operated on a lake more than twice as large as Luxembourg, where some "
    "landings could take as long as three days to reach by road.",
    "The ferry company operated on a lake more than twice as large as Luxembourg, where some "
    "landings could take as long as six days to reach by boat.",
    "Freedonia announced the pullout of its sailors two days after Ruritania notified the "
    "council that it would begin withdrawing its 500 sailors.",
    # a noun replaced in place ("its pilots", "its boats" / "its sailors") is left to the share a
    # sentence must state, 0.55 for one sentence and 0.8 for two joined: the one sentence
    # "Two days after Ruritania ..., Freedonia announced that its sailors will pull out"
    # supports it, and since the two sentences read as one tell the claim's order
    # (`sequence.told_in_order`) so does the pair; a known gap, kept to be closed
    pytest.param("Freedonia announced the pullout of its pilots two days after Ruritania "
                 "notified the council that it would begin withdrawing its 200 sailors.",
                 marks=pytest.mark.xfail(strict=True, reason="a noun replaced in place")),
    "Freedonia announced the pullout of its sailors two days after Ruritania notified the "
    "council that it would begin withdrawing its 200 boats.",
    pytest.param("Freedonia announced the pullout of its boats two days after Ruritania "
                 "notified the council that it would begin withdrawing its 200 sailors.",
                 marks=pytest.mark.xfail(strict=True, reason="a noun replaced in place")),
])
def test_a_half_stated_otherwise_is_no_support(lake, claim):
    assert check(lake, claim).verdict != "supported"


def test_a_bodys_generic_noun_is_said_by_its_acronym(lake):
    result = check(lake, "The Dorvik Relief Mission, deployed in March 2011, was merged into the "
                         "LFA when the ferry authority was founded that June.")
    assert result.verdict == "supported", result


def verbs(vocab, claim, a, b):
    return paraphrased_verbs(parse(claim, vocab), parse(a, vocab), frozenset(),
                             parse(b, vocab), frozenset(), vocab)


def test_a_pair_may_paraphrase_a_past_verb_whose_object_it_states(vocab):
    assert verbs(vocab, "The company sent staff to the lake, while few people there speak "
                        "English.", "The company has deployed staff to the lake.",
                 "Few people there speak English.") == terms(vocab, "sent")


@pytest.mark.parametrize("claim", [
    # the object unstated
    "The company sent boats to the lake, while few people there speak English.",
    # a passive verb, an agent, a verb without an object: words the pair must state
    "The staff were trained by the company, while few people there speak English.",
    "The staff were armed by the company, while few people there speak English.",
    "Staff killed in May were mourned, while few people there speak English.",
])
def test_no_verb_is_left_unsaid_without_its_object(vocab, claim):
    assert verbs(vocab, claim, "The company has deployed staff to the lake.",
                 "Few people there speak English.") == frozenset()


@pytest.mark.parametrize("claim, sentence, words", [
    ("The wardens rejected the count, insisting it had been a drill.",
     "The wardens disputed the count, claiming it had been a drill.", ("insisting",)),
    ("The wardens rejected the count, characterising the event as a drill.",
     "The wardens disputed the count, describing it as a drill.", ("characterising",)),
    # the sentence's participle negative, or of no saying, or opening no clause
    ("The wardens rejected the count, insisting it had been a drill.",
     "The wardens disputed the count, denying it had been a drill.", ()),
    ("The wardens rejected the count, insisting it had been a drill.",
     "The wardens disputed the count, leaving it a drill.", ()),
    ("The wardens rejected the count, insisting it had been a drill.",
     "The wardens disputed the count claiming a drill.", ()),
    # the claim's participle is no verb of saying
    ("The wardens rejected the count, prompting a drill.",
     "The wardens disputed the count, claiming it had been a drill.", ()),
])
def test_a_participle_of_saying_is_stated_by_another(vocab, claim, sentence, words):
    assert reported_participles(parse(claim, vocab), parse(sentence, vocab)) \
        == terms(vocab, *words)


def test_the_subject_of_a_leaning_sentence_may_be_its_neighbours(vocab):
    claim = parse("The harbour wardens rejected the findings of the inquiry.", vocab)
    sentence = parse("They firmly disputed the findings from the inquiry.", vocab)
    before = parse("In the valley, the harbour wardens made their doubts clear.", vocab)
    assert unstated_event(claim, sentence, vocab, frozenset())
    assert not unstated_event(claim, sentence, vocab, frozenset(), [before])
    # a neighbour on someone else states no subject of the claim's
    other = parse("In the valley, the ferry owners made their doubts clear.", vocab)
    assert unstated_event(claim, sentence, vocab, frozenset(), [other])


SURVEY = {
    "survey.txt": (
        "Lake Survey\n\n"
        "In the valley, the harbour wardens made clear in the months before the vote that they "
        "did not want the survey extended. They firmly disputed the findings from the count "
        "that took place in the north bay in May 2021, claiming it had been a drill against "
        "smugglers. Efforts to engage with the wardens were not helped by the board.\n\n"
        "The ferry owners run the crossings.\n"
    ),
}


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    return open_written(tmp_path_factory, "survey", SURVEY)


def test_a_statement_reported_by_another_verb_of_saying_supports(survey):
    result = check(survey, "The harbour wardens rejected the findings of the count in the north "
                           "bay in May 2021, insisting it had been a drill against smugglers.")
    assert result.verdict == "supported", result


@pytest.mark.parametrize("claim", [
    # another actor, the statement denied, another year
    "The ferry owners rejected the findings of the count in the north bay in May 2021, "
    "insisting it had been a drill against smugglers.",
    "The harbour wardens rejected the findings of the count in the north bay in May 2021, "
    "denying it had been a drill against smugglers.",
    "The harbour wardens rejected the findings of the count in the north bay in May 2022, "
    "insisting it had been a drill against smugglers.",
])
def test_a_reported_statement_changed_is_no_support(survey, claim):
    assert check(survey, claim).verdict != "supported"
