"""Two denials that affirm: a negation reaching a word whose opposite the other text states.

"The survey team did not use different methods" says what "the survey team used the same
method" says, and "the two bridges have no different length" what "the two bridges have the
same length" says: the negation denies "different", and "not different" is "same". Read word
by word, one text denies the verb or noun the other affirms, and `compare.flipped` would call
the pair a polarity conflict, a true claim contradicted. Here the denying text's negation is
followed through its clause: where it reaches a word of content the other text does not state
and the other text states one of that word's WordNet antonyms, undenied, the two texts agree
(the claim's word is then simply unstated, which `unverified` reports), never a conflict.
"""
from __future__ import annotations

from ..search.wordnet import antonyms
from .facts import Parsed

REACH = 4  # words after the negation's span that it may still deny ("did not use [four]
# different methods"), within the clause


def double_negative(denying: Parsed, span: tuple[int, int], affirming: Parsed,
                    term: str) -> bool:
    """Whether the negation at `span` in `denying` reaches a content word other than `term`
    that `affirming` does not state, and `affirming` states, undenied, a WordNet antonym of
    it ("no different length" / "the same length")."""
    words = {t.word.lower(): t for t in affirming.tokens}
    after = 0
    for token in denying.tokens:
        if token.end <= span[0]:
            continue
        if token.start >= span[1]:
            if token.brk or after == REACH:
                break
            after += 1
        if not token.terms or term in token.terms or not token.word.isalpha() \
                or not affirming.terms.isdisjoint(token.terms) or token.start == span[0]:
            continue  # (nor the negation's own word: "the lack of X" reaches X, and the
            # other text's "have" is no opposite it reaches)
        for opposite in antonyms(token.word):
            found = words.get(opposite)
            if found is not None and term not in found.terms \
                    and not any(start <= found.start < end for start, end
                                in affirming.negated.values()):
                return True  # (not the denied word's own opposite: "unarmed helicopters"
                # / "armed helicopters" is the conflict itself)
    return False
