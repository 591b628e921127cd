"""The test for a verb's past form: one definition for every claim module that asks, so that
the modules differ only where they say why.

It imports nothing of `qa.claims`, so that the modules `facts` itself reads (`negation_scope`)
can import it too.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, irregular_base


def past_verb_form(word: str) -> bool:
    """A word (in lower case) that can be a verb in a past form: a regular one ("deployed") or
    one WordNet's exception list gives a base for ("began"); an irregular form of an adjective
    ("worse") is no verb, and no past form."""
    return can_be_verb(word) and (word.endswith("ed") or irregular_base(word) is not None)
