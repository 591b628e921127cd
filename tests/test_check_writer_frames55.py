"""Claims inside the writer's own frame (round 55): a written answer ("I can confirm that P",
"It is our assessment that P", "The Department notes that P"), a reader's letter ("Contrary
to your article, P", "Your reporter got the year wrong: P", "Your piece overlooked that P"),
an essay ("It is worth recalling that P"), and a correction ("It was not X but Y that P", "It was
Y, not X, that P", "P was not X but Y"). The writer's frame is no fact: its clause is checked;
a correction asserts its Y and denies its X, and the X is no fact the claim asks for. A
third party's frame, a hedge, a wish and the text the writer corrects stay. The sentences
are written here."""
import pytest

from qa.claims.check import check
from qa.claims.corrections import correction_read
from qa.claims.writer_frames import writer_frame_removed
from tests.helpers.corpora import open_written

DOCS = {
    "valley.md": "# The Orvel valley water board\n\n"
                 "The Orvel water board opened the Kessing reservoir in May 2016, three years "
                 "after the drought of 2013.\n\n"
                 "The reservoir holds 40 million cubic metres and supplies eleven towns in the "
                 "lower valley.\n\n"
                 "In 2019 the board added flood control to its duties, after the river burst "
                 "its banks at Tarrow.\n\n"
                 "The Dalmer engineering firm, not the board, built the spillway, which was "
                 "finished in 2018.\n\n"
                 "The board's inspectors found that the northern canal had lost a fifth of its "
                 "water to leaks.\n\n"
                 "At the 2021 council session on the water levy, Brisk and Holm abstained, and "
                 "the levy passed narrowly.\n\n"
                 "The farmers' union had reservations about raising the water levy in 2021.\n\n"
                 "The audit report on Tarrow published in March 2022 faulted the board for slow "
                 "repairs to the canal.\n",
    # the valley's common words in many passages: their weight falls, and an unstated word
    # weighs as it does in a real corpus
    "log.md": "# Board log\n\n" + "\n\n".join(
        f"Week {n}: the board's crews checked the canal, the river and the reservoir of the "
        f"valley; the inspectors reported to the board." for n in range(1, 13)) + "\n",
    "other.md": "# Other notes\n\n"
                "The ferry at Holm was repainted in 2017. The bus company added a route to "
                "Tarrow in 2020.\n",
}


@pytest.fixture(scope="module")
def valley(tmp_path_factory):
    return open_written(tmp_path_factory, "frames55", DOCS)


@pytest.mark.parametrize("claim, clause", [
    ("I can confirm that the board opened the reservoir in 2016.",
     "The board opened the reservoir in 2016."),
    ("We can also confirm that, in 2019, the board added flood control.",
     "In 2019, the board added flood control."),
    ("We note that the reservoir supplies eleven towns.", "The reservoir supplies eleven towns."),
    ("The Department understands that the spillway was finished in 2018.",
     "The spillway was finished in 2018."),
    ("It is our assessment that the canal lost a fifth of its water.",
     "The canal lost a fifth of its water."),
    ("It is my considered view, having read the audit, that the repairs were slow.",
     "The repairs were slow."),
    ("Our assessment is that the canal lost a fifth of its water.",
     "The canal lost a fifth of its water."),
    ("It is worth recalling that the levy passed narrowly in 2021.",
     "The levy passed narrowly in 2021."),
    ("Contrary to your article, the reservoir opened in 2016.", "The reservoir opened in 2016."),
    ("Contrary to what your reporter implied, the levy passed in 2021.",
     "The levy passed in 2021."),
    ("Contrary to popular belief, the reservoir supplies eleven towns.",
     "The reservoir supplies eleven towns."),
    ("Your reporter got the year wrong: the board opened the reservoir in 2016.",
     "The board opened the reservoir in 2016."),
    ("You have this backwards: the firm built the spillway for the board.",
     "The firm built the spillway for the board."),
    ("Your piece overlooked that the canal had lost a fifth of its water.",
     "The canal had lost a fifth of its water."),
    ("You failed to mention that eleven towns depend on the reservoir.",
     "Eleven towns depend on the reservoir."),
])
def test_the_writer_frame_is_told_from_its_clause(claim, clause):
    assert writer_frame_removed(claim) == clause


@pytest.mark.parametrize("claim", [
    # a third party speaks: its saying is a fact of the claim
    "The Government of Norland notes that the board opened the reservoir in 2016.",
    "The minister notes that the board opened the reservoir in 2016.",
    # a hedge, a wish, a recommendation: the clause is not asserted
    "I believe that the board opened the reservoir in 2016.",
    "We recommend that the board open a second reservoir by 2030.",
    "It is our hope that the board will open a second reservoir.",
    # "contrary to" a thing that is no text: a fact of the claim
    "Contrary to the 2019 treaty, the board raised the levy.",
    # the reader's text quoted, not said to err: the writer corrects it afterwards
    "Your article says: the board opened the reservoir in 2014.",
    # the frame alone
    "I can confirm that it did.",
])
def test_a_frame_that_is_a_fact_or_a_hedge_stays(claim):
    assert writer_frame_removed(claim) == claim


@pytest.mark.parametrize("claim, asserted", [
    # the focus is the subject of the clause after "that"
    ("It was not the board but the Dalmer firm that built the spillway.",
     "The Dalmer firm built the spillway."),
    ("It was the Dalmer firm, not the board, that built the spillway.",
     "The Dalmer firm built the spillway."),
    # an adverbial focus goes first
    ("It was not in 2014 but in 2016 that the board opened the reservoir.",
     "In 2016, the board opened the reservoir."),
    ("It was three years after the drought, not a decade later, that the reservoir opened.",
     "Three years after the drought, the reservoir opened."),
    # an object focus goes before the clause's subordinate clause, or at its end
    ("It was not nine but eleven towns that the reservoir supplied when it opened.",
     "The reservoir supplied eleven towns when it opened."),
    ("It was not 30 million but 40 million cubic metres that the reservoir was built to hold.",
     "The reservoir was built to hold 40 million cubic metres."),
    # a clause after a semicolon stays after
    ("It was the firm, not the board, that built the spillway; the board paid for it.",
     "The firm built the spillway; the board paid for it."),
    # "not X but Y" of one value inside the clause
    ("The reservoir holds not 30 million but 40 million cubic metres.",
     "The reservoir holds 40 million cubic metres."),
    # the words X and Y share before their values stay
    ("The levy was not set in 2019 but in 2021 by the board.",
     "The levy was set in 2021 by the board."),
    # "Y, not X," between commas, X a value of Y's kind
    ("The reservoir opened in 2016, not 2014, after the drought.",
     "The reservoir opened in 2016 after the drought."),
    # every number word is a value, not only the common ones
    ("It was not thirteen but seventeen towns that the reservoir supplied.",
     "The reservoir supplied seventeen towns."),
    ("The reservoir supplies not sixty but ninety farms.",
     "The reservoir supplies ninety farms."),
])
def test_a_correction_asserts_its_own_version(claim, asserted):
    assert correction_read(claim) == asserted


@pytest.mark.parametrize("claim", [
    # both are asserted
    "The board not only opened the reservoir but also added flood control.",
    # a cleft that only denies: nothing is asserted in X's place
    "It was not the board that built the spillway; it only paid for it.",
    # two things a board may both do: the denial is a fact of the claim
    "The board pays for the canal, not the reservoir, from the levy.",
    # a clause's "but": no alternative of one value
    "The board did not raise the levy, but the farmers paid more.",
    # two causes, both may be; two parties, a source may name the denied one
    "The floods were not caused by the dam but by the rains of 2019.",
    "The levee was not breached by the 4x4 convoy but by floods on the river.",
    "The board, not the Holm council, is responsible for the levee.",
    "The levee was built not by Holm but by the board.",
])
def test_what_is_no_correction_stays(claim):
    assert correction_read(claim) == claim


@pytest.mark.parametrize("claim", [
    "I can confirm that the Orvel water board opened the Kessing reservoir in May 2016.",
    "It is our assessment, having reviewed the inspectors' findings, that the northern canal "
    "had lost a fifth of its water to leaks.",
    "Your reporter got the year wrong: the Orvel water board opened the Kessing reservoir in "
    "May 2016.",
    "Contrary to your article, the reservoir supplies eleven towns in the lower valley.",
    "It was not in 2017 but in 2019 that the board added flood control to its duties.",
    "It was the Dalmer engineering firm, not the board, that built the spillway.",
])
def test_a_stated_clause_in_a_writer_frame_is_supported(valley, claim):
    result = check(valley, claim)
    assert result.verdict == "supported", result


@pytest.mark.parametrize("claim", [
    "I can confirm that the Orvel water board opened the Kessing reservoir in May 2014.",
    "Contrary to your article, the reservoir supplies nine towns in the lower valley.",
    # the correction's asserted version is the wrong one
    "It was not in 2019 but in 2017 that the board added flood control to its duties.",
])
def test_a_contradicted_clause_in_a_writer_frame_is_contradicted(valley, claim):
    result = check(valley, claim)
    assert result.verdict == "contradicted", result


def test_the_denied_alternative_is_no_fact_of_the_claim(valley):
    # the sources give 2013 to the drought: the claim denies 2013 of the opening, no conflict
    result = check(valley, "It was in May 2016, not in 2013, that the Orvel water board opened "
                           "the Kessing reservoir.")
    assert result.verdict == "supported", result


@pytest.mark.parametrize("claim", [
    # "abstained" refrains from voting (WordNet: "refrain from voting")
    "Brisk and Holm voted in favour of the water levy at the 2021 council session.",
    # an attitude toward the same complement, turned: "had reservations about"
    "In 2021 the farmers' union was fully supportive of raising the water levy.",
])
def test_a_stated_setting_with_the_deed_turned_is_no_support(valley, claim):
    result = check(valley, claim)
    assert result.verdict != "supported", result


@pytest.mark.parametrize("claim", [
    # the claim itself tells the abstention; "vote" is a noun there
    "At the 2021 council session on the water levy, Brisk and Holm abstained.",
    "The 2021 council session passed the water levy narrowly, with Brisk and Holm abstaining.",
])
def test_a_claim_telling_the_abstention_itself_is_supported(valley, claim):
    result = check(valley, claim)
    assert result.verdict == "supported", result


def test_a_name_after_a_preposition_is_not_the_subject_of_the_verb_after_it(valley):
    # "the audit report on Tarrow published in March": the report was published, Tarrow is
    # no actor set against the board
    result = check(valley, "The audit report on Tarrow published in March 2022 faulted the "
                           "board for slow repairs to the canal.")
    assert result.verdict == "supported", result


@pytest.fixture(scope="module")
def vocab():
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    return vocabulary_for(Analyzer())


def test_a_name_a_preposition_governs_owns_no_verb_after_it(vocab):
    from qa.claims.facts import parse
    from qa.claims.opposition import owned
    claim = parse("The audit report on Tarrow published in March faulted the Orvel board.", vocab)
    tarrow = next(m for m in claim.mentions if m.text == "Tarrow")
    assert owned(claim, tarrow) is None  # the report was published, not Tarrow
    plain = parse("The Tarrow office published a report in March.", vocab)
    assert owned(plain, next(m for m in plain.mentions if m.text == "Tarrow")) is not None


def test_a_name_s_last_words_as_an_acronym_with_its_first_word_name_it(vocab):
    from qa.claims.facts import parse
    from qa.claims.short_forms import headed_acronym_in
    claim = parse("A Selva Flood Control Station has been kept at Tarrow since 2019.", vocab)
    name = next(m for m in claim.mentions if "Station" in m.text and "Selva" in m.text)
    told = parse("Given that Selva has kept an FCS at Tarrow since 2019, little is left.", vocab)
    assert headed_acronym_in(name, told)
    other = parse("Given that Norland has kept an FCS at Tarrow since 2019, little is left.",
                  vocab)
    assert not headed_acronym_in(name, other)  # the owner is another
    assert not headed_acronym_in(name, parse("Selva kept a station at Tarrow.", vocab))
