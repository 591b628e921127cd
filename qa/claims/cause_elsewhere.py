"""A cause the claim gives its event ("because of X") that the sentence tells, but not as the
cause: it gives the event a cause of its own, or places X only at a measured time from it.

`unsaid.unstated_reason` withholds support where the claim's cause is unsaid, and
`circumstance` where the phrase's verb is given another subject or object. Neither reads a
sentence that states the cause's words outside any cause: "The guild raised its tolls in May
in response to the falling price of herring. Two weeks earlier the council had closed the
north quay." states the quay's closing and the tolls, so coverage supported "The guild raised
its tolls in May because of the closing of the north quay", the sentence's own reason (the
herring price) nowhere in the claim. The same for "... raised its tolls a month after the
council closed the north quay": a time set between the two events, no cause.

Read here: the claim's phrase opened by a connective of cause proper ("because of", "due to",
"in response to", "as a result of"; not the sequence words "after", "following", "amid",
which writers use for a loose cause and which `circumstance` reads), one of whose content
words the sentence states. The veto holds when no phrase of cause or sequence of the sentence
states any of its words and the sentence has a cause proper of its own whose words the claim
never writes; or when the only phrases stating them open after a count of a unit of time ("a
month after", "two weeks after"). Support only: a sentence naming two causes where the claim
names one is a different account, not a denial.
"""
from __future__ import annotations

from .actors import said
from .circumstance import opener, phrases
from .clause_ends import clause_end
from .facts import Parsed, Token
from .vague_lengths import time_unit
from .past_forms import past_verb_form
from .vocabulary import Vocabulary
from ..search.wordnet import can_be_verb

# the words that end a noun phrase's head: a preposition opens its complement
PREPOSITIONS = frozenset("of in on at to for from by with over under between among into "
                         "during against beyond across through within along around near "
                         "toward towards above below behind".split())

# the openers of sequence, which place one event after another rather than give its cause
SEQUENCE = frozenset("after following amid amidst upon".split())


def opener_word(text: Parsed, start: int) -> str:
    """The first word of the opener of the phrase whose own words start at `start` ("in" of
    "in response to", "because" of "because of")."""
    words = [t.word.lower() for t in text.tokens]
    for i in range(start - 1, max(start - 5, -1), -1):
        if opener(words, i, text.tokens) == ("cause", start):
            return words[i]
    return ""


def content(text: Parsed, start: int, end: int) -> list[Token]:
    """The phrase's words that carry terms, lower case (no names: a name is a party, read by
    the actor vetoes)."""
    return [t for t in text.tokens[start:end] if t.terms and t.word.islower()]


def to_break(text: Parsed, start: int) -> int:
    """Where the phrase opened at `start` ends at the widest: the end of its sentence (a
    full stop, a semicolon) or the next opener of cause, past the "and" `circumstance` stops
    at ("in response to the delays and the strained relations": both are the cause), past
    a comma inside a noun phrase ("due to dark, paved surfaces and a lack of trees") and
    past an infinitive, which continues its noun ("Oslo's failure to pay the dues")."""
    tokens = text.tokens
    words = [t.lower for t in tokens]
    return clause_end(tokens, start, marks=".;!?", text=text.text,
                      stop=lambda j: (opener(words, j, tokens) or ("",))[0] == "cause")


def measured(sentence: Parsed, start: int) -> bool:
    """The sentence's phrase opened right before `start` ("after") follows a unit of time
    ("a month after", "three days after"): a distance in time, no cause."""
    k = start - 2  # the word before the opener
    return k >= 0 and bool(time_unit(sentence.tokens[k]))


def cause_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> Token | None:
    """The claim's word of cause that the sentence states outside its own causes, which it
    fills with other words or only measures from in time (see the module's docstring);
    None otherwise."""
    mine = [(s, e) for kind, s, e, _ in phrases(claim) if kind == "cause"
            and opener_word(claim, s) not in SEQUENCE]
    if not mine:
        return None
    theirs = [(s, to_break(sentence, s)) for kind, s, e, _ in phrases(sentence)
              if kind == "cause"]
    if not theirs:
        return None
    for start, end in mine:
        words = content(claim, start, end)
        told = [t for t in words if said(t, sentence, vocab, stated)]
        if not told:
            continue  # unsaid: `unstated_reason`'s to read
        # a sentence's phrase that states only the claim's modifiers holds another cause
        # ("because of heavy snow" / "due to heavy rain"): its head must be there, where the
        # sentence states the head nowhere
        head = phrase_head(claim, start, end)
        asked = [head] if head is not None and head not in told else words
        holding = [(s, e) for s, e in theirs
                   if any(said(t, subset(sentence, s, e), vocab, frozenset()) for t in asked)]
        if holding:
            if all(opener_word(sentence, s) in SEQUENCE and measured(sentence, s)
                   for s, _ in holding):
                return told[0]
            continue
        own = [(s, e) for s, e in theirs if opener_word(sentence, s) not in SEQUENCE
               and content(sentence, s, e)
               and (not any(said(t, claim, vocab, frozenset()) for t in content(sentence, s, e))
                    or asked is not words and other_head(claim, sentence, s, e, vocab))]
        if own:
            return told[0]
    return None


def phrase_head(claim: Parsed, start: int, end: int) -> Token | None:
    """The head of the noun phrase a phrase of cause opens with: its last word with terms
    before the first preposition or break ("flooding" of "because of severe flooding in the
    south"); None where it is no common word (a name is a party) or the phrase is a clause
    ("because the river rose": a verb, no noun's head, after the subject)."""
    tokens = claim.tokens
    if start < len(tokens) and tokens[start].lower != "of" \
            and opener_word(claim, start) == "because":
        return None  # "because they permit ...": a clause, its words no noun's
    last = None
    for k in range(start, end):
        token = tokens[k]
        if k > start and (token.brk or token.lower in PREPOSITIONS):
            break
        if token.terms:
            last = token
    if last is None or not last.word.islower() or can_be_verb(last.lower) \
            and past_verb_form(last.lower):
        return None
    return last


def other_head(claim: Parsed, sentence: Parsed, start: int, end: int, vocab: Vocabulary
               ) -> bool:
    """The sentence's phrase of cause has a head of its own that the claim never states
    ("a severe heat wave" against the claim's "severe flooding")."""
    head = phrase_head(sentence, start, end)
    return head is not None and not said(head, claim, vocab, frozenset())


def subset(sentence: Parsed, start: int, end: int) -> Parsed:
    """The sentence's words [start, end) as a text of their own, to ask what they state."""
    tokens = sentence.tokens[start:end]
    return Parsed(text=sentence.text, tokens=tokens,
                  terms={term for t in tokens for term in t.terms}, mentions=[], negated={})
