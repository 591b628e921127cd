"""A word of an exclusive pair that only qualifies another noun: "most victims were
civilians" / "40 people were killed in a military expedition".

An exclusive pair (`exclusive_predicates.tsv`: military / civilians, improve / deteriorate)
opposes two words that say the same thing of one thing. Where one of them stands before a noun
it qualifies ("a military expedition", "a deteriorating security climate", "armour-plated
lorries"), it says what kind that noun is, and that noun is its thing: the other text opposes
it only if it speaks of that noun too, next to its own word ("a civilian expedition", "the
expedition was civilian", "the security climate improved"). A claim whose word is the head
("most were civilians") or a verb with its own object ("essential to improving relations")
says nothing of the expedition or of the security climate, and the pair is no conflict.
The pair still holds where both words qualify nouns, where the qualified noun and the other
word are both people, and where a participle meets a past verb (`qualifies_elsewhere`).

A word qualifies the nouns after it, in its clause, that WordNet knows as no verb, adverb or
adjective ("expedition", "lorries"; not "forces", which may be a clause's verb, nor "dense" of
"less dense"); a word that may itself be a verb qualifies only after a determiner ("a
deteriorating climate", not "to improving relations", "killed civilians": a verb and its
object), unless it is an adjective and no participle ("better relations").
"""
from __future__ import annotations

from collections.abc import Callable

from ..search.wordnet import actor_kind, adjectives, adverbs, can_be_verb
from .facts import DETERMINERS, Mention, Parsed, Token, as_mention, token_index
from .vocabulary import Vocabulary

PARTICIPLE_ENDINGS = ("ed", "ing")
LONGEST_NOUN = 2  # nouns read as the qualified noun ("security climate")

Neighbours = Callable[[Parsed, Mention, Vocabulary, int], tuple[frozenset, frozenset]]


def qualifies_elsewhere(claim: Parsed, a: Token, sentence: Parsed, b: Token,
                        vocab: Vocabulary, neighbours: Neighbours, window: int) -> bool:
    """One word of the pair qualifies a noun, the other none, and the other text does not name
    that noun beside its own word (`neighbours` within the caller's `window`, with synonym
    groups): the two words are about different things. Two words that both qualify a noun
    stay opposed, whatever their nouns:
    "better relations" / "a deteriorating security climate" in one place of the sentence
    still tell the claim's subject otherwise."""
    mine, theirs = qualified_noun(claim, a), qualified_noun(sentence, b)
    if bool(mine) == bool(theirs):
        return False
    head, other, word = (mine, sentence, b) if mine else (theirs, claim, a)
    if people_both(head, word):
        return False  # "military personnel died" / "civilians died": one role, two kinds
    if predicate_both(a if mine else b, word):
        return False  # "the deteriorating relationship with Norland" / "strengthened its
        # cooperation with Norland": the participle is its noun's predicate, as the verb is
    return head_unnamed(head, other, word, vocab, neighbours, window)


def people_both(head: list[Token], word: Token) -> bool:
    """The qualified noun and the other word are both people or groups (WordNet)."""
    return actor_kind(head[-1].word) is not None and actor_kind(word.word) is not None


def predicate_both(qualifier: Token, word: Token) -> bool:
    """The qualifier is a participle ("deteriorating", "divided") and the other word a past
    verb ("strengthened"): both tell a predicate, one of its noun, one of its clause."""
    return qualifier.lower.endswith(PARTICIPLE_ENDINGS) and can_be_verb(qualifier.word) \
        and word.lower.endswith("ed") and can_be_verb(word.word)


def head_unnamed(head: list[Token], other: Parsed, word: Token,
                 vocab: Vocabulary, neighbours: Neighbours, window: int) -> bool:
    terms = {t for h in head for t in h.terms}
    terms |= {("group", g) for g in vocab.expand(terms)}
    before, after = neighbours(other, as_mention(word), vocab, window)
    return not (terms & before or terms & after or terms & set(word.terms))


def qualified_noun(text: Parsed, token: Token) -> list[Token]:
    """The nouns right after the word that it qualifies, or [] where it qualifies none."""
    n = token_index(text, token)
    tokens = text.tokens
    if can_be_verb(token.word) and not (n and tokens[n - 1].lower in DETERMINERS) \
            and not adjective_only(token.word):
        return []
    head = []
    for t in tokens[n + 1:n + 1 + LONGEST_NOUN]:
        if t.brk or not t.terms or not t.word.isalpha() or can_be_verb(t.word) \
                or t.lower in adverbs() or t.lower in adjectives():
            break  # ("less dense", "civilians within", "a divided assembly formally"): no noun
        head.append(t)
    return head


def adjective_only(word: str) -> bool:
    """An adjective of WordNet that is no participle ("better", not "improving")."""
    word = word.lower()
    return word in adjectives() and not word.endswith(PARTICIPLE_ENDINGS)
