"""A claim that names an article's subject by a short name of it: "the 1998 UK drought" under
the title "1998 United Kingdom drought".

`qa.claims.title_subject` lends an encyclopedia article's title to the sentences that leave
their subject to it, when the claim names that subject whole: every title word must be a
word of the claim. A claim naming a country or body by the short form the parser knows it by
("UK", "US") writes other letters than the title, so the title lent nothing and a true claim
was left with its year and name unverified. A name of the claim whose long form (the value
the parser reads it as, "united kingdom") is all words of the title names those title words:
they count as the claim's for that test, and the name counts as lent with the subject. A
short form the parser does not spell out lends nothing, and everything else of the claim
the sentence must still state (`check.with_heading`).
"""
from __future__ import annotations

from .facts import Parsed, word_terms
from .vocabulary import Vocabulary


def title_names(claim: Parsed, title: Parsed | None, vocab: Vocabulary
                ) -> tuple[frozenset[str], frozenset[str]]:
    """(the title's terms the claim's names spell out, those names' own terms), or two
    empty sets."""
    if title is None or not title.terms:
        return frozenset(), frozenset()
    spelled, own = set(), set()
    for mention in claim.mentions:
        if mention.family != "name" or not isinstance(mention.value, str) \
                or mention.value.lower() == mention.text.lower():
            continue  # (a name read as itself spells out nothing)
        long_form = set(word_terms(mention.value, vocab))
        if len(long_form) > 1 and long_form <= title.terms:
            spelled |= long_form
            own.update(word_terms(mention.text, vocab))
    return frozenset(spelled), frozenset(own)
