"""A quantity and its opposite over a predicate denied on one side only say one thing.

"Few of the ferry crews renewed their permits" and "many ferry crews did not renew their
permits" tell the same state of the crews: the small part that did is the remainder of the
great part that did not. Read word by word, each pair looks like a reversal: "few" against
"many" (the relation words' opposites, `Vocabulary.relations`), or "renewed" against "did not
renew" (a negation on one side, `compare.flipped`); either called such true claims
contradicted. Here a quantity word and its opposite cancel a denial that only one of the two
clauses they quantify holds: the quantity reversed and the predicate reversed are one
statement. The same quantity with a denial on one side, or opposite quantities with a denial
on both sides or neither, stay conflicts.

The quantity words are the two sides of the relation table's pair of "many" (`words.json`:
"most many numerous" / "least fewest few"); a clause is the quantifier's words up to the next
clause break, and it is denied when one of them is a negation cue (`facts.is_negation`: "not",
"never", "failed to"), not one that denies a gerund after it ("kept it from spreading").
"""
from __future__ import annotations

from . import clause_ends
from .facts import Parsed, Token, is_negation, token_index
from .vocabulary import Vocabulary

ANCHOR = "many"  # the relation table's quantity pair, named by one of its words


def quantity_sides(vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The two sides of the quantity pair of the relation table ("many" and its opposites);
    empty if the table has none."""
    found = vocab.relations.get(ANCHOR)
    if not found:
        return frozenset(), frozenset()
    same, reverse = found
    return frozenset(same), frozenset(reverse)


def clause_end(text: Parsed, i: int) -> int:
    """The index after the last word of the clause the i-th word stands in (the next break)."""
    return clause_ends.clause_end(text.tokens, i)


def clause_start(text: Parsed, i: int) -> int:
    """The index of the first word of the clause the i-th word stands in."""
    return clause_ends.clause_start(text.tokens, max(i, 0))


# cues that deny a gerund after them ("kept the spill from spreading"), not the clause's
# own predicate: a clause may affirm its verb and deny what that verb stops
GERUND_CUES = frozenset(("from", "as", "of"))


def denied_after(text: Parsed, i: int) -> bool:
    """A denial of the predicate among the words after the i-th, up to its clause's end: the
    predicate the quantifier at i governs is denied ("many crews did not renew", "failed to
    renew")."""
    tokens = text.tokens
    return any(tokens[k].lower not in GERUND_CUES and is_negation(tokens, k)
               for k in range(i + 1, clause_end(text, i)))


def dual_quantities(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                    vocab: Vocabulary) -> bool:
    """The claim's quantity word and the sentence's opposite one ("few" / "many") govern
    clauses of which exactly one is denied: the same statement, no reversal."""
    many, few = quantity_sides(vocab)
    words = many | few
    if mine.lower not in words or theirs.lower not in words:
        return False
    if (mine.lower in many) == (theirs.lower in many):
        return False  # the same side: no reversal to cancel
    return denied_after(claim, token_index(claim, mine)) \
        != denied_after(sentence, token_index(sentence, theirs))


def dual_denial(denying: Parsed, cue: tuple[int, int], affirming: Parsed, term: str,
                vocab: Vocabulary) -> bool:
    """The denial at `cue` stands in a clause its text quantifies by one side of the quantity
    pair ("many crews did not renew"), and the other text quantifies, on the other side, the
    clause that affirms `term` and denies nothing ("few crews renewed"): one statement, the
    denial no polarity conflict."""
    many, few = quantity_sides(vocab)
    tokens = denying.tokens
    at = next((k for k, t in enumerate(tokens) if t.start >= cue[0]), None)
    if at is None:
        return False
    start = clause_start(denying, at)
    side = next((t.lower in many for t in tokens[start:at] if t.lower in many | few), None)
    if side is None:
        return False
    return any((t.lower in many) != side and not denied_after(affirming, k)
               and any(term in u.terms for u in affirming.tokens[k + 1:clause_end(affirming, k)])
               for k, t in enumerate(affirming.tokens) if t.lower in many | few)


def side_before(text: Parsed, i: int, vocab: Vocabulary) -> bool | None:
    """The side of the quantity pair (True: "many") of the last quantity word before the i-th
    word in its clause; None if none quantifies it."""
    many, few = quantity_sides(vocab)
    found = None
    for t in text.tokens[clause_start(text, i):i]:
        if t.lower in many or t.lower in few:
            found = t.lower in many
    return found


def oppositely_quantified(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                          vocab: Vocabulary) -> bool:
    """The claim's word and the sentence's stand in clauses quantified from opposite sides of
    the quantity pair ("few crews renewed" / "many crews did not renew"): a verb the sentence
    denies in the claim verb's place restates the claim then, with the quantity turned too."""
    a = side_before(claim, token_index(claim, mine), vocab)
    b = side_before(sentence, token_index(sentence, theirs), vocab)
    return a is not None and b is not None and a != b
