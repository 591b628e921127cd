"""A claim's contrastive "not" stated by a sentence's "rather than" ("instead of").

"80 percent of the capacity went to guarding personnel, not civilians" and "... was devoted to
protecting personnel, rather than ... to protect civilians" say the same: the phrase after the
claim's "not" is the alternative the sentence sets aside. A claim's negation is a fact a
supporting sentence must state (`check.stance_of`), and a sentence whose only contrast is
"rather than" has no negation, so such a claim was never supported.

Read here, for support only: every negation of the claim is a "not" that opens a phrase of its
own after a comma (", not civilians", ", and not to the protection of civilians"), that phrase
ends the claim, and the sentence sets aside, after its "rather than" / "instead of"
(`clauses.set_aside_terms`), a content word of that phrase and states none of its words
outside the alternative: what the claim denies is what the sentence passes over. The reverse
("went to guarding civilians, not personnel") is left to the contradiction rules, which read
it as a conflict.
"""
from __future__ import annotations

from .clauses import set_aside_terms
from .facts import Parsed, is_negation, remembered

# words after "not" that make it no contrast of two things: "not only", "not least because"
NOT_CONTRAST = frozenset("only least just merely even yet until because all every always "
                         "that whether if".split())


def denied_as_set_aside(claim: Parsed, sentence: Parsed) -> bool:
    """The claim's negations are all a final contrastive "not" phrase (`denied_phrase`), whose
    words the sentence states only in the alternative it sets aside, at least one of them."""
    denied = contrastive_denied(claim)
    if not denied:
        return False
    passed = set_aside_terms(sentence)
    if not passed or denied.isdisjoint(passed):
        return False
    elsewhere = {t for token in sentence.tokens for t in token.terms} - passed
    return denied.isdisjoint(elsewhere)


def contrastive_denied(claim: Parsed) -> frozenset[str]:
    """`denied_phrase`, remembered on the claim's parse (asked for every sentence)."""
    return remembered(claim, ("contrastive not",), denied_phrase, claim)


def denied_phrase(claim: Parsed) -> frozenset[str]:
    """The terms of the phrase a claim's only negation opens: a "not" after a comma (or after
    "and" after a comma) running to the claim's end with no clause break; empty when the claim
    has another negation or none."""
    tokens = claim.tokens
    cues = [k for k in range(len(tokens)) if is_negation(tokens, k)]
    if len(cues) != 1:
        return frozenset()
    k = cues[0]
    if tokens[k].word.lower() != "not" or k + 1 >= len(tokens):
        return frozenset()
    opens = tokens[k].brk or k > 0 and tokens[k - 1].word.lower() == "and" and tokens[k - 1].brk
    if not opens or tokens[k + 1].word.lower() in NOT_CONTRAST:
        return frozenset()
    if any(t.brk for t in tokens[k + 1:]):
        return frozenset()  # "natural, not man-made, and ...": not the claim's last phrase
    return frozenset(t for token in tokens[k + 1:] for t in token.terms)
