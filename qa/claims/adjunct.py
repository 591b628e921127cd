"""A claim's added purpose or means ("in order to chart the reef", "so as to", "by closing the
pass") is a fact of its own, which a sentence stating the main clause does not
state by words it happens to hold elsewhere.

Support weighs the claim's words by rarity over the whole claim, so a sentence telling that
the harbour board hired two divers reached SUPPORT for "the harbour board hired two divers
in order to chart the reef" if it named a reef anywhere, though it gives them no task at all;
"the guild won the contract by cutting its prices" was supported by the winning alone. The
adjunct must be the sentence's: more than half its content words unstated (`actors.said`: a form, a
thesaurus or first-sense synonym counts) is a purpose or a means the sentence never gives.
Half is left to rewording ("to help steady the province" / "to stabilise the province"),
unless the adjunct's verb is unsaid and the sentence has no word that could open a purpose
or means at all (`any_adjunct`, read wide): then the words it shares are its main clause's.

"through" and "via" open a means too ("passed the levy through a public vote"), not after a
verb that takes them as its own ("went through a drought", "has been through three winters").
The clause before it is a fact when its verb is in the present too ("the board hires its
divers through an agency": `main_verb_before`).

A bare infinitive is not read: after a noun it is as often the noun's complement ("the first
vote to pass without dissent", "a candidate to take over", "asked for the envoy to leave",
"laboured for months to finish") as a purpose, and reading it as one cost 7 true claims of the
read sets their support for 1 false one of an unread set (round 64, branch purpose67). A
cause ("because (of)") is `unsaid.unstated_reason`'s.
"""
from __future__ import annotations

from ..search.wordnet import base_verb, can_be_verb
from .actors import said
from .auxiliaries import AUXILIARY_WORDS
from .facts import BE, Parsed, Token
from .main_verb import main_verb, main_verb_before
from .past_forms import past_shaped
from .vocabulary import Vocabulary

# openers of a purpose or a means whose words after them are the adjunct itself
OPENERS = (("in", "order", "to"), ("so", "as", "to"), ("through",), ("via",))
# words that may open a purpose or a means in a sentence, read wide (`any_adjunct`)
WIDE = frozenset("for aim aimed aims aiming order so purpose through via using".split())
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
        # its verb unsaid where the sentence gives no purpose or means at all: the words it
        # holds are of its main clause ("the reef" damaged is no charting of the reef)
        if content[0] in unsaid and base_or_gerund(content[0].word) \
                and not any_adjunct(sentence):
            return tokens[i]
    return None


def any_adjunct(sentence: Parsed) -> bool:
    """Whether the sentence has any word that may open a purpose or a means, read wide ("to"
    or "by" before a verb, "for", "aim", "order"): a purpose the sentence words otherwise
    is left to the share of words."""
    words = [t.word.lower() for t in sentence.tokens]
    return any(word in WIDE or word in ("to", "by") and k + 1 < len(words)
               and base_or_gerund(words[k + 1]) for k, word in enumerate(words))


def base_or_gerund(word: str) -> bool:
    """The adjunct's first word is its verb ("chart", "closing"), no adverb or noun."""
    word = word.lower()
    return word.isalpha() and (base_verb(word) or means(word))


def adjuncts(claim: Parsed) -> list[tuple[int, int]]:
    """Where each purpose or means of the claim opens and where its words begin."""
    tokens = claim.tokens
    words = [t.word.lower() for t in tokens]
    found = []
    for i in range(1, len(tokens) - 1):
        if not any(verb_before(words[:i])) and not main_verb_before(claim, i):
            continue  # a fronted phrase ("To chart the reef, the board ...") is the scene
        opener = next((o for o in OPENERS if tuple(words[i:i + len(o)]) == o), None)
        if opener == ("through",) and (words[i - 1] in BE or tokens[i - 1] is main_verb(claim)
                                       or past_shaped(words[i - 1])):
            continue  # "have been through", "went through a drought": lived through, no means
        if opener is not None:
            found.append((i, i + len(opener)))
        elif words[i] == "by" and means(words[i + 1]) and not passive_agent(words[:i]):
            found.append((i, i + 1))
    return found


def passive_agent(words: list[str]) -> bool:
    """"were followed by mounting unrest": "by" after a passive participle (a form of "be"
    at most two words before it) opens the agent, whose "-ing" word qualifies its noun; it
    is no means of the deed (read as one, a true claim lost its support)."""
    return bool(words) and past_shaped(words[-1]) \
        and any(word in BE for word in words[-3:-1])


def verb_before(words: list[str]):
    """Whether each word before the adjunct is a verb form that makes a clause."""
    for word in words:
        yield word in AUXILIARY_WORDS or word.isalpha() and can_be_verb(word) and (
            word.endswith("ing") or past_shaped(word) or word.endswith("s"))


def means(word: str) -> bool:
    """"by closing": a gerund, the means of the deed ("by evening" is no verb form)."""
    return word.isalpha() and word.endswith("ing") and can_be_verb(word)
