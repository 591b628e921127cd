"""Whether a sentence states some word of the claim's subject, for a value in conflict read
with little of the rest (`check.rest_for_event`).

A figure or a date in its own role, with the claim's predicate stated, is the claim's fact
told otherwise however the claim words the rest; but the same count of the same thing may be
another actor's ("the pilots' guild sent fifteen dredgers to the western canal" / "the board
sent twelve dredgers to the western canal"). The subject is the words before the claim's
first verb (`subject_head.first_verb`), from the last clause break before it; its names,
figures and dates are facts checked on their own (a name may be the corpus's setting, which
goes unsaid), and so are left out, as are words without terms. A subject with no word left
("Here is", "When MINUSMA deployed") asks nothing. A word of it stated, by its own terms or a
WordNet synonym, is enough: the claim's subject is said.
"""
from __future__ import annotations

from .facts import Parsed
from .subject_head import first_verb
from .vocabulary import Vocabulary


def subject_said(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """Some content word of the claim's subject is the sentence's (or a synonym of one of
    its words), or the subject has none outside its names, figures and dates."""
    verb = first_verb(claim)
    tokens = claim.tokens
    if verb is None:
        return True
    start = max((i for i in range(verb + 1) if tokens[i].brk), default=0)
    facts = [(m.start, m.end) for m in claim.mentions]
    terms = {t for token in tokens[start:verb]
             if not any(s <= token.start < e for s, e in facts) for t in token.terms}
    if not terms:
        return True
    groups = vocab.expand(sentence.terms)
    return any(vocab.matches(t, sentence.terms, groups) for t in terms)
