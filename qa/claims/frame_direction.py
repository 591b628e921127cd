"""Whether the sentence moves the claim's object toward what the claim keeps it from.

"V X from N" and "W X to N" set the same thing on opposite sides of N: a verb of keeping
away ("guard the herds from the drought", "spared the town from the flood") against one of
bringing to ("left the herds open to the drought", "exposing the town to the flood"). WordNet
links few such pairs ("shield" has no antonym at all), and the sentence states every other
word of the claim, so the claim's verb, one unverified word, did not keep a support away:
the claim reversed was supported. Read here by the frame, not by a list of verbs: the claim's
verb is unstated by the sentence, its phrase after "from" ends on a noun, and the sentence
gives that noun after a "to" that a verb of its own governs (the verb a few words before, no
break between). A "to" no verb governs ("due to the drought", "close to the town") is no
frame. The sentence then does not state the claim (a support veto, `vetoes.frame_reversed`).
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from ..text.analyze import load_stopwords
from .facts import Parsed, Token

REACH = 4  # words between a verb and its "from" / "to" (its object), and after the
# preposition up to the noun it governs ("from even greater risks")


def phrase_after(tokens: list[Token], n: int) -> list[Token]:
    """The words after the preposition at `n`, up to REACH of them, to the next break."""
    kept = []
    for token in tokens[n + 1:n + 1 + REACH]:
        if token.brk:
            break
        kept.append(token)
    return kept


def governed(tokens: list[Token], n: int, verb) -> Token | None:
    """The verb (`verb(token)`) at most REACH words before the preposition at `n`, no break
    between: the preposition is that verb's frame."""
    for j in range(n - 1, max(-1, n - 1 - REACH), -1):
        if verb(tokens[j]):
            return tokens[j]
        if tokens[j].brk:
            return None
    return None


def head_noun(phrase: list[Token]) -> str | None:
    """The last content word of the phrase, lower-cased: the noun it ends on."""
    words = [t.lower for t in phrase if t.word.isalpha() and t.lower not in load_stopwords()]
    return words[-1] if words else None


def frame_reversed(claim: Parsed, sentence: Parsed, told: frozenset[str]) -> bool:
    """The claim keeps its object "from" a noun with a verb the sentence does not state, and
    the sentence brings something "to" that noun with a verb of its own."""
    mine = claim.tokens
    for n, token in enumerate(mine):
        if token.lower != "from":
            continue
        verb = governed(mine, n, lambda t: t.word.isalpha() and t.word.islower()
                        and can_be_verb(t.lower) and not set(t.terms) & told)
        noun = head_noun(phrase_after(mine, n)) if verb else None
        if noun is None:
            continue
        theirs = sentence.tokens
        for k, other in enumerate(theirs):
            if other.lower == "to" and noun in {t.lower for t in phrase_after(theirs, k)} \
                    and governed(theirs, k, lambda t: t.word.isalpha() and t.word.islower()
                                 and can_be_verb(t.lower) and t.lower not in load_stopwords()
                                 and t.lower != verb.lower):
                return True
    return False
