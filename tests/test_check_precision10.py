"""Confident wrong verdicts (round 30, branch precision10): negations written as a prefix or
an idiom ("non-unanimous", "did little to", "insufficient funds"), an acronym's plural read as
another actor ("the TCC" / "the TCCs"), a body named by its head word ("Council decides" /
"the Harbour Council"), and a name in a phrase of time taken for a party of a verb ("imposed
after ECOWAS sanctions"). Sentences invented here; each mechanism must fire and must not."""
import pytest

from qa.claims.check import head_named
from qa.claims.compare import name_found, plural_of
from qa.claims.facts import parse
from qa.claims.opposition import dated_by
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def name_in(text, words):
    return next(m for m in parse(text, VOCAB).mentions if m.family == "name" and m.text == words)


@pytest.mark.parametrize("text, negated", [
    ("The fences did little to protect the crops.", True),
    ("The new dam does little for the farmers downstream.", True),
    ("The plan stalled over insufficient funds.", True),
    ("The plan stalled over inadequate funds.", True),
    # "non-binding" denies a word, not the clause (test_check_headline); a free "non" is
    # Latin, "a little" and "little time" deny nothing
    ("The envoy was declared persona non grata.", False),
    ("A little rain fell on the harbour.", False),
    ("The crews had little time to rest.", False),
])
def test_negations_by_idiom(text, negated):
    assert parse(text, VOCAB).has_negation is negated


def test_a_non_prefix_denies_the_word_it_joins():
    parsed = parse("It was the first non-unanimous vote of the board.", VOCAB)
    assert set(VOCAB.analyzer.terms("unanimous")) <= set(parsed.negated)


VOTES = ["In May 2021, for the first time since the founding of the harbour board, the vote "
         "renewing its charter was not unanimously carried, with two members abstaining."] \
    + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    ("The May 2021 charter vote was the board's first non-unanimous vote since its founding.",
     "supported"),
    ("The May 2021 charter vote was the board's first unanimous vote since its founding.",
     "contradicted"),
])
def test_non_unanimous_is_not_unanimously(tmp_path, claim, verdict):
    assert checker(tmp_path, "Votes", VOTES)(claim)["verdict"] == verdict


@pytest.mark.parametrize("claim, contradicted", [
    # "insufficient funds" denies the funds as "a lack of funds" does: no polarity conflict
    ("The ferry plans of the council stalled in 2018 owing to insufficient funds and "
     "political will.", False),
    ("The ferry plans of the council stalled in 2018 owing to inadequate funds and "
     "political will.", False),
    ("The ferry plans of the council stalled in 2018 owing to funds and political will.", True),
])
def test_insufficient_is_a_lack(tmp_path, claim, contradicted):
    check = checker(tmp_path, "Ferry", [
        "The ferry plans of the council, which in 2018 stalled on a lack of funds and "
        "political will, were revived this spring."] + OTHER_TOPICS)
    assert (check(claim)["verdict"] == "contradicted") is contradicted


@pytest.mark.parametrize("claim, verdict", [
    ("A survey found that the night patrols in the delta did little to reduce thefts.",
     "contradicted"),
    ("A survey found that the night patrols in the delta reduced thefts.", "supported"),
])
def test_did_little_to_is_a_denial(tmp_path, claim, verdict):
    check = checker(tmp_path, "Patrols", [
        "A survey by the port authority found that the night patrols in the delta were "
        "effective at reducing thefts."] + OTHER_TOPICS)
    assert check(claim)["verdict"] == verdict


@pytest.mark.parametrize("mine, theirs, same", [
    ("crews of the TCC", "crews of the TCCs", True),
    ("help for the NGOs", "help for the NGO", True),
    ("crews of the TCC", "crews of the PCC", False),
    ("crews of the TCC", "crews of the TCC", False),  # one name: not a plural of it
])
def test_an_acronym_plural_is_the_same_name(mine, theirs, same):
    a, b = (next(m for m in parse(t, VOCAB).mentions if m.family == "name") for t in (mine, theirs))
    assert plural_of(a, b) is same


def test_an_acronym_plural_states_the_name():
    claim = parse("Tolo restricted rotations of Delta TCC crews.", VOCAB)
    name = name_in(claim.text, "Delta TCC")
    assert name_found(name, parse("Tolo restricted rotations of Delta TCCs.", VOCAB), VOCAB)
    assert not name_found(name, parse("Tolo restricted rotations of Delta PCCs.", VOCAB), VOCAB)


def test_a_body_named_by_its_head_word():
    name = name_in("The pier was closed by the Harbour Safety Council.", "Harbour Safety Council")
    assert head_named(name, parse("Council closes pier in May.", VOCAB))
    # the head inside another name of the claim, or absent: another body
    assert not head_named(name, parse("Tolo Council closes pier in May.", VOCAB))
    assert not head_named(name, parse("Board closes pier in May.", VOCAB))


@pytest.mark.parametrize("claim, verdict", [
    ("Board decides Tolo pier closure to be completed by March 2024.", "supported"),
])
def test_a_headline_subject_named_by_its_head(tmp_path, claim, verdict):
    check = checker(tmp_path, "Pier", [
        "After the survey, the Harbour Safety Board ended the lease in May and decided that the "
        "pier's closure would be completed by March 2024.",
        # Tolo is the corpus's setting: a sentence may leave it unsaid
        "Tolo fishers met the port authority in April.", "Tolo's ferry timetable changed in June."]
        + OTHER_TOPICS)
    assert check(claim)["verdict"] == verdict


@pytest.mark.parametrize("text, name, dated", [
    ("Quotas, imposed after Tolo sanctions, hurt the fleet.", "Tolo", True),
    ("Quotas were cut before the Delta talks.", "Delta", True),
    # a clause after the time word has a subject, a party of its own verb
    ("Quotas were cut after Tolo's envoy was recalled.", "Tolo", False),
    ("Quotas were cut by Tolo.", "Tolo", False),
])
def test_a_name_in_a_phrase_of_time(text, name, dated):
    assert dated_by(parse(text, VOCAB), name_in(text, name)) is dated


# --- a person named by an adjective-like noun, before a past verb -----------------------------

BRIEFING = ["The harbour master was dismissed following the choice of a Tolo fishing union "
            "envoy that addressed the port board."] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # "official" can be an adjective, but before a past verb it is the person who acted
    ("The harbour master was dismissed after a Tolo government official addressed the port "
     "board.", "contradicted"),
    ("The harbour master was dismissed after a Tolo fishing union envoy addressed the port "
     "board.", "supported"),
])
def test_an_official_before_a_past_verb_is_an_actor(tmp_path, claim, verdict):
    assert checker(tmp_path, "Harbour", BRIEFING)(claim)["verdict"] == verdict


def test_actor_at_an_adjective_noun():
    from qa.claims.actors import actor_at
    acting = parse("A town official briefed the board.", VOCAB)
    assert actor_at(acting, [t.word for t in acting.tokens].index("official"))
    # before a noun that may be a verb it is a modifier: "official figures"
    modifier = parse("The official figures rose in May.", VOCAB)
    assert not actor_at(modifier, [t.word for t in modifier.tokens].index("official"))


# --- "with" after the past verb: how it was done ----------------------------------------------

def test_unstated_accompaniment():
    from qa.claims.accompanied import unstated_accompaniment
    from qa.claims.past_forms import past_verb
    claim = parse("The harbour budget was approved with several objections in May.", VOCAB)
    silent = parse("In May the council unanimously approved the harbour budget.", VOCAB)
    told = parse("In May the council approved the harbour budget despite objections.", VOCAB)
    found = unstated_accompaniment(claim, silent, VOCAB, frozenset(), past_verb)
    assert found is not None and found.word == "objections"
    assert unstated_accompaniment(claim, told, VOCAB, frozenset(), past_verb) is None
    # "with" after a noun, not a verb: no manner of the verb
    other = parse("The council approved the budget of the harbour with its pier.", VOCAB)
    assert unstated_accompaniment(other, silent, VOCAB, frozenset(), past_verb) is None


@pytest.mark.parametrize("claim, verdict", [
    ("The harbour budget, which funded the pier in 2019, was approved with several "
     "objections.", "not_found"),
    ("The harbour budget, which funded the pier in 2019, was approved unanimously.",
     "supported"),
])
def test_approved_with_objections_is_not_unanimously(tmp_path, claim, verdict):
    check = checker(tmp_path, "Budget", [
        "In March 2019 the port council funded the pier by unanimously approving the harbour "
        "budget."] + OTHER_TOPICS)
    assert check(claim)["verdict"] == verdict


# --- "consistent with": the relation is the point -------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The quotas were consistent with the treaty.", ["consistent"]),
    ("The quotas were regarded as fully compatible with the treaty.", ["compatible"]),
    ("The quotas were widely seen as consistent with the treaty.", ["consistent"]),
    # a verb form, an article, or another preposition: none
    ("The quotas were met with protests.", []),
    ("The quotas were a breach of the treaty.", []),
    ("The fleet was responsible for the delays.", []),
])
def test_predicative_words(text, words):
    from qa.claims.predicative import predicative
    assert [t.word for t in predicative(parse(text, VOCAB))] == words


@pytest.mark.parametrize("claim, verdict", [
    ("The fishing quotas that Tolo set for the northern fleet were consistent with the "
     "harbour treaty.", "not_found"),
    ("The fishing quotas that Tolo set for the northern fleet were a breach of the harbour "
     "treaty.", "supported"),
])
def test_consistent_with_is_not_stated_by_a_breach(tmp_path, claim, verdict):
    check = checker(tmp_path, "Quotas", [
        "The fishing quotas that Tolo set for the northern fleet were a serious breach of the "
        "harbour treaty."] + OTHER_TOPICS[1:])
    assert check(claim)["verdict"] == verdict


# --- another thing, another person, in the claim's place ------------------------------------

def test_another_noun_in_place():
    from qa.claims.nouns_in_place import another_in_place, filled
    claim = parse("The fleet had to move its nets and crews by rail.", VOCAB)
    sentence = parse("The fleet had to carry its nets and crews by road, with delays.", VOCAB)
    assert [(w.word, p, n.word) for w, p, n in filled(claim)] == [("crews", "by", "rail")]
    mine, theirs = another_in_place(claim, sentence, VOCAB, frozenset())
    assert (mine.word, theirs.word) == ("rail", "road")
    # the same noun, or another word before the preposition: nothing replaced
    same = parse("The fleet had to carry its nets and crews by rail, with delays.", VOCAB)
    assert another_in_place(claim, same, VOCAB, frozenset()) is None
    other = parse("The nets were paid for by grants, with delays.", VOCAB)
    assert another_in_place(claim, other, VOCAB, frozenset()) is None


@pytest.mark.parametrize("claim, verdict", [
    # not support; since round 37 (contra17, `check.replaced_in_place`) the means replaced in
    # its place is a conflict, the rest stated: contradicted
    ("A shortage of barges meant that the fleet had to move its nets and crews by rail.",
     "contradicted"),
    ("A shortage of barges meant that the fleet had to move its nets and crews by road.",
     "supported"),
])
def test_by_rail_is_not_stated_by_by_road(tmp_path, claim, verdict):
    check = checker(tmp_path, "Fleet", [
        "The shortage of barges has forced the fleet to move much of its nets and crews by "
        "road, with the poor bridges causing long delays."] + OTHER_TOPICS)
    assert check(claim)["verdict"] == verdict


def test_another_person_in_the_same_office():
    from qa.claims.actors import another_in_role
    claim = parse("Tolo's interim mayor opposed the harbour budget.", VOCAB)
    sentence = parse("In May, Tolo's interim vice minister angered the board when he "
                     "opposed the harbour budget.", VOCAB)
    mine, theirs = another_in_role(claim, sentence, VOCAB, frozenset())
    assert (mine.word, theirs.word) == ("mayor", "minister")
    same = parse("In May, Tolo's interim mayor angered the board when he opposed the "
                 "harbour budget.", VOCAB)
    assert another_in_role(claim, same, VOCAB, frozenset()) is None
    # no shared modifier: no same office
    other = parse("In May, the harbour minister angered the board.", VOCAB)
    assert another_in_role(claim, other, VOCAB, frozenset()) is None


# --- a stance verb is a fact: "acknowledged that" -------------------------------------------

def test_unstated_stance():
    from qa.claims.unsaid import unstated_stance
    claim = parse("The port board acknowledged that the floods damaged the pier.", VOCAB)
    silent = parse("In May the floods damaged the pier of the port.", VOCAB)
    told = parse("The port board admitted in May that the floods damaged the pier.", VOCAB)
    framed = parse("The floods damaged the pier, the port board said.", VOCAB)
    assert unstated_stance(claim, silent, VOCAB, frozenset()).word == "acknowledged"
    assert unstated_stance(claim, told, VOCAB, frozenset()) is None  # another verb of saying
    assert unstated_stance(claim, framed, VOCAB, frozenset()) is None
    # a neutral reporting verb only frames; a cause is no one taking a stance
    neutral = parse("The port board said that the floods damaged the pier.", VOCAB)
    assert unstated_stance(neutral, silent, VOCAB, frozenset()) is None
    cause = parse("The floods meant that the pier was damaged.", VOCAB)
    assert unstated_stance(cause, silent, VOCAB, frozenset()) is None
