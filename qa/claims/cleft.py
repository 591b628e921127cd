"""A word of order in a cleft: "It is only after X that Y", "It was two weeks before X that
Y", "It was not until after X that Y". The cleft puts the ordered phrase first and the main
event after its "that": read as "Y after X", the event after "that" is the side before the
word (the later one for "after"), the phrase between the word and "that" the side after it.
Read as a word between its events, the cleft's "It is only" was the event before "after" and
its main event was on neither side, so a sentence telling the two events the other way round
("the decision to end X followed a request from Y") read as no order at all."""
from __future__ import annotations

from .clause_ends import clause_start
from .facts import BE, Parsed

# what may stand between the cleft's "it is" and its word of order: hedges, a negation, a
# span of time ("It was only two weeks after"), "not until"
CLEFT_HEDGES = frozenset("only just not until even precisely exactly also shortly soon long "
                         "a an one two three four five six seven eight nine ten few several "
                         "days weeks months years day week month year hours hour".split())


def cleft_clause(text: Parsed, n: int) -> tuple[int, int] | None:
    """The span of tokens of the main event of a cleft whose word of order is the n-th token
    ("It is only after X that Y": Y, up to the end of its clause), or None when the word
    opens no cleft: "it" and a form of "be" opening the clause, only hedges between them and
    the word, and a "that" after the word."""
    tokens = text.tokens
    start = clause_start(tokens, n)
    words = [t.word.lower() for t in tokens[start:n]]
    if len(words) < 2 or words[0] != "it" or words[1] not in BE \
            or any(w not in CLEFT_HEDGES for w in words[2:]):
        return None
    that = next((k for k in range(n + 1, len(tokens)) if tokens[k].word.lower() == "that"), None)
    if that is None or that + 1 >= len(tokens):
        return None
    end = next((k for k in range(that + 2, len(tokens)) if tokens[k].brk), len(tokens))
    return that + 1, end
