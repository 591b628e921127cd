"""A name that ends a fronted adjunct against one that opens the main clause after it.

"Following the demand of Bamako, the Security Council terminated the mandate" and
"Following the government's request, the UN Security Council terminated ...": the words
before "UN Security Council" are the adjunct's ("following", "request"), and so are the
words before "Bamako". Shared, they made the two names one role (`compare.same_role`), and
the true claim was contradicted (Bamako / UN Security Council). A name standing last in the
text's opening clause (up to its first comma) is in the adjunct; a name that opens the clause
after that comma (an article at most before it) is the main clause's subject: the words
before each are no role they share.
"""
from __future__ import annotations

from .facts import ARTICLES, Mention, Parsed, clause_bounds


def ends_fronted_clause(text: Parsed, name: Mention) -> bool:
    """The name stands last in the text's first clause, which a clause mark ends."""
    low, high = clause_bounds(text, name.start, name.end)
    return low == 0 and high < len(text.text) \
        and not any(t.terms for t in text.tokens if name.end <= t.start < high)


def opens_main_clause(text: Parsed, name: Mention) -> bool:
    """The name opens a clause after the text's first (an article at most before it)."""
    low, _ = clause_bounds(text, name.start, name.end)
    return low > 0 and all(t.word.lower() in ARTICLES for t in text.tokens
                           if low <= t.start < name.start)


def adjunct_against_subject(claim: Parsed, mine: Mention, sentence: Parsed,
                            theirs: Mention) -> bool:
    """One name ends a fronted adjunct, the other opens the main clause after one."""
    return ends_fronted_clause(claim, mine) and opens_main_clause(sentence, theirs) \
        or opens_main_clause(claim, mine) and ends_fronted_clause(sentence, theirs)
