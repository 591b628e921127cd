"""The subject an article's title names, which its sentences leave to the title.

An encyclopedia article titled "Coastal heron" goes on "The species nests in reed beds" and
"Numbers rebounded after the ban on egg collecting": every sentence is about the heron, and
none needs to say so. A claim written from it names its subject ("Coastal heron numbers
rebounded after the ban on egg collecting"), as a reader would. So, for support only (the
issue allows "a passage's sentence plus its heading"), the title's words are stated for a
sentence of its document when:
- the claim names the title's whole subject (every term of the title is a term of the
  claim): a claim naming a part of it ("heron numbers") may mean another heron, and a title
  of other words lends nothing;
- the sentence does not name it otherwise: each title word it has stands right after a
  definite determiner ("the decline" in an article on a decline), the article's way of
  referring back to its subject. A title word with a modifier of the sentence's own ("grey
  herons" in the heron's article) names another thing of that kind, and then nothing is lent.
Everything else of the claim the sentence must state itself (`check.with_heading`).
"""
from __future__ import annotations

from .facts import Parsed

# the determiners that refer back to a thing already known ("the decline", "its range")
DEFINITE = frozenset("the this these those its their".split())


def title_subject(claim: Parsed, sentence: Parsed, title: Parsed | None,
                  spelled: frozenset[str] = frozenset()) -> frozenset[str]:
    """The title's terms the sentence leaves to the title, when the claim names the title's
    subject whole (in its own words, or through `spelled`, the title words its short names
    spell out, `qa.claims.title_names`); empty otherwise."""
    if title is None or not title.terms or not title.terms <= claim.terms | spelled:
        return frozenset()
    unsaid = title.terms - sentence.terms
    if not unsaid:  # the sentence names the subject itself: nothing to lend
        return frozenset()
    previous = None
    for token in sentence.tokens:
        if not title.terms.isdisjoint(token.terms) and (
                previous is None or token.brk or previous.lower not in DEFINITE):
            return frozenset()  # a title word of the sentence's own, not referring back
        previous = token
    return frozenset(unsaid)
