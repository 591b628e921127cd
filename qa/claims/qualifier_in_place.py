"""Another thing's name before the claim's head noun: "the timber industry shipped 40,000 tonnes"
is not stated by "the salt industry shipped 40,000 tonnes", however much else the sentence
states.

Coverage reads support by weight, and one unstated qualifier among many stated words leaves it
high. A noun written before another, opening its noun phrase after a determiner, a possessive
or a name ("the glass industry", "the province's copper industry", "the Velm salt industry"),
names a kind of the head; where the sentence writes the same head so opened with a noun of its
own in that place, which the claim does not state, and states the claim's qualifier nowhere,
it speaks of another kind of the head, whose figures and deeds are not the claim's. Only two
names of concrete things set two kinds against each other (WordNet files their first sense as
a substance, an artifact ...: `wordnet.concrete_kind`): "timber" and "salt", "glass" and
"copper"; abstract qualifiers are a writer's rewording as often as not ("the peak month" /
"the busiest month"), and a noun that is the other's kind ("the fuel depot" / "the coal
depot") states it vaguely. Words after no determiner are left alone: the first may be a verb
and the second its object ("hired crews" / "ferry crews"). `qa.claims.qualified` reads the
other kind written after "of" ("the melt rate" / "the rate of retreat"),
`qa.claims.kin_in_place` a concrete noun of the same kind beside any word.
"""
from __future__ import annotations

from ..search.wordnet import adjective_bases, adverbs, base_forms, concrete_kind, hypernyms
from ..text.analyze import load_stopwords
from .actors import said, stated_by_claim
from .facts import DETERMINERS, POSSESSIVE_ENDINGS, Parsed, Token, groups_of, remembered
from .vocabulary import Vocabulary


def qualified_nouns(text: Parsed) -> list[tuple[int, int]]:
    """(qualifier, head) indices of each concrete noun written before another common word after
    a determiner, a possessive or a name ("the timber industry", "the country's copper
    industry", "the Velm salt industry"); remembered on the parse, since a claim is asked
    against each sentence that supports it."""
    return remembered(text, ("qualified nouns",), find_qualified_nouns, text)


def find_qualified_nouns(text: Parsed) -> list[tuple[int, int]]:
    tokens, stop, found = text.tokens, load_stopwords(), []
    inside = [(m.start, m.end) for m in text.mentions]

    def named(token: Token) -> bool:
        return any(s <= token.start < e for s, e in inside)

    for k in range(2, len(tokens)):
        opener, before, head = tokens[k - 2], tokens[k - 1], tokens[k]
        if before.brk or head.brk or not (opener.lower in DETERMINERS
                                          or opener.lower.endswith(POSSESSIVE_ENDINGS)
                                          or opener.word[0].isupper() and named(opener)):
            continue
        if concrete_noun(before, stop) and plain_word(head, stop) \
                and not named(before) and not named(head):
            found.append((k - 1, k))
    return found


def plain_word(token: Token, stop) -> bool:
    """A common word as written (lower case, letters only), no function word nor an adverb."""
    word = token.word
    return word.isalpha() and word.islower() and bool(token.terms) and word not in stop \
        and word not in adverbs()


def concrete_noun(token: Token, stop) -> bool:
    """A plain word naming a concrete thing, no adjective's comparative or superlative
    ("warmest")."""
    return plain_word(token, stop) and not adjective_bases(token.word) \
        and concrete_kind(token.word)


def kind_of(word: str, other: str) -> bool:
    """Whether `other` (or a base form) is one of the hypernyms of `word`: "coal" is a fuel."""
    return any(form in hypernyms(word) for form in base_forms(other))


def qualifier_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's qualifier the sentence does not state, and the sentence's own noun before
    the same head, which the claim does not state; None if there is none."""
    pairs = qualified_nouns(claim)
    if not pairs:
        return None
    theirs = qualified_nouns(sentence)  # the sentence's qualifier concrete too
    if not theirs:
        return None
    groups = None
    for i, k in pairs:
        mine, head = claim.tokens[i], claim.tokens[k]
        if said(mine, sentence, vocab, stated):
            continue
        for j, m in theirs:
            if not set(sentence.tokens[m].terms) & set(head.terms):
                continue
            other = sentence.tokens[j]
            if groups is None:
                groups = groups_of(claim, vocab)
            if not stated_by_claim(other, claim, vocab, groups) \
                    and not kind_of(mine.lower, other.lower) \
                    and not kind_of(other.lower, mine.lower):
                return mine, other
    return None
