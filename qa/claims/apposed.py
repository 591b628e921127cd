"""A claim that sets its actor against a denied one ("The board, not the mayor, closed the
pier") is not stated by a sentence that names only the denied one ("the mayor closed the
pier"): that sentence gives the fact to the party the claim says did not have it.

The denial is a parenthesis opened by a comma and "not" (or "rather than", "instead of":
`denial_parenthesis`) and closed by a comma, right after the claim's own phrase (back to the
start, a break or the "that" opening its clause). Claim-wide, the rest of the claim is stated
and the negation sits on a parenthesis, not on the predicate, so the polarity checks do not
see it (and a "rather than" has no negation at all).
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .actors import said
from .clause_ends import clause_end
from .denial_parenthesis import denial_opened
from .facts import DETERMINERS, Parsed, Token, token_index
from .straddled import PREPOSITIONS
from .vocabulary import Vocabulary


def denied_party_stated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                        stated: frozenset[str]) -> Token | None:
    """The first word of the claim's own phrase the sentence leaves unstated, when it states
    every word of the denied one: None otherwise."""
    found = denied_party(claim, sentence, vocab, stated)
    return found[0] if found else None


def denied_party(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]
                 ) -> tuple[Token, list[Token], Token | None] | None:
    """`denied_party_stated`'s word, with the claim's own phrase and the sentence's word of the
    denied party: the sentence gives the fact to the party the claim says did not have it,
    the claim's own party in that role contradicted ("The board, not the mayor, closed the
    pier" / "the mayor closed the pier")."""
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        first = denial_opened(tokens, i)
        if first is None:
            continue
        end = next((k for k in range(first, len(tokens)) if tokens[k].brk), None)
        if end is None:
            return None  # "..., not the mayor.": no parenthesis
        # the own phrase opens at a break or after a "that" opening its clause ("The report
        # argues that the board, not the mayor, ...": the board, not the report's words)
        start = max((k + 1 if tokens[k].word.lower() == "that" else k for k in range(i)
                     if tokens[k].brk or tokens[k].word.lower() == "that"), default=0)
        mine = [t for t in tokens[start:i] if t.terms]
        denied = [t for t in tokens[first:end] if t.terms]
        if not mine or not denied:
            return None
        if all(said(t, sentence, vocab, stated) for t in denied):
            unsaid = next((t for t in mine if not said(t, sentence, vocab, stated)), None)
            if unsaid is None:
                return None
            # the sentence's word for the denied party's head (its last word), if it
            # names it by its terms or their synonym groups
            theirs = next((b for t in reversed(denied) for b in sentence.tokens
                           if any(vocab.matches(x, set(b.terms), vocab.expand(set(b.terms)))
                                  for x in t.terms)), None)
            return unsaid, mine, theirs
        return None
    return None


REACH = 3  # words of the party's phrase before its head: "the Malian transitional government"


def named_as_circumstance(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """Every word the sentence writes of the party the claim sets aside (by a parenthesis,
    `denial_parenthesis`) is a preposition's object (`governed_otherwise`): "two changes of
    government" names the government as a circumstance of another thing, where "the
    government of Mali requested" names it (by "government") as the one that acted."""
    tokens = claim.tokens
    for i in range(len(tokens)):
        first = denial_opened(tokens, i)
        if first is None:
            continue
        end = clause_end(tokens, first - 1)  # the clause from `first` on
        terms = {t for token in tokens[first:end] for t in token.terms}
        found = [b for b in sentence.tokens
                 if any(vocab.matches(x, set(b.terms), vocab.expand(set(b.terms)))
                        for x in terms)]
        return bool(found) and all(governed_otherwise(sentence, b) for b in found)
    return False


def governed_otherwise(sentence: Parsed, theirs: Token) -> bool:
    """The sentence's word is the object of a preposition other than the agent's "by" ("two
    changes of government since the signing"). Read back from the word over at most REACH
    words of its phrase, up to a break or a verb."""
    tokens = sentence.tokens
    n = token_index(sentence, theirs)
    for k in range(n - 1, max(-1, n - 1 - REACH), -1):
        word = tokens[k].word.lower()
        if word in PREPOSITIONS:
            return word != "by"
        if tokens[k + 1].brk or can_be_verb(word) and word not in DETERMINERS:
            return False
    return False
