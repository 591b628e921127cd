"""Negation and condition scope in audit prose, on sentences written here: "not X but Y", a
negative quantifier's own phrase, a partitive's total, a negation under another connective of
condition, "not yet" and "no longer"."""
import pytest

from qa.claims.compare import unit_after
from qa.claims.conditions import conditioned_otherwise, connectives
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text: str):
    return parse(text, VOCAB)


@pytest.mark.parametrize("text, denied", [
    # "not X but Y": the part set against Y is denied, the verb is affirmed
    ("The internal auditor did not report to the board but to the chief executive.", {"board"}),
    ("The board did not approve the sale but the lease.", {"sale"}),
    ("The timetable was not changed in June, as planned, but in May.", {"june"}),
    # a "but" that opens a clause of its own leaves the verb denied
    ("The board did not approve the sale but deferred it.", {"approv"}),
    ("The board did not approve the sale, but the mayor signed it.", {"approv"}),
    # "none of" denies the clause's verb, not the set it counts
    ("None of the five new meters installed in 2022 was calibrated before use.", {"calibr"}),
    ("None of the pumps leaked in the winter.", {"leak"}),
    # "no" denies its noun and the noun's modifiers, not an "of" phrase after them
    ("No member of the audit committee attended the meeting.", {"member"}),
    ("No Dutch harbour has suffered such a flood.", {"dutch", "harbour"}),
    ("The port had no cranes.", {"crane"}),
    ("The ferry had no need to stop at the island.", {"need", "stop"}),
])
def test_what_a_negation_denies(text, denied):
    assert set(parsed(text).negated) == denied


def test_a_partitives_total_is_no_unit():
    p = parsed("Only two of the four inspections found leaks.")
    two = next(m for m in p.mentions if m.value == 2)
    assert unit_after(p, two).word == "inspections"
    p = parsed("Two inspectors and four clerks were hired.")
    two = next(m for m in p.mentions if m.value == 2)
    assert unit_after(p, two).word == "inspectors"


@pytest.mark.parametrize("text, found", [
    ("The board may raise fees only if the regulator agrees.", {"only if"}),
    ("Unless the regulator objects, the fees rise in May.", {"unless"}),
    ("The fees rise if the regulator agrees, except in May.", {"if", "except"}),
    ("Grants are paid provided that accounts are filed.", {"if"}),
    ("The pier stays open as long as the weather holds.", {"if"}),
    ("The pier looked as if it would fall.", set()),
    ("The fees rose even if few noticed.", set()),
])
def test_connectives_of_condition(text, found):
    assert connectives(parsed(text)) == found


POLARITY = [Conflict("raise", "not raise", ConflictKind.POLARITY, (0, 1))]


@pytest.mark.parametrize("claim, sentence, otherwise", [
    ("The board may not raise fees unless the regulator agrees.",
     "The board may raise fees only if the regulator agrees.", True),
    ("Tenders above the limit were advertised.",
     "Unless a tender exceeded the limit, it was not advertised.", True),
    ("The accounts were qualified only for the pipes.",
     "The accounts were not qualified, except for the pipes.", True),
    # the same connective: the negation is the claim's own
    ("The board may raise fees only if the regulator has not agreed.",
     "The board may raise fees only if the regulator has agreed.", False),
    # an exception against a plain claim is a conflict still
    ("The accounts were qualified.", "The accounts were not qualified, except for the pipes.",
     False),
    ("The board raised fees.", "The board did not raise fees.", False),
])
def test_a_negation_under_another_condition(claim, sentence, otherwise):
    assert conditioned_otherwise(parsed(claim), parsed(sentence), POLARITY) == otherwise


def test_only_polarity_conflicts_are_conditioned():
    date = [Conflict("May", "June", ConflictKind.DATE, (0, 1))]
    assert not conditioned_otherwise(parsed("Unless it rains, the fair opens in May."),
                                     parsed("The fair opens in June."), date)


AUDIT = [
    "The auditors found that the port authority did not reconcile its ticket revenue in 2021.",
    "The internal auditor did not report to the board but to the chief executive.",
    "No member of the audit committee attended more than two of the four meetings held in 2021.",
    "None of the five new meters installed in 2022 was calibrated before use.",
    "The authority will lose its licence if it does not repair the lighthouse by June 2023.",
    "Unless a contract exceeded 50,000 euros, the tender was not advertised in the gazette.",
    "The board may raise tariffs only if the regulator has approved the increase.",
    "The authority should not have approved the bonus for the harbour master before the audit.",
    "The pilot service was not the only operator in the bay; a private firm ran two tugs.",
    "Grain prices at the harbour rose after the floods.",
]


@pytest.mark.parametrize("claim, verdicts", [
    # true claims: never contradicted
    ("The internal auditor reported to the chief executive.", {"supported", "not_found"}),
    ("Four meetings of the audit committee were held in 2021.", {"supported", "not_found"}),
    ("No audit committee member attended more than two meetings in 2021.",
     {"supported", "not_found"}),
    ("Five new meters were installed in 2022.", {"supported", "not_found"}),
    ("The authority will lose its licence unless it repairs the lighthouse by June 2023.",
     {"supported", "not_found"}),
    ("Contracts above 50,000 euros were advertised in the gazette.", {"supported", "not_found"}),
    ("The board may not raise tariffs unless the regulator has approved the increase.",
     {"supported", "not_found"}),
    ("The authority approved the bonus for the harbour master before the audit.",
     {"supported", "not_found"}),
    ("A private firm ran two tugs in the bay.", {"supported", "not_found"}),
    # false claims: still contradicted
    # a deed blamed is done: never supported (a modal's sentence contradicts nothing either)
    ("The authority did not approve the bonus for the harbour master.",
     {"contradicted", "not_found"}),
    ("The internal auditor reported to the board.", {"contradicted"}),
    ("The five new meters installed in 2022 were calibrated before use.", {"contradicted"}),
    ("The port authority reconciled its ticket revenue in 2021.", {"contradicted"}),
    ("The board may raise tariffs only if the regulator has not approved the increase.",
     {"contradicted"}),
])
def test_audit_findings(tmp_path, claim, verdicts):
    check = checker(tmp_path, "Audit", AUDIT)
    assert check(claim)["verdict"] in verdicts


def test_yet_after_a_negation_keeps_its_clause():
    from qa.claims.compare import same_clause
    p = parsed("The port had not yet appointed a new harbour master.")
    words = [t.word for t in p.tokens]
    assert same_clause(p, words.index("not"), words.index("master"))
    p = parsed("The port grew, yet the harbour master stayed.")
    words = [t.word for t in p.tokens]
    assert not same_clause(p, words.index("grew"), words.index("master"))


@pytest.mark.parametrize("claim, word, before", [
    ("The ferry company used to publish its timetable.", "publish", True),
    ("The ferry company published its timetable.", "published", True),
    ("The ferry company has published its timetable since 2020.", "published", False),
    ("The ferry company still publishes its timetable.", "publishes", False),
])
def test_no_longer_denies_the_present(claim, word, before):
    from qa.claims.ceased import told_before
    sentence = parsed("The ferry company no longer publishes its timetable.")
    conflicts = [Conflict(word, "no longer publishes", ConflictKind.POLARITY, (0, 1))]
    assert told_before(parsed(claim), sentence, conflicts) == before


@pytest.mark.parametrize("claim, parts", [
    ("Eight of the eleven boats were sold without a survey.", True),  # 8 + 3 = 11
    ("Seven of the eleven boats were sold without a survey.", False),  # 7 + 3 != 11
    ("Eight of the eleven boats were sold after a survey.", False),  # no denial on one side
])
def test_two_parts_of_one_whole(claim, parts):
    from qa.claims.parts_of_whole import complementary_parts
    sentence = parsed("Only three of the eleven boats were sold after a survey.")
    conflicts = [Conflict("Eight", "three", ConflictKind.NUMBER, (0, 1))]
    assert complementary_parts(parsed(claim), sentence, conflicts) == parts


@pytest.mark.parametrize("claim, standard", [
    ("Norway's fleet numbers about 300 boats.", True),
    # the claim measures by the name too: the figures are one fact
    ("The fleet of 900 boats covers a sea twice the size of Norway.", False),
])
def test_a_name_given_as_a_standard_of_comparison(claim, standard):
    from qa.claims.standard import named_as_standard
    sentence = parsed("Over 1,200 boats fish in a sea more than three times the size of Norway.")
    conflicts = [Conflict("300", "1,200", ConflictKind.NUMBER, (0, 1))]
    assert named_as_standard(parsed(claim), sentence, conflicts) == standard


@pytest.mark.parametrize("text, negation", [
    # a deontic modal's perfect, denied, blames a deed that was done
    ("The port should not have paid the bonus.", False),
    ("The board ought not to have approved the loan.", False),
    ("The port needn't have bought a third crane.", False),
    ("The port could not have paid the bonus.", True),  # epistemic: it did not
    # a denial denied affirms
    ("The port denied that it had overcharged the fishermen.", True),
    # "fail" denies only an infinitive
    ("The new crane failed because its supplier withdrew support.", False),
    ("The port failed to repair the crane.", True),
    # "not the only": one of several
    ("The port was not the only operator on the bay.", False),
])
def test_words_that_deny_nothing(text, negation):
    assert parsed(text).has_negation == negation


def test_a_denial_denied_affirms_what_it_denied():
    # the outer negation denies the word of denial, not the deed after it
    assert set(parsed("The port did not deny that it had overcharged the fishermen.").negated) \
        == {"deni"}
    assert "overcharg" in parsed("The port denied that it had overcharged the fishermen.").negated
