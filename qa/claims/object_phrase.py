"""The noun phrase right after a word: what a verb is done to ("welcomed a new envoy of the
bloc": new, envoy; "had not reached full deployment": full, deployment).

One reader for the checks that place a verb by its object: `acted_on` (the object's head,
the last of its words), `restricted` (the claim verb's object against the restricted verb's)
and `attainment` (the state a denied verb of attaining denies). The phrase is the run of
content words after the word, past the function words that may open it ("a", "the"), up to
the first function word after them ("of the bloc") or a clause break. Each caller bounds it
as its reading needs: by a window of words after the verb, by a number of content words,
by the first word that is not a word of letters (a figure, a mark), by which function words
may open it (a determiner opens an object; a preposition first means the verb has none,
"rose after the patrols").
"""
from __future__ import annotations

from .facts import Parsed, Token


def phrase_after(text: Parsed, k: int, *, span: int | None = None, words: int | None = None,
                 letters: bool = False, openers: frozenset[str] | None = None) -> list[Token]:
    """The content words of the noun phrase right after token `k`, in its clause: within
    `span` tokens after it, up to `words` content words, with `letters` up to the first token
    that is no word of letters (a possessive's apostrophe is part of its word), opened by any
    function word or only by one of `openers`."""
    end = len(text.tokens) if span is None else k + 1 + span
    found = []
    for t in text.tokens[k + 1:end]:
        if t.brk or words is not None and len(found) >= words \
                or letters and not t.word.replace("’", "'").replace("'", "").isalpha():
            break
        if t.terms:
            found.append(t)
        elif found or openers is not None and t.word.lower() not in openers:
            break
    return found
