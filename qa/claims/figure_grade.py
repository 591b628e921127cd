"""The word that grades a count as one amount: "for a full three weeks", "a mere 40
boats", "a good two hours".

English puts the singular article before a plural count only when an adjective between them
weighs the whole amount ("a full three weeks" is one span, weighed as full; "a three weeks"
is not English). That adjective says how the writer weighs the figure, which is the figure's
own fact: when the figure is in conflict ("a full three weeks" / "for a week"), the adjective
goes with it out of the rest a conflicting sentence must state, as the part of a date does
with its date ("late 2022", `compare.part_of_period`). A sentence stating another figure has
no reason to weigh it with the claim's word, so counted, the word held back sentences that
tell the claim's event with its figure changed.

Read only in this construction: the article, one lower-case word, the count, and a count
above one (the plural the article does not agree with). An adjective after the figure ("three
whole months", "two consecutive years") has no such mark and is not read.
"""
from __future__ import annotations

from .facts import Mention, Parsed, last_words, word_terms
from .vocabulary import Vocabulary

ARTICLES = frozenset({"a", "an"})


def grading_terms(text: Parsed, mention: Mention, vocab: Vocabulary) -> set[str]:
    """The terms of the adjective between "a"/"an" and the count `mention` of `text` ("a full
    three weeks" -> full); none for any other figure or shape."""
    if mention.family != "count" or not isinstance(mention.value, (int, float)) \
            or mention.value <= 1 or mention.bound:
        return set()
    words = last_words(text.text, mention.start, 2)
    if len(words) != 2:
        return set()
    article, word = words[0].lower(), words[1]
    if article not in ARTICLES or not word.isalpha() or not word.islower():
        return set()
    return set(word_terms(word, vocab))
