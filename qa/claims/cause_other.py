"""A claim of cause whose cause the sentence never names, while it names another cause of its
own: "The gales were what caused the spring floods" is not stated by "Studies found blocked
jet streams to have caused extreme events, such as the 2019 spring floods".

A relation of cause is the claim's fact, its cause the thing it is about. Support weighs the
claim's words, and an effect told in full with a word or two of the cause's description
("the 2019 ...") reached support by a sentence that gives the effect another cause. Here the
claim's cause is read by its head: the last word of the first run of content words of the
clause before an active marker of cause ("the autumn gales of the coast were what caused":
gales), or of the words after a passive one or a connective ("caused by the autumn gales",
"due to gales"), as `cause_reversed.marker_at` finds the markers (`relation_heads`, which
reads the effect's head the same way from the other side). Where the sentence does not state that head
(`told`: the claim terms the sentence states in any form) and one of its own relations of
cause (`cause_reversed.relations`) has a cause side holding no word of the claim, the
sentence credits another cause: support is withheld.
"""
from __future__ import annotations

from .cause_reversed import marker_at, relations
from .facts import Parsed, Token, remembered


def relation_heads(text: Parsed) -> list[tuple[Token | None, Token | None]]:
    """(the head of the cause, the head of the effect) of each relation of cause in the text
    (module docstring, `first_run_head` of the marker's clause before it and of the words
    after it); remembered on the parse."""
    return remembered(text, ("cause heads",), find_relation_heads, text)


def find_relation_heads(text: Parsed) -> list[tuple[Token | None, Token | None]]:
    tokens = text.tokens
    words = [t.lower for t in tokens]
    found = []
    for i in range(len(tokens)):
        marker = marker_at(words, i)
        if marker is None:
            continue
        length, direction = marker
        start = next((k for k in range(i - 1, -1, -1) if tokens[k].brk), 0)
        before = first_run_head(tokens[start:i])
        after = first_run_head(tokens[i + length:])
        found.append((before, after) if direction > 0 else (after, before))
    return found


def first_run_head(tokens: list[Token]) -> Token | None:
    """The last word of the first run of content words ("the Russian wildfires on the ..."
    -> wildfires), or None; a figure or a break ends a run."""
    run: list[Token] = []
    for token in tokens:
        if run and (token.brk or not token.terms or not token.word.isalpha()):
            break
        if token.terms and token.word.isalpha():
            run.append(token)
    return run[-1] if run else None


def other_cause(claim: Parsed, sentence: Parsed, told: frozenset[str]) -> bool:
    """Whether the claim's cause is unstated by its head and the sentence names a cause of
    its own with no word of the claim."""
    heads = [cause for cause, _ in relation_heads(claim)
             if cause is not None and not set(cause.terms) & told]
    if not heads:
        return False
    return any(cause and not cause & claim.terms for cause, _ in relations(sentence))
