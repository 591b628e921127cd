"""Whether a sentence's word of expectation reaches the clause that states the claim.

"Analysts expected the two camps to clash over the budget, and in November parliament
rejected the budget" expects a clash; the rejection, told in a clause of its own after ", and"
with its own subject, happened. An expectation keeps support away (`expectations.expects`) only from
the coordinate clause it stands in: where every verb of the claim is stated in another. A
reason the writer gives for the expectation is stated as a fact ("seems an unlikely
candidate, because Mali has withdrawn from it").
"""
from __future__ import annotations

from .facts import Parsed
from .polarity import predicate
from .unasserted import verb_forms

# words that open a coordinate clause after a comma or a semicolon
COORDINATORS = frozenset("and but while whereas yet".split())
# words that open a clause giving the writer's grounds, anywhere: "X seems unlikely because
# Mali has withdrawn from it" asserts the withdrawal; what is expected is X
REASONS = frozenset(("because",))


def coordinate_starts(text: Parsed) -> list[int]:
    """The token indices where a coordinate clause of the text starts (the first at 0): after
    a semicolon, at a coordinating word after a comma, or at a word opening a reason."""
    tokens, starts = text.tokens, [0]
    for k in range(1, len(tokens)):
        mark = text.text[tokens[k - 1].end:tokens[k].start]
        if ";" in mark or "," in mark and tokens[k].word.lower() in COORDINATORS \
                or tokens[k].word.lower() in REASONS:
            starts.append(k)
    return starts


def expected_elsewhere(claim: Parsed, sentence: Parsed, expectations: frozenset[str]) -> bool:
    """The sentence states the claim's verbs (its predicates: the same words or forms of them)
    only in coordinate clauses without a word of `expectations`, or writes every claim word
    it has in one such clause ("X is more likely to be hit, while Y has a lower risk of
    being hit": the claim on Y, whose verb the other clause repeats), and has such a word
    elsewhere."""
    forms = set().union(*(verb_forms(t.word) for n, t in enumerate(claim.tokens)
                          if t.terms and predicate(claim, n)))
    at = [k for k, t in enumerate(sentence.tokens) if verb_forms(t.word) & forms]
    if not at:
        return False
    starts = coordinate_starts(sentence)
    clause = lambda k: max(s for s in starts if s <= k)
    expecting = {clause(k) for k, t in enumerate(sentence.tokens)
                 if t.word.lower() in expectations}
    if not expecting:
        return False
    return not expecting & {clause(k) for k in at} \
        or any(claim.terms & sentence.terms <= clause_terms(sentence, starts, start)
               for start in set(starts) - expecting)


def clause_terms(text: Parsed, starts: list[int], start: int) -> set[str]:
    """The terms of the coordinate clause of `text` that starts at token `start`."""
    end = min((s for s in starts if s > start), default=len(text.tokens))
    return {term for token in text.tokens[start:end] for term in token.terms}
