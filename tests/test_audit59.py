"""True claims the checker called contradicted: a date that opens the claim set off by its
comma, an event a sentence places a day before its date past a list's commas. The texts are
written here."""
import pytest

from qa.claims.dated import dated_verb
from qa.claims.facts import parse
from qa.claims.intervals import dates
from qa.claims.offset_events import offset_dated
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def parsed(text):
    return parse(text, VOCAB)


@pytest.mark.parametrize("text, verb", [
    ("On 16 June 2023, the harbour board asked for the ferry's withdrawal.", "asked"),
    ("On July 23, 2019, raiders attacked the depot of the harbour.", "attacked"),
    ("In March 2012, the northern league seized the ports.", "seized"),
    # the verb before the date, in its own clause, stays the dated one
    ("The board asked for the withdrawal on 16 June 2023, citing costs.", "asked"),
])
def test_a_date_opening_the_text_dates_the_clause_after_its_comma(text, verb):
    text = parsed(text)
    assert dated_verb(text, dates(text)[0][0]).word == verb


def test_a_date_not_opening_the_text_keeps_its_own_clause():
    text = parsed("The ferries ran, and on 16 June 2023, the board asked for more.")
    assert dated_verb(text, dates(text)[0][0]) is None or \
        dated_verb(text, dates(text)[0][0]).word != "ran"


SENTENCE = ("Guards of the Velden harbour patrolled its quays on July 24, 2019, a day after "
            "raiders in a stolen boat injured one guard, two sailors and three fishermen in "
            "an attack on the harbour's fuel depot.")


@pytest.mark.parametrize("claim, stated", [
    ("On July 23, 2019, raiders attacked the fuel depot of the Velden harbour.", True),
    ("Raiders attacked the fuel depot of the Velden harbour on July 23, 2019.", True),
])
def test_an_event_a_day_before_the_date_is_read_past_a_lists_commas(claim, stated):
    reading = offset_dated(parsed(claim), parsed(SENTENCE))
    assert reading is not None and reading.stated is stated and reading.conflict is None


def test_the_day_of_the_dated_event_is_still_its_own():
    reading = offset_dated(parsed("On July 23, 2019, guards patrolled the quays of the Velden "
                                  "harbour."), parsed(SENTENCE))
    assert reading is None or not reading.stated
