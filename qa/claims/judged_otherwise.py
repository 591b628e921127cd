"""A claim's word of judgement that the sentence leaves unsaid, facing the sentence's word
that denies a judgement of the same kind by its prefix: "most residents think the service
does a good job" / "most residents see the service as ineffective".

Support weighs words by rarity, and a judgement is often a common word ("good", "safe")
among the rare ones naming who judges what; a sentence stating the rest reached SUPPORT with
the judgement turned round. `qa.claims.polarity` reads a predicate of the other polarity in
the claim word's place; here the two words need no shared place, so only the plainest
reversal counts: the sentence's word is a prefixed denial ("in-", "un-", "dis-", "non-"...) of
an adjective rated as the claim's word is (VADER's valence, `qa.claims.valence`; "ineffective":
"effective" is rated positive, as "good" is; VADER need not rate the denial). Neither word
negated, and the claim states neither the sentence's word nor its stem ("good and not
ineffective" states both sides). It keeps support away and contradicts nothing: the two
words may judge different things.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import attributes, can_be_verb
from .compare import negated
from .facts import Parsed, Token, groups_of, inside_name, remembered
from .valence import polarity
from .vocabulary import Vocabulary

PREFIXES = ("non", "dis", "un", "in", "im", "il", "ir")  # longest first: "non" before "n..."
STEM = 4  # the least letters of a stem: "inept" is no denial of "ept"


def judged_otherwise(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                     stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's unsaid word of judgement and the sentence's prefixed denial of a word of
    the same polarity; None if there is none."""
    judged = remembered(claim, ("words of judgement",), judgements, claim)
    if not judged:
        return None
    for theirs in sentence.tokens:
        word = theirs.word.lower()
        if not theirs.terms or not word.isalpha() or not word.islower() \
                or negated(sentence, theirs):
            continue
        way, stem = denied_polarity(word)
        if not way or set(theirs.terms) & claim.terms or stem in claim_words(claim):
            continue
        for i, mine_way in judged:
            mine = claim.tokens[i]
            if mine_way == -way and not stated_word(mine, sentence, vocab, stated):
                return mine, theirs
    return None


def judgement_unsaid(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                     stated: frozenset[str]) -> Token | None:
    """The claim's word of judgement qualifying a noun right after it ("a poor standard of
    care"), the sentence stating neither: the claim judges a thing the sentence only tells
    of ("relied on a small facility to provide care"); None if there is none. A word that may
    be a verb is left out ("lost people", "taking back": a deed, not a judgement), and so is
    a judged noun the sentence states ("good data" / "data show"): the judgement may then be
    the sentence's in other words."""
    judged = remembered(claim, ("words of judgement",), judgements, claim)
    for i, _ in judged:
        mine = claim.tokens[i]
        if i + 1 >= len(claim.tokens) or can_be_verb(mine.word.lower()):
            continue
        head = claim.tokens[i + 1]
        if head.brk or not head.terms or not head.word.isalpha() or not head.word.islower():
            continue
        if not stated_word(mine, sentence, vocab, stated) \
                and not stated_word(head, sentence, vocab, stated):
            return mine
    return None


def stated_word(token: Token, sentence: Parsed, vocab: Vocabulary,
                stated: frozenset[str]) -> bool:
    """The sentence states the claim's word as support counts it (its terms, a synonym of
    the thesaurus, another form): not by a first-sense WordNet synonym read anywhere, which
    finds "good" in "as well as"."""
    groups = groups_of(sentence, vocab)
    return any(t in stated or vocab.matches(t, sentence.terms, groups) for t in token.terms)


def judgements(claim: Parsed) -> tuple[tuple[int, int], ...]:
    """The places and polarities of the claim's affirmed words of judgement: rated adjectives
    of a graded quality (WordNet gives them an attribute: "good" -> goodness, "effective" ->
    effectiveness); a rated noun or verb ("peace", "agreement", "keeping") names a thing or a
    deed, which a prefixed adjective elsewhere ("unlike the earlier agreement") does not
    judge."""
    return tuple((i, way) for i, t in enumerate(claim.tokens)
                 if t.terms and t.word.isalpha() and t.word.islower()
                 and not inside_name(claim, t) and not negated(claim, t)
                 for way in (polarity(t.word.lower()),)
                 if way and attributes(t.word.lower()))


def claim_words(claim: Parsed) -> frozenset[str]:
    return remembered(claim, ("lower words",),
                      lambda: frozenset(t.word.lower() for t in claim.tokens))


@lru_cache(maxsize=8192)
def denied_polarity(word: str) -> tuple[int, str]:
    """-p and the stem for a word that denies by its prefix a word of polarity p
    ("ineffective" -> (-1, "effective"), "unsafe" -> (-1, "safe")); (0, "") for any other
    word, and for one VADER rates the way of its stem (a prefix that denies nothing)."""
    for prefix in PREFIXES:
        stem = word[len(prefix):]
        if word.startswith(prefix) and len(stem) >= STEM:
            way = polarity(stem)
            if way and polarity(word) != way:
                return -way, stem
    return 0, ""
