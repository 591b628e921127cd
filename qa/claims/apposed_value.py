"""A figure in conflict inside an apposition to the same name in both texts: "Norvik, the port's
second-largest shipping line, was undecided" / "Norvik, the harbour's third-largest shipping
line, is weighing its options".

An apposition is a statement of its own about the name it follows: "Norvik is the harbour's
third-largest shipping line". Its conflict needs the rest of that statement, not the rest
of the clause it interrupts, which the sentence may tell in words WordNet does not link
("undecided about whether to stay" / "weighing its options"), and whose event share then
kept the conflict away. Both texts must set the apposition right after the same name, between
commas (or open it with "which was", "described as"), and the sentence's apposition must state
most of the claim's other content words (the counted or ranked thing: "shipping line").
"""
from __future__ import annotations

from .clause_ends import clause_end, clause_start
from .facts import Parsed, Token, token_covering
from .vocabulary import Vocabulary

# words that may open an apposition after the comma, before its own words
OPENERS = frozenset("which who was were is are described as the a an".split())
LONGEST = 10  # words of an apposition
SHARED = 2  # of the claim apposition's other content words the sentence's must state, at least


def apposition(text: Parsed, start: int) -> tuple[Token, list[Token]] | None:
    """The name before the apposition that holds the character at `start`, and the
    apposition's tokens; None if `start` is not inside one. An apposition is the phrase
    between the comma right after a capitalised word and the next comma."""
    tokens = text.tokens
    at = token_covering(text, start)
    if at is None:
        return None
    first = clause_start(tokens, at)
    if not tokens[first].brk or first == 0 or at - first >= LONGEST:
        return None
    if text.text[tokens[first - 1].end:tokens[first].start].strip() != ",":
        return None  # opened by a comma, not a dash or a bracket
    name = tokens[first - 1]
    if not name.word[:1].isupper() or not name.terms:
        return None
    last = clause_end(tokens, at) - 1
    if last + 1 >= len(tokens) or last - first >= LONGEST \
            or text.text[tokens[last].end:tokens[last + 1].start].strip() != ",":
        return None  # closed by a comma before the clause goes on
    return name, tokens[first:last + 1]


def content_terms(phrase: list[Token]) -> set[str]:
    """The terms of the phrase's words, but its opening words."""
    return {term for t in phrase if t.word.lower() not in OPENERS for term in t.terms}


def apposed_value(claim: Parsed, sentence: Parsed, conflicts, vocab: Vocabulary) -> bool:
    """Every conflict stands in an apposition to a name in the claim and in one to the same
    name in the sentence, and the sentence's apposition states SHARED of the claim's other
    content words at least, and half of them."""
    if not conflicts:
        return False
    for conflict in conflicts:
        mine = claim.text.find(conflict.claim)
        theirs = conflict.span[0] if conflict.span != (0, 0) else sentence.text.find(
            conflict.source)
        if mine < 0 or theirs < 0:
            return False
        a, b = apposition(claim, mine), apposition(sentence, theirs)
        if a is None or b is None or not set(a[0].terms) & set(b[0].terms):
            return False
        wanted = content_terms(a[1]) - set(vocab.analyzer.terms(conflict.claim))
        said = content_terms(b[1])
        if len(wanted & said) < max(SHARED, (len(wanted) + 1) // 2):
            return False
    return True
