"""Wrong supports and wrong contradictions from the grammar of the sentence, on sentences and
small corpora written here: a superlative ranked by an ordinal ("the third-largest") is not
the claim's unranked one; "has yet to" denies its verb; a comparison whose two sides are
traded; a phrase the sentence says was done without; the parts of a total the claim states
("of which"), whose other figures are of another quantity; and another kind of a name's
head ("the Ministry of Defence" / "the foreign ministry")."""
import pytest

from qa.claims.facts import negation_cues, parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker
from tests.test_check_qualified import kind

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("terms, stated", [
    # the window ranks the superlative third: an unranked one is the first
    (("biggest",), False),
    (("largest",), False),
    (("third", "biggest"), True),
    (("builder",), True),
])
def test_a_ranked_superlative_describes_only_the_same_rank(terms, stated):
    from qa.claims.identity import describes
    window = parse("Portwick Marine, the guild's third-largest boat builder, waited.", VOCAB)
    assert describes(window.tokens, frozenset(terms), VOCAB) == stated


@pytest.mark.parametrize("text, denied", [
    ("The harbour board has yet to approve the budget.", "approv"),
    ("The new ferry is yet to enter service.", "enter"),
    ("The pilots remained yet to be paid in March.", "paid"),
])
def test_yet_to_denies_its_verb(text, denied):
    parsed = parse(text, VOCAB)
    assert any(denied in term for term in parsed.negated)


@pytest.mark.parametrize("text", [
    "The board approved the budget, and yet to the guild's surprise it cut the fares.",
    "The ferry is faster yet to the north it sails slowly.",
])
def test_yet_to_after_no_verb_is_no_negation(text):
    parsed = parse(text, VOCAB)
    assert not any(parsed.tokens[i].word == "yet" for i in negation_cues(parsed))


def swapped(claim: str, sentence: str):
    from qa.claims.comparisons import swapped_comparison
    return swapped_comparison(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)


@pytest.mark.parametrize("claim, sentence, traded", [
    ("The guild spends more money on dredging the harbour than on repairing its piers.",
     "The guild spends more money on repairing its piers than on dredging the harbour.", True),
    ("The ferries carry fewer passengers in winter than freight lorries.",
     "The ferries carry fewer freight lorries in winter than passengers.", True),
    # the same order
    ("The guild spends more money on dredging the harbour than on repairing its piers.",
     "The guild spends far more money on dredging the harbour than on repairing its old "
     "piers.", False),
    # no comparison in the sentence, or an alternative ("rather than")
    ("The guild spends more money on dredging the harbour than on repairing its piers.",
     "The guild spends money on repairing its piers rather than on dredging the harbour.",
     False),
    # a figure's bound is no comparison
    ("More than 40 boats were repaired in the harbour.",
     "The harbour repaired boats, more than 40 of them.", False),
])
def test_a_comparison_with_its_sides_traded(claim, sentence, traded):
    assert (swapped(claim, sentence) is not None) == traded


def without(claim: str, sentence: str):
    from qa.claims.without import affirmed_without
    found = affirmed_without(parse(claim, VOCAB), parse(sentence, VOCAB))
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The harbour's new duties came with the hiring of extra pilots.",
     "The harbour took on new duties without the hiring of extra pilots.", ("hiring", "without")),
    # one noun after "without": another role is as likely ("withdrew its pilots")
    ("The harbour withdrew its pilots.", "The harbour worked without pilots.", None),
    # the claim denies it too
    ("The harbour took on new duties without the hiring of extra pilots.",
     "The harbour took on new duties without the hiring of extra pilots.", None),
    ("The harbour did not hire extra pilots for its new duties.",
     "The harbour took on new duties without hiring extra pilots.", None),
])
def test_a_phrase_the_sentence_says_was_done_without(claim, sentence, expected):
    assert (without(claim, sentence) or None) == expected


def rivals(claim: str, sentence: str) -> list[tuple[str, str]]:
    from qa.claims.compare import compare
    claim_, sentence_ = parse(claim, VOCAB), parse(sentence, VOCAB)
    return [(c.claim, c.source) for c in compare(claim_, sentence_, sentence_, VOCAB).conflicts]


@pytest.mark.parametrize("claim, sentence, expected", [
    # the claim states the total: its other figures are another quantity
    ("By May the guild had hired only 310 pilots and 42 clerks, short of its planned 900 staff.",
     "The guild plans a staff of 900, of which 800 pilots and 100 clerks.", []),
    # the claim states the parts: the total is theirs
    ("By May the guild had hired only 310 pilots and 42 clerks, against a planned 800 pilots "
     "and 100 clerks.",
     "The guild plans a staff of 900, of which 800 pilots and 100 clerks.", []),
    # the claim breaks the same total down otherwise: a part stated wrongly
    ("The guild plans a staff of 900, of which 700 pilots and 100 clerks.",
     "The guild plans a staff of 900, of which 800 pilots and 100 clerks.", [("700", "800")]),
    # the claim lists its own figures together with the one it states: its breakdown,
    # stated wrongly
    ("The guild's planned staff comprised 700 pilots and 100 clerks.",
     "The guild plans a staff of 900, of which 800 pilots and 100 clerks.", [("700", "800")]),
    ("The guild's planned staff includes 150 clerks alongside 800 pilots.",
     "The guild plans a staff of 900, of which 800 pilots and 100 clerks.", [("150", "100")]),
    ("The guild's planned staff of 900 comprised 800 pilots and 150 clerks.",
     "The guild plans a staff of 900, of which 800 pilots and 100 clerks.", [("150", "100")]),
    # no figure of the breakdown in the claim: it may be the breakdown stated wrongly
    ("By May the guild had 310 pilots and 42 clerks.",
     "The guild has a staff of 900, of which 800 pilots and 100 clerks.",
     [("310", "800"), ("42", "100")]),
])
def test_a_breakdown_the_claim_states_rivals_no_other_figure(claim, sentence, expected):
    assert rivals(claim, sentence) == expected


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The survey was paid for by the fisheries ministry.",
     "The survey was funded by the Ministry of Transport.", ("fisheries", "Transport")),
    ("The harbour master, Ana Rus, asked for a pilot boat.",
     "The Master of Works, Ana Rus, asked for a pilot boat.", ("harbour", "Works")),
    # the claim's kind stated in the name
    ("The survey was paid for by the transport ministry.",
     "The survey was funded by the Ministry of Transport.", None),
    # a country after "of" owns the thing, it is no kind of it
    ("The survey was paid for by the fisheries ministry.",
     "The survey was funded by the Ministry of Norway.", None),
    # a lower-case head before a capitalised "of" word: an owner ("the budget of Portwick")
    ("The harbour budget was cut.", "The budget of Portwick was cut.", None),
])
def test_another_kind_named_by_a_name_of_its_head(claim, sentence, expected):
    assert (kind(claim, sentence) or None) == expected


@pytest.mark.parametrize("title, text, claim, verdict", [
    pytest.param(
        "Yards", "Meanwhile, Portwick Marine, the guild's third-largest boat builder, is waiting "
        "for the new tariffs. In July, it temporarily closed its two yards, citing the floods "
        "of the spring.",
        "Portwick Marine, the guild's biggest boat builder, temporarily closed its two yards "
        "in July.", {"contradicted", "not_found"}, id="an unranked superlative"),
    pytest.param(
        "Yards", "Meanwhile, Portwick Marine, the guild's third-largest boat builder, is waiting "
        "for the new tariffs. In July, it temporarily closed its two yards, citing the floods "
        "of the spring.",
        "Portwick Marine, the guild's third-biggest boat builder, temporarily closed its two "
        "yards in July.", {"supported"}, id="the same rank"),
    pytest.param(
        "Pilots", "By 1 March the harbour had not yet reached full staffing, with only 31 pilots "
        "at work.",
        "By 1 March the harbour had yet to reach full staffing, with only 31 pilots at work.",
        {"supported"}, id="yet to reach / not yet reached"),
    pytest.param(
        "Pilots", "By 1 March the harbour had not yet reached full staffing, with only 31 pilots "
        "at work.",
        "By 1 March the harbour had reached full staffing, with 31 pilots at work.",
        {"contradicted"}, id="reached / not yet reached"),
    pytest.param(
        "Dredging", "The guild spends more money on repairing its old piers than on dredging the "
        "harbour, especially in winter.",
        "The guild spends more money on dredging the harbour in winter than on repairing its old "
        "piers.", {"contradicted", "not_found"}, id="a comparison traded"),
    pytest.param(
        "Staff", "The guild plans a staff of 900, of which 800 pilots and 100 clerks. By May "
        "it had hired only 310 pilots and 42 clerks.",
        "By May the guild had hired only 310 pilots and 42 clerks, short of its planned 900 "
        "staff.", {"supported", "not_found"}, id="a total stated, its parts no rivals"),
])
def test_end_to_end(tmp_path, title, text, claim, verdict):
    check_in = checker(tmp_path, title, [text] + OTHER_TOPICS)
    assert check_in(claim)["verdict"] in verdict


@pytest.mark.parametrize("claim, crossed", [
    # the sentence sets its first clause against the next: a claim word said in the other
    # clause pairs the clauses crossed, whatever joins the claim's
    ("Most ferries sailed from the northern piers, where the storms were worst.", True),
    ("With most ferries sailing from the northern piers, the storms were worst in the south.",
     True),
    # paired as the sentence pairs them
    ("Most ferries sailed from the southern piers, where the storms were worst in the north.",
     False),
])
def test_a_sentence_setting_its_clauses_against_each_other(claim, crossed):
    from qa.claims.clauses import crossed_clauses
    sentence = parse("While most ferries sailed from the southern piers, the storms were worst "
                     "in the northern bays.", VOCAB)
    assert crossed_clauses(parse(claim, VOCAB), sentence, VOCAB) == crossed


GUILD = ("Most of the guild's boats were used for ferrying supplies, rather than rescuing "
         "stranded divers.")


@pytest.mark.parametrize("claim, sentence, verdicts", [
    # the claim states the alternative the sentence passes over: no support
    ("Most of the guild's boats went into rescuing stranded divers.", GUILD,
     {"not_found", "contradicted"}),
    # the claim states the side the sentence prefers
    ("Most of the guild's boats went into ferrying supplies.", GUILD, {"supported"}),
    # the claim sets its own alternative, as the sentence does
    ("Most boats ferried supplies rather than rescuing stranded divers.", GUILD, {"supported"}),
    # the word is said outside the alternative too
    ("Most of the guild's boats went into rescuing stranded divers.",
     "Most of the guild's boats, which rescue stranded divers in winter, were used for ferrying "
     "supplies, rather than rescuing stranded divers.", {"supported"}),
])
def test_an_alternative_the_sentence_passes_over(tmp_path, claim, sentence, verdicts):
    # `clauses.set_aside`: what a sentence passes over ("rather than") it does not state
    assert checker(tmp_path, "Guild", [sentence] + OTHER_TOPICS)(claim)["verdict"] in verdicts


@pytest.mark.parametrize("claim, expected", [
    # the qualifiers said of the other name
    ("The new rules cover the whole of Kelby county but only the northern half of Orn county.",
     ("whole", "whole")),
    # as the sentence pairs them
    ("The new rules cover the northern half of Kelby county and the whole of Orn county.", None),
    # no qualifier before one of the names
    ("The new rules cover Kelby county and the whole of Orn county.", None),
])
def test_two_names_qualified_crossed(claim, expected):
    from qa.claims.crossed_names import crossed_names
    sentence = parse("The new rules cover the northern half of Kelby county and the whole of "
                     "Orn county, up to the coast.", VOCAB)
    found = crossed_names(parse(claim, VOCAB), sentence, VOCAB)
    assert ((found and (found[0].word, found[1].word)) or None) == expected


def test_a_qualifier_ends_where_another_phrase_opens():
    from qa.claims.crossed_names import crossed_names
    # "during 2019 on Kelby's" and "challenges formed part of an Orn": no qualifier of Kelby,
    # whatever the sentence puts before Orn
    claim = parse("Surveys carried out during 2019 on Kelby's piers formed part of an Orn "
                  "project.", VOCAB)
    sentence = parse("Based on surveys carried out during 2019 as part of the Orn project, this "
                     "report lists the main faults of the Kelby piers.", VOCAB)
    assert crossed_names(claim, sentence, VOCAB) is None
