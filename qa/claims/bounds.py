"""A claim that keeps a thing within a bound against a sentence that takes it past the same
bound, or the other way round: "keep its patrols confined to the harbour" / "extend its
patrols beyond the harbour". A word of restriction (the verb "confine" and its WordNet
synonyms: "confined", "limited", "restricted", "bounded") right before "to" or "within" sets
the bound at the words after it; "beyond" or "outside" before the same words crosses it. The
sentence states the claim's bound and reverses where the thing stands against it, as an
antonym in the claim word's place reverses the claim's relation."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, synonyms
from .facts import Parsed, Token, remembered
from .restricted import noun_phrase

RESTRICTING = "confine"  # its synset: confine, bound, limit, restrict, throttle, trammel
WITHIN = frozenset(("to", "within"))  # "confined to the harbour", "limited within its walls"
PAST = frozenset(("beyond", "outside"))  # prepositions that cross a bound


@lru_cache(maxsize=1)
def restricting() -> frozenset[str]:
    """The verbs of restriction: "confine" and its single-word WordNet synonyms (read once,
    at the first claim that has a word of crossing, never at start-up)."""
    return frozenset([RESTRICTING] + [s for s in synonyms(RESTRICTING) if " " not in s])


def kept_within(text: Parsed) -> list[tuple[Token, list[Token]]]:
    """(the word of restriction, the bound after it) for each "confined to X" of the text:
    the text's alone, remembered on its parse (a claim's is asked for every sentence)."""
    return remembered(text, ("kept within",), restrictions, text)


def restrictions(text: Parsed) -> list[tuple[Token, list[Token]]]:
    """`kept_within`, worked out."""
    found, verbs = [], None
    for k, token in enumerate(text.tokens[:-1]):
        after = text.tokens[k + 1]
        if after.word.lower() not in WITHIN or after.brk or not token.terms:
            continue
        verbs = verbs or restricting()
        if set(base_forms(token.word.lower())) & verbs:
            bound = noun_phrase(text, k + 1)
            if bound:
                found.append((token, bound))
    return found


def crossing(text: Parsed) -> list[tuple[Token, list[Token]]]:
    """("beyond", the bound after it) for each crossing of a bound in the text: remembered on
    its parse, as `kept_within`."""
    return remembered(text, ("crossing",), lambda: [
        (token, bound) for k, token in enumerate(text.tokens)
        if token.word.lower() in PAST for bound in [noun_phrase(text, k)] if bound])


def bounding(text: Parsed) -> bool:
    """Whether the text has a word that sets a bound ("to", "within") or crosses one
    ("beyond"): the text's alone, remembered on its parse (a claim's is asked for every
    sentence)."""
    return remembered(text, ("bounding",), find_bounding, text)


def find_bounding(text: Parsed) -> bool:
    return not BOUND_WORDS.isdisjoint(
        t.word.lower() for t in text.tokens)


BOUND_WORDS = WITHIN | PAST


def same_bound(mine: list[Token], theirs: list[Token]) -> bool:
    """The two bounds are one: the head of the claim's (its last word) and its first word
    both among the sentence's ("key population centres" / "the key population centres")."""
    words = {t for token in theirs for t in token.terms}
    return bool(set(mine[-1].terms) & words) and bool(set(mine[0].terms) & words)


def past_bound(claim: Parsed, sentence: Parsed) -> tuple[Token, Token] | None:
    """(the claim's word of restriction or crossing, the sentence's opposite) when the two set
    the same bound the other way round; else None."""
    if not bounding(claim):  # most claims bound nothing: no pass over words
        return None
    for mine_pairs, theirs_pairs in ((kept_within, crossing), (crossing, kept_within)):
        mine = mine_pairs(claim)
        if not mine:
            continue
        theirs = theirs_pairs(sentence)
        alike = mine_pairs(sentence) if theirs else []
        for word, bound in mine:
            if any(same_bound(bound, own) for _, own in alike):
                continue  # the sentence keeps the claim's reading too: "confined to the
                # harbour until May, then beyond the harbour" speaks of two times
            for other, their_bound in theirs:
                if same_bound(bound, their_bound):
                    return word, other
    return None
