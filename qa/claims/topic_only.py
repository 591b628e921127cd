"""A word that is only the topic of a phrase is neither affirmed nor denied.

"complaints about the ferry's punctuality" says nothing of whether the ferry is punctual, so
a sentence telling "the lack of punctuality" that such complaints criticise does not reverse
it: `compare.flipped` read the claim's topic as affirmed and the sentence's "lack of" as its
denial, and called a true claim contradicted. The topic preposition is "about", which means
only "on the subject of"; before a figure it is a hedge ("about 40 boats"), not a topic.
Read of the claim's topic only: a sentence's "had doubts about sending the convoy" against a
claim's "had no doubts that the convoy was needed" is still the claim's denial turned (the
claim's negation reaches past its own noun, and the conflict it found was the right one).
"""
from __future__ import annotations

from .facts import Parsed, remembered
from .auxiliaries import FINITE_AUXILIARIES

# "about" alone: "regarding" and "concerning" are also participles of verbs ("regarding it
# as the right tool", "a concerning rise"), whose words are affirmed
TOPIC_PREPOSITIONS = frozenset(("about",))
REACH = 4  # words between the preposition and the topic's word: "about its perceived lasting"


def topic_only(text: Parsed, term: str) -> bool:
    """Every word of `text` with `term` stands in a topic phrase: within REACH after "about",
    in the same clause, with no verb or figure between."""
    places = [i for i, t in enumerate(text.tokens) if term in t.terms]
    return bool(places) and all(i in topic_words(text) for i in places)


def topic_words(text: Parsed) -> frozenset[int]:
    """The indices of the words of the text's topic phrases (the text's alone, remembered)."""
    return remembered(text, ("topic words",), find_topic_words, text)


def find_topic_words(text: Parsed) -> frozenset[int]:
    tokens, found = text.tokens, set()
    for i, token in enumerate(tokens):
        if token.word.lower() not in TOPIC_PREPOSITIONS:
            continue
        for k in range(i + 1, min(len(tokens), i + 1 + REACH)):
            word = tokens[k].word.lower()
            if tokens[k].brk or word[:1].isdigit() or word in FINITE_AUXILIARIES \
                    or word in TOPIC_PREPOSITIONS:
                break
            found.add(k)
    return frozenset(found)
