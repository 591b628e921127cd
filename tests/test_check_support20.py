"""True claims the sources state in other words that four readings now find (round 40):
"impossible to V" denied by "un-V-able" (`forms.denied_ability`), a reason clause outside an
expectation (`expected_scope`), "at first" as a time (`facts.adverbial`), "a small number
of" as the quantifier few (`quantifiers`)."""
import pytest

from qa.claims.check import check
from qa.claims.expected_scope import expected_elsewhere
from qa.claims.facts import parse
from qa.claims.forms import denied_ability
from qa.claims.quantifiers import FEW, quantities, quantity_terms
from qa.claims.quotations import introduction
from qa.claims.restricted import restricted
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The ferry guild cancelled the 2019 fare accord shortly after the pilots' strike, "
        "citing its complete unworkability and calling it a burden imposed by the city.",
        "The river service, made up of crews from three towns, seems a poor choice to run "
        "the night crossings, both because Dorva has left it and because it has failed to "
        "keep its timetable.",
        "The harbour board, initially permitted to hire a staff of 140 pilots, was asked "
        "to dredge the eastern channel and to rebuild the old quay.",
        "Relatively few sailors in Lesk speak Dutch, which complicates the work of the "
        "inspectors at the quay.",
        "Pilots distrust the new radar. As the chair of the Norland Pilots Guild (NPG) "
        "explained:",
        "..the night crossings are only made with two pilots aboard. The radar is not trusted "
        "by any of our members.",
        "The tariffs for 2020 were as follows:",
        "Every crossing after dark is charged double. The radar is used on every crossing.",
        "As a rule the fishing cooperatives only allow the hire of tug escorts as a last "
        "resort.")


def parsed(harbour, text):
    return parse(text, vocabulary_for(harbour.analyzer))


@pytest.mark.parametrize("claim, sentence, alike", [
    ("They said it was impossible to enforce.", "It is unenforceable.", True),
    ("They said it was impossible to enforce.", "Its unenforceability was plain.", True),
    ("The figures were impossible to verify.", "The figures are unverifiable.", True),
    ("Inspectors were unable to verify the figures.", "The figures are unverifiable.", True),
    # another verb made "-able", or the verb's own prefix without "-able"
    ("They said it was impossible to enforce.", "It is unworkable.", False),
    ("They said it was impossible to enforce.", "The rule went unenforced.", False),
])
def test_impossible_to_do_is_the_denied_able_form(harbour, claim, sentence, alike):
    assert bool(denied_ability(parsed(harbour, claim), parsed(harbour, sentence),
                               harbour.analyzer)) is alike


@pytest.mark.parametrize("sentence, elsewhere", [
    # the claim's verb in the reason the writer gives: asserted
    ("The service seems an unlikely choice because Dorva has left it.", True),
    # the claim's verb in what is expected
    ("Dorva is likely to leave the service because its crews are tired.", False),
])
def test_a_reason_is_outside_the_expectation(harbour, sentence, elsewhere):
    claim = parsed(harbour, "Dorva has left the service.")
    assert expected_elsewhere(claim, parsed(harbour, sentence),
                              frozenset(("likely", "unlikely"))) is elsewhere


@pytest.mark.parametrize("claim, ranks", [
    ("At first the board hired 140 pilots.", []),  # a time
    ("The board hired its first 140 pilots.", ["first"]),  # a rank
    ("The board came first in the regatta.", ["first"]),
])
def test_at_first_is_no_rank(harbour, claim, ranks):
    assert [m.text for m in parsed(harbour, claim).mentions if m.family == "ordinal"] == ranks


@pytest.mark.parametrize("claim, kinds", [
    ("A small number of sailors speak Dutch.", [FEW]),
    ("Only a tiny number of sailors speak Dutch.", [FEW]),
    ("A number of sailors speak Dutch.", []),
    ("A large number of sailors speak Dutch.", []),
])
def test_a_small_number_is_few(harbour, claim, kinds):
    assert [kind for kind, _ in quantities(parsed(harbour, claim))] == kinds


def test_the_words_of_a_quantifier_stated_by_its_class(harbour):
    claim = parsed(harbour, "Only a small number of sailors speak Dutch.")
    assert quantity_terms(claim, parsed(harbour, "Few sailors speak Dutch.")) \
        == set(harbour.analyzer.terms("small number"))
    assert quantity_terms(claim, parsed(harbour, "Most sailors speak Dutch.")) == set()
    assert quantity_terms(claim, parsed(harbour, "Sailors speak Dutch.")) == set()


@pytest.mark.parametrize("claim, verdict", [
    ("The ferry guild cancelled the 2019 fare accord shortly after the pilots' strike, "
     "saying it was impossible to work.", "supported"),
    ("Dorva has left the river service, which has failed to keep its timetable.",
     "supported"),
    ("At first the harbour board was permitted to hire a staff of 140 pilots.", "supported"),
    ("At first the harbour board was permitted to hire a staff of 240 pilots.",
     "contradicted"),
    ("Only a small number of sailors in Lesk speak Dutch.", "supported"),
    ("The ferry guild cancelled the 2019 fare accord shortly after the pilots' strike, "
     "saying it was easy to work.", "not_found"),
    ("A large number of sailors in Lesk speak Dutch.", "contradicted"),
])
def test_true_claims_in_other_words(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_the_introduction_of_a_quotation(harbour):
    vocab = vocabulary_for(harbour.analyzer)

    def introduced(opening):
        i = next(i for i in range(len(harbour.passages))
                 if harbour.passages[i].text.startswith(opening))
        return introduction(harbour, i, vocab)

    assert introduced("..the night").text.startswith("As the chair of the Norland")
    # a colon after a heading, with no verb that reports: no speaker
    assert introduced("Every crossing") is None
    assert introduced("Pilots distrust") is None


@pytest.mark.parametrize("claim, verdict", [
    # who said it, from the introduction; what was said, from the quotation
    ("The chair of the NPG said night crossings are only made with two pilots aboard.",
     "supported"),
    ("According to the chair of the Norland Pilots Guild, night crossings are only made with "
     "two pilots aboard.", "supported"),
    # another speaker
    ("The mayor of Lesk said night crossings are only made with two pilots aboard.",
     "not_found"),
])
def test_a_quotation_said_by_its_introduced_speaker(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("claim, cue", [
    # the verb reworded, the same thing done to: what the sentence restricts
    ("The cooperatives routinely welcome tug escorts from the port.", "routinely"),
    ("The cooperatives welcome the routine use of tug escorts.", "routine"),
    ("The cooperatives readily accept tug escorts.", "readily"),
    # another thing done to
    ("The cooperatives routinely welcome night pilots.", None),
    # no word of routine
    ("The cooperatives welcome tug escorts.", None),
])
def test_routine_against_only_the_same_object(harbour, claim, cue):
    found = restricted(parsed(harbour, claim), parsed(
        harbour, "As a rule the fishing cooperatives only allow the hire of tug escorts as a "
                 "last resort."), vocabulary_for(harbour.analyzer))
    assert (found[0].word if found else None) == cue


def test_routine_welcome_contradicted_by_only_as_a_last_resort(harbour):
    result = check(harbour, "The fishing cooperatives routinely welcome tug escorts.")
    assert result.verdict == "contradicted"
