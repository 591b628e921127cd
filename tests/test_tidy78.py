"""The one walk to a word's clause end and start (`qa.claims.clause_ends`), with the stops its
callers rely on: a plain break (helper_swapped, quantity_duality, apposed_denial), stop words
(capacity's adjunct openers, other_manner's joiners, predicated's clause openers), a reach
(still_undone, other_manner) and only a sentence-ending break (cause_elsewhere)."""
import re

from qa.claims.clause_ends import clause_end, clause_start
from qa.claims.facts import Token


def tokens_of(text: str) -> list[Token]:
    """Words of the text, each marked with a break when a comma or full stop comes before it
    (the first word too, as the parse marks it)."""
    found = []
    for m in re.finditer(r"[A-Za-z]+", text):
        gap = text[found[-1].end:m.start()] if found else ""
        found.append(Token(m.start(), m.end(), m.group(), (m.group().lower(),),
                           not found or any(c in gap for c in ",.;")))
    return found


TEXT = "The ferry sailed late after the storm, and the crew rested. Then it docked"
WORDS = tokens_of(TEXT)  # The ferry sailed late after the storm | and the crew rested | Then ...


def test_plain_break_ends_the_clause():
    assert clause_end(WORDS, 2) == 7  # "and" opens the next clause
    assert clause_end(WORDS, 10) == 11
    assert clause_end(WORDS, 12) == len(WORDS)  # the text's end


def test_stop_word_ends_the_clause_before_the_break():
    assert clause_end(WORDS, 2, frozenset({"after"})) == 4
    assert clause_end(WORDS, 2, stop=lambda j: WORDS[j].word == "storm") == 6


def test_limit_caps_the_reach():
    assert clause_end(WORDS, 2, limit=5) == 5
    assert clause_end(WORDS, 2, limit=50) == 7


def test_marks_pass_over_a_comma_but_not_a_full_stop():
    assert clause_end(WORDS, 2, marks=".;!?", text=TEXT) == 11  # past ", and", at "Then"


def test_clause_start_walks_back_to_the_break_or_an_opener():
    assert clause_start(WORDS, 9) == 7
    assert clause_start(WORDS, 6) == 0
    assert clause_start(WORDS, 6, frozenset({"after"})) == 5  # the word after the opener
    assert clause_start(WORDS, 6, limit=3) == 3
    assert clause_start(WORDS, 2, limit=3) == 2  # already at or before the limit
