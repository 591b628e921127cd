"""Round 40, branch precision20: which one of a kind a claim speaks of (a noun defined by its
deed), converse roles of a phrasal verb, a participle stated only by a noun of its stem, a
month glued to a name. Sentences written here."""
import pytest

from qa.claims.converse import kin_swapped
from qa.claims.defining_clause import another_defined, dated_elsewhere, defining_deeds
from qa.claims.facts import parse
from qa.claims.noun_use import nouned
from qa.claims.paraphrase import paraphrased_by
from qa.claims.unasserted import asked_only
from qa.types import Conflict, ConflictKind
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text: str):
    return parse(text, VOCAB)


# --- which one of a kind: the defining deed ------------------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("The council decree closing the harbour was signed unanimously.", [("decree", "closing")]),
    ("The council decree that closed the harbour was signed unanimously.",
     [("decree", "closed")]),
    ("The guild's 2019 decision to raise the tolls was welcomed.", [("decision", "raise")]),
    # a bare plural tells what some do, and "including" opens a list, not a deed
    ("Ferries crossing the strait were delayed.", []),
    ("The guilds including the weavers signed the charter.", []),
])
def test_a_noun_defined_by_its_deed(text, pairs):
    assert [(n.word, d.word) for n, d in defining_deeds(parsed(text))] == pairs


@pytest.mark.parametrize("sentence, other", [
    ("In 2020 the council decree extending the harbour's hours was not signed unanimously.",
     True),
    # the claim's own deed, or no deed given to the noun
    ("In 2020 the council decree closing the harbour was not signed unanimously.", False),
    ("In 2020 the council decree was not signed unanimously.", False),
])
def test_another_deed_names_another_of_the_kind(sentence, other):
    claim = parsed("The council decree closing the harbour was signed unanimously.")
    stated = {t for token in parsed(sentence).tokens for t in token.terms} & claim.terms
    assert another_defined(claim, parsed(sentence), VOCAB, stated) == other


def test_a_date_inside_the_defining_clause_dates_its_deed():
    claim = parsed("The council decree closing the harbour in May 2021 was signed unanimously.")
    conflict = [Conflict("2021", "2017", ConflictKind.DATE, (0, 4))]
    assert dated_elsewhere(claim, conflict, frozenset({"council", "decre", "harbour"}))
    # the sentence states the deed: the date is the claim's deed's, in conflict
    assert not dated_elsewhere(claim, conflict, frozenset({"council", "close", "harbour"}))


def test_another_decree_neither_contradicts_nor_supports(tmp_path):
    check = checker(tmp_path, "Decrees", [
        "In March 2020, for the first time, the council decree extending the harbour's hours"
        " was not signed unanimously, with two guilds abstaining.",
        "In May 2017 the council extended the harbour's hours by unanimously signing"
        " Decree 41.", *OTHER_TOPICS])
    assert check("The council decree closing the harbour was signed unanimously.")["verdict"] \
        == "not_found"
    assert check("The council decree extending the harbour's hours in March 2020 was signed"
                 " unanimously.")["verdict"] == "contradicted"


# --- converse roles of a phrasal verb -------------------------------------------------------

@pytest.mark.parametrize("sentence, swapped", [
    ("In May 2016, Harbourline was replaced by Seaway as the island's ferry operator.", True),
    ("In May 2016, Seaway replaced Harbourline as the island's ferry operator.", True),
    # the names the same way round
    ("In May 2016, Seaway was replaced by Harbourline as the island's ferry operator.", False),
    ("In May 2016, Harbourline replaced Seaway as the island's ferry operator.", False),
])
def test_converse_roles_of_a_phrasal_verb(sentence, swapped):
    claim = parsed("In May 2016 Harbourline took over from Seaway as the island's operator.")
    found = kin_swapped(claim, parsed(sentence), VOCAB)
    assert (found is not None) == swapped


def test_the_one_replaced_did_not_take_over(tmp_path):
    check = checker(tmp_path, "Ferries", [
        "Then, on 2 May 2016, Harbourline was replaced by a new operator, Seaway.",
        *OTHER_TOPICS])
    assert check("On 2 May 2016 Seaway took over from Harbourline.")["verdict"] == "supported"
    assert check("On 2 May 2016 Harbourline took over from Seaway.")["verdict"] != "supported"


# --- a participle stated only by a noun of its stem -----------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("Dutch sailors rest in Porto after a storm damaged an old naval base.", False),
    ("Dutch sailors rest in Porto after a storm damaged the navy's bases.", False),
    # the verb itself, or a noun without a determiner before it
    ("Dutch sailors were based in Porto.", True),
    ("Dutch sailors rest in Porto near navy bases.", True),
])
def test_a_participle_is_not_stated_by_a_noun(sentence, kept):
    claim = parsed("Norway's sailors were based mainly in Porto.")
    text = parsed(sentence)
    said = ({t for token in text.tokens for t in token.terms} & claim.terms, set())
    assert ("base" in nouned(claim, text, said)[0]) == kept


def test_a_caption_on_a_base_tells_no_deployment(tmp_path):
    check = checker(tmp_path, "Sailors", [
        "Image: Dutch sailors of the allied fleet walk along the quay of Porto, on 3 May 2018,"
        " a day after a storm damaged boats and sheds at an old naval base in Portugal.",
        *OTHER_TOPICS])
    assert check("Norway's sailors in the fleet were based mainly in Porto.")["verdict"] \
        == "not_found"


# --- a month glued to a name ----------------------------------------------------------------

def test_a_month_after_a_name_is_a_date():
    claim = parsed("The closure was set by the Harbour Board for June 2024.")
    names = [m.text for m in claim.mentions if m.family == "name"]
    assert names == ["Harbour Board"]
    assert any(m.family == "month" for m in claim.mentions)
    # a name's own "of" phrase stays
    assert "Bank of Mali" in [m.text for m in parsed("The Bank of Mali reported losses.").mentions
                              if m.family == "name"]


# --- a "with" phrase after the verb's object ------------------------------------------------

def test_a_manner_after_the_object_is_a_fact_of_the_claim(tmp_path):
    check = checker(tmp_path, "Charters", [
        "On 4 June 2015 the guild council renewed the harbour charter by unanimously adopting"
        " Charter 12.", *OTHER_TOPICS])
    assert check("Guild council adopts Charter 12 on the harbour with abstentions in June"
                 " 2015.")["verdict"] != "supported"
    assert check("Guild council adopts Charter 12 on the harbour in June 2015.")["verdict"] \
        == "supported"


# --- a deed put off, stated by a paraphrase -------------------------------------------------

@pytest.mark.parametrize("claim, asked", [
    # "endorsed" is stated only by "approving" after "before": put off, not done
    ("The council endorsed the guild's plan to dredge the harbour.", True),
    # the claim's own plan and what it plans are no deed told as done
    ("The council discussed the guild's plan to dredge the harbour.", False),
])
def test_a_paraphrased_deed_put_off(claim, asked):
    sentence = parsed("Some council members wanted more details before approving the guild's"
                      " plan to dredge the harbour.")
    assert asked_only(parsed(claim), sentence, VOCAB, paraphrased_by) == asked


def test_a_deed_put_off_does_not_support_its_paraphrase(tmp_path):
    check = checker(tmp_path, "Dredging", [
        "Some council members wanted more details before approving the guild's plan to dredge"
        " the harbour.", *OTHER_TOPICS])
    assert check("The council endorsed the guild's plan to dredge the harbour.")["verdict"] \
        != "supported"


# --- the claim's deed told beside the support as another's ----------------------------------

def test_a_deed_told_as_anothers_is_not_supported(tmp_path):
    check = checker(tmp_path, "Treaty", [
        "A preliminary fishing treaty was signed by the island council in April 2016. However,"
        " the proposed treaty was rejected by the Northern Fleet Guild, on the grounds that it"
        " ignored the quotas.", *OTHER_TOPICS])
    assert check("The island council rejected the April 2016 preliminary fishing treaty."
                 )["verdict"] != "supported"
    assert check("The island council signed a preliminary fishing treaty in April 2016."
                 )["verdict"] == "supported"
    assert check("The Northern Fleet Guild rejected the preliminary fishing treaty."
                 )["verdict"] == "supported"


def test_an_adverb_before_a_gerund_is_no_defined_noun():
    assert defining_deeds(parsed("The county officials were increasingly facilitating the"
                                 " ferries.")) == []
