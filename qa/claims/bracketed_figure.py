"""A figure in brackets after a noun phrase measures that phrase.

An encyclopedia gives a share or a measure as a gloss: "the dunes covered nearly all of the
plain (96.4%)", "the lake's summer ice (about 3 m)". The bracketed figure stands where "of
what" is told after a figure written in the running text ("96.4% of the plain"), but the words
it measures are before it. A claim that writes the figure in the text ("almost 96% of the
plain was covered") has the measured words after its figure, and the two figures shared no
word on the same side: the true claim was left not_found (`compare.same_role`). So, for
support only (`compare.stated_by`), a sentence's figure alone in brackets plays the claim
figure's part when the words just after the claim's figure meet the words just before the
bracket. A conflict is not read this way: a bracket after a list's item ("nitrogen (78%),
oxygen (21%)") glosses that item alone, and a rival read across the brackets would set one
item's share against another's.
"""
from __future__ import annotations

from .facts import Mention, Parsed


def bracketed(text: Parsed, mention: Mention) -> bool:
    """The mention is the whole of a bracket: "(98.6%)", "( 40 percent )"."""
    return text.text[:mention.start].rstrip().endswith("(") \
        and text.text[mention.end:].lstrip().startswith(")")


def glossed_role(claim_after: frozenset, sentence_before: frozenset) -> bool:
    """A bracketed figure (`bracketed`) glosses the words the claim's figure measures: the
    claim's words after its figure meet the sentence's words before the bracket."""
    return not claim_after.isdisjoint(sentence_before)
