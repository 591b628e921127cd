"""A claim's added purpose or means ("... to chart the reef", "in order to", "so as to", "by
closing the pass") is a fact of its own, which a sentence stating the main clause does not
state by words it happens to hold elsewhere.

Support weighs the claim's words by rarity over the whole claim, so a sentence telling that
the harbour board hired two divers reached SUPPORT for "the harbour board hired two divers to
chart the reef" if it named a reef anywhere, though it gives them no task at all; "the guild
won the contract by cutting its prices" was supported by the winning alone. The adjunct must
be the sentence's: more than half its content words unstated (`actors.said`: a form, a
thesaurus or first-sense synonym counts) is a purpose or a means the sentence never gives.
Half is left to rewording ("to help steady the province" / "to stabilise the province").

An infinitive is read as a purpose only after a complete clause: some verb before it, and a
word before "to" that is no verb, auxiliary or adjective of its own ("needed to", "was asked
to", "able to" open a complement, whose wording other rules weigh). A cause ("because (of)")
is `unsaid.unstated_reason`'s.
"""
from __future__ import annotations

from ..search.wordnet import base_verb, can_be_verb
from .actors import said
from .auxiliaries import AUXILIARY_WORDS
from .facts import Parsed, Token
from .past_forms import past_shaped
from .vocabulary import Vocabulary

# openers of a purpose or a means whose words after them are the adjunct itself
OPENERS = (("in", "order", "to"), ("so", "as", "to"))
# more than this share of the adjunct's content words unstated: not the sentence's adjunct
UNSTATED_SHARE = 0.5


def unstated_adjunct(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                     stated: frozenset[str]) -> Token | None:
    """The opener of the first purpose or means the claim adds after a complete clause whose
    content words the sentence mostly does not state; None when the claim adds none, or the
    sentence states it."""
    tokens = claim.tokens
    for i, end in adjuncts(claim):
        stop = next((k for k in range(end + 1, len(tokens)) if tokens[k].brk), len(tokens))
        content = [t for t in tokens[end:stop] if t.terms]
        if not content:
            continue
        unsaid = [t for t in content if not said(t, sentence, vocab, stated)]
        if len(unsaid) > UNSTATED_SHARE * len(content):
            return tokens[i]
    return None


def adjuncts(claim: Parsed) -> list[tuple[int, int]]:
    """Where each purpose or means of the claim opens and where its words begin."""
    tokens = claim.tokens
    words = [t.word.lower() for t in tokens]
    found = []
    for i in range(1, len(tokens) - 1):
        if not any(verb_before(words[:i])):
            continue  # a fronted phrase ("To chart the reef, the board ...") is the scene
        opener = next((o for o in OPENERS if tuple(words[i:i + len(o)]) == o), None)
        if opener is not None:
            found.append((i, i + len(opener)))
        elif words[i] == "by" and means(words[i + 1]):
            found.append((i, i + 1))
        elif words[i] == "to" and purpose(words[i - 1], words[i + 1]) \
                and not (i > 1 and tuple(words[i - 2:i]) in (("in", "order"), ("so", "as"))):
            found.append((i, i + 1))
    return found


def verb_before(words: list[str]):
    """Whether each word before the adjunct is a verb form that makes a clause."""
    for word in words:
        yield word in AUXILIARY_WORDS or word.isalpha() and can_be_verb(word) and (
            word.endswith("ing") or past_shaped(word) or word.endswith("s"))


def means(word: str) -> bool:
    """"by closing": a gerund, the means of the deed ("by evening" is no verb form)."""
    return word.isalpha() and word.endswith("ing") and can_be_verb(word)


def purpose(before: str, after: str) -> bool:
    """"... the reef to chart": "to" and a base verb after a word that opens no complement of
    its own (no verb form, auxiliary or word WordNet reads as a verb: "needed to", "has to",
    "able to" is left too, as an adjective takes its infinitive)."""
    return after.isalpha() and base_verb(after) and before.isalnum() \
        and before not in AUXILIARY_WORDS and not can_be_verb(before) \
        and not before.endswith(("ed", "ble", "ing"))
