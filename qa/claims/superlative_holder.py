"""A superlative the sentence gives another thing: "the Kell is the longest river of the plain"
is not stated by "the Oder is by far the longest river of the plain, though the Kell drains
more land".

A superlative ranks one thing alone at the top of its scale: when the sentence says the same
superlative of the same noun ("longest river") of a thing the claim does not name, the claim's
own thing is not the one ranked, however many of its other words the sentence shares (its name
told in an aside, "though the Kell ...", was enough to support it). `held_by_another` reads
the claim's superlative (an "-est" form WordNet bases on a gradable adjective, or "most" /
"least" before one), the same word in the sentence after "the" (not "one of the", not "the
third", which rank many), the noun that follows it in both, and the words before it in the
sentence's clause: the thing it ranks. Withheld when that thing has words of its own and none
is the claim's; a pronoun, an elided subject ("..., and is the longest"), a verb or an adverb
is no thing and withholds nothing, nor does a name where the claim describes its thing (the
name may be the described thing's).
"""
from __future__ import annotations

from ..search.wordnet import adverbs, antonyms, can_be_verb, verb_base
from .compared_order import clause_start, first_thing, shared, superlative_bases
from .facts import Parsed, Token
from .vocabulary import Vocabulary

# a superlative after these ranks one of several ("one of the largest", "among the hottest")
MANY = frozenset("of among".split())
# a clause opened by one of these before its verb has its subject in the clause before
COORDINATORS = frozenset("and but or yet".split())
NOUN_REACH = 3  # words after the superlative that may hold the noun it ranks on
BE = frozenset("is are was were be been being".split())


def superlative_at(tokens: list[Token], k: int) -> str | None:
    """The superlative the k-th word opens ("hottest", "most common" as "most common"), else
    None."""
    word = tokens[k].lower
    if word in ("most", "least") and k + 1 < len(tokens) and antonyms(tokens[k + 1].lower):
        return f"{word} {tokens[k + 1].lower}"
    return word if superlative_bases(word) else None


def ranks_one(tokens: list[Token], k: int) -> bool:
    """The superlative at `k` follows "the" directly, not after "one of" / "among": it ranks
    one thing alone."""
    return k > 0 and tokens[k - 1].lower == "the" and not tokens[k - 1].brk \
        and (k < 2 or tokens[k - 2].lower not in MANY)


def noun_after(tokens: list[Token], k: int, words: int) -> set[str]:
    """The terms of the words after the superlative at `k`, to a clause break."""
    terms: set[str] = set()
    for token in tokens[k + words:k + words + NOUN_REACH]:
        if token.brk:
            break
        terms.update(token.terms)
    return terms


def verb_form(word: str) -> bool:
    """A verb's past, participle or "-ing" form ("expected", "making", "spent"): no thing."""
    return verb_base(word) not in (None, word) \
        or word.endswith(("ed", "ing")) and can_be_verb(word)


def thing_words(tokens: list[Token]) -> set[str]:
    """The terms of the words that may name a thing: no verb form, no "be", no adverb."""
    terms: set[str] = set()
    for token in tokens:
        word = token.lower
        if word in BE or word in adverbs() or verb_form(word):
            continue
        terms.update(token.terms)
    return terms


# the words that stand for a thing told before: the claim's thing is not in its words
PRONOUNS = frozenset("it its they them this that these those which who he she".split())


def claim_thing(claim: Parsed, k: int) -> list[Token]:
    """The words of the thing the claim's superlative at `k` ranks: the words before it in its
    clause, or where they are only "be" after an aside ("X, lying nearer the coast, is the
    wettest"), the words before the aside; none where a pronoun stands for it ("..., making
    it the deadliest": the thing is told elsewhere)."""
    tokens = claim.tokens
    own = first_thing(claim, k)
    if any(t.lower in PRONOUNS for t in own):
        return []
    if thing_words(own) or not clause_start(claim, k) or not any(t.lower in BE for t in own):
        return own
    opening = []
    for j, token in enumerate(tokens[:clause_start(claim, k)]):
        if j and token.brk:
            break
        opening.append(token)
    return opening


def named_only(tokens: list[Token]) -> bool:
    """The thing's words up to its verb ("MINUSMA remains the": MINUSMA) are all capitalised:
    a name, not a description ("Lake Ossel", not "the Ossel lake")."""
    words = []
    for t in tokens:
        if t.lower in BE or t.word.islower() and can_be_verb(t.lower):
            break
        if t.terms and t.lower not in adverbs():
            words.append(t)
    return bool(words) and all(t.word[:1].isupper() for t in words)


def held_by_another(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence gives the claim's superlative, on the same noun, to a thing none of whose
    words is the claim's subject's."""
    mine = claim.tokens
    for k in range(len(mine)):
        word = superlative_at(mine, k)
        if word is None or not ranks_one(mine, k):
            continue
        width = len(word.split())
        noun = noun_after(mine, k, width)
        thing = claim_thing(claim, k)
        holder = thing_words(thing)
        if not noun or not holder:
            continue
        theirs = sentence.tokens
        for j in range(len(theirs)):
            if superlative_at(theirs, j) != word or not ranks_one(theirs, j):
                continue
            if not noun & noun_after(theirs, j, width):
                continue
            start = clause_start(sentence, j)
            if theirs[start].lower in COORDINATORS:
                continue  # "..., and is the longest": its thing is the clause before's
            ranked = first_thing(sentence, j)
            if named_only(ranked) and not named_only(thing):
                continue  # a name may be the thing the claim describes ("the Ulm ferry" / "Kora")
            held = thing_words(ranked)
            if held and held.isdisjoint(claim.terms) and not shared(held, holder, vocab):
                return True
    return False
