"""Two readings that keep `opposition.owner_swapped` from taking a word the sentence gives
another name for the claim's actor put in the other's place:

- `done_to_claims`: "Sector Centre expanded early in 2021" / "the mission expanded Sector
  Centre in 2021". A verb both intransitive and transitive ("expand", "close", "grow")
  tells the change of its subject with no object, and the same change with the thing changed
  as its object: the sentence's subject did it to the claim's name, which is no rival of it.
  Only where the claim's verb takes no object (a break, a preposition, an adverb or a date
  follows it): "Norway fined Sweden" / "Sweden fined Norway" is still a swap.
- `owns_its_own`: "a joint AU-ECOWAS force that had arrived" / "a joint AU-ECOWAS mission,
  which had come ... to support the Malian army": the word is only a synonym of the claim's
  ("army" for "force") given to another name, while the sentence names the claim's actor
  with a noun of its own: two things, each its own owner's, not one thing given to another.
"""
from __future__ import annotations

from collections.abc import Callable

from ..search.wordnet import adverbs
from ..text.analyze import load_stopwords
from .facts import DETERMINERS, Mention, Parsed, Token

PERIOD_PARTS = frozenset("early late mid middle".split())  # "expanded early 2021"


def done_to_claims(claim: Parsed, head: Token, sentence: Parsed, k: int, mine: Mention,
                   names: Callable[[Mention, Mention], bool]) -> bool:
    """The sentence's word at `k` has a name standing for the claim's `mine` right after it
    (determiners between), and the claim's `head` takes no object."""
    tokens = sentence.tokens
    j = k + 1
    while j < len(tokens) and tokens[j].word.lower() in DETERMINERS and not tokens[j - 1].brk:
        j += 1
    if tokens[k].brk or j >= len(tokens):
        return False
    after = next((m for m in sentence.mentions if m.family == "name"
                  and m.start == tokens[j].start), None)
    return after is not None and names(mine, after) and no_object(claim, head)


def no_object(text: Parsed, head: Token) -> bool:
    """Nothing the verb may take as its object follows it: the end, a break, a function word
    that is no determiner ("in", "at"), an adverb, a part of a period or a figure."""
    n = text.tokens.index(head)
    if head.brk or n + 1 == len(text.tokens):
        return True
    after = text.tokens[n + 1]
    word = after.word.lower()
    if word in DETERMINERS:
        return False
    if word in load_stopwords() or word in PERIOD_PARTS or word in adverbs():
        return True
    return any(m.family != "name" and m.start <= after.start < m.end for m in text.mentions)


def owns_its_own(head: Token, sentence: Parsed, k: int, mine: Mention,
                 owned: Callable[[Parsed, Mention], Token | None],
                 names: Callable[[Mention, Mention], bool]) -> bool:
    """The sentence's word at `k` shares no term with the claim's `head` (a synonym only),
    and the sentence names the claim's `mine` before a noun of its own."""
    if set(sentence.tokens[k].terms) & set(head.terms):
        return False
    return any(m.family == "name" and names(mine, m) and owned(sentence, m) is not None
               for m in sentence.mentions)
