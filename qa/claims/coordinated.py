"""An opposite placed by a noun it qualifies across a coordination.

A modifier before two nouns joined by "and" or "or" qualifies both: "additional troops and
resources" are additional troops and additional resources. So the claim's "additional" stands
in the place of the sentence's "existing" in "within existing resources" though the word right
after it ("troops") is not the sentence's: the coordination's other noun is. `placement`
asks this of an opposite that `compare.same_place` did not place (no word right before or
after both the same), either text holding the coordination.
"""
from __future__ import annotations

from .facts import Parsed, Token
from .vocabulary import Vocabulary

COORDINATORS = frozenset({"and", "or"})


def coordinated_place(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                      vocab: Vocabulary) -> bool:
    """One text's word qualifies "X and Y", the other's the same Y (a synonym counts) right
    after it: the two qualify the same thing."""
    return shares_conjunct(claim, mine, sentence, theirs, vocab) \
        or shares_conjunct(sentence, theirs, claim, mine, vocab)


def shares_conjunct(text: Parsed, word: Token, other: Parsed, their: Token,
                    vocab: Vocabulary) -> bool:
    conjunct = later_conjunct(text, word)
    head = next_word(other, their)
    if conjunct is None or head is None:
        return False
    terms = set(head.terms)
    return any(vocab.matches(t, terms, vocab.expand(terms)) for t in conjunct.terms)


def later_conjunct(text: Parsed, word: Token) -> Token | None:
    """The noun after "and"/"or" in "WORD X and Y", all in one clause (no break between)."""
    n = text.tokens.index(word)
    run = text.tokens[n + 1:n + 4]
    if len(run) < 3 or any(t.brk for t in run):
        return None
    first, joiner, last = run
    return last if first.terms and joiner.word.lower() in COORDINATORS and last.terms \
        and last.word.isalpha() else None


def next_word(text: Parsed, word: Token) -> Token | None:
    """The content word right after `word` in its clause."""
    n = text.tokens.index(word)
    after = text.tokens[n + 1:n + 2]
    return after[0] if after and not after[0].brk and after[0].terms else None
