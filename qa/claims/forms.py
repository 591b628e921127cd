"""Other written forms that state a claim's word, for support: its figures and dates written
otherwise ("forty-six" / "46"), irregular verb forms ("withdrew" / "the withdrawal"),
WordNet's derivationally related forms ("decided" / "the decision") and prefixes that keep a
word's sense ("overstretched" / "stretched"). `check.align` counts the terms these return as
stated when it measures a sentence's coverage of the claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search import wordnet
from ..search.wordnet import derived_forms
from .ability_denied import ABILITY
from .compare import Comparison, holds
from .facts import (UNMADE, MEASURES, Mention, Parsed, groups_of, negative_prefix, range_partner,
                    remembered, unit_of, word_terms, written_word)
from .figure_roles import rounded_share, same_span
from .open_readings import open_reading, readings_agree
from .vocabulary import Vocabulary

VALUED = ("count", "percent", "amount", "year", "month", "time")  # figures, dates: no ranks
# prefixes that leave a word's sense and polarity standing ("overstretched", "redeployed")
KEEPING_PREFIXES = frozenset("over under out up re pre co counter cross inter multi "
                             "sub super trans".split())
PREFIXES_BY_LETTER = {letter: tuple(p for p in KEEPING_PREFIXES if p[0] == letter)
                      for letter in {p[0] for p in KEEPING_PREFIXES}}  # a look-up per word


def figure_terms(claim: Parsed, found: Comparison, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's figures and dates that the sentence states with the same value
    (`found.stated`), as the sentence may write them otherwise: number words ("forty-six" /
    "46"), an ordinal day ("the first of July" / "1 July"). A figure stated only within a
    hedge ("around 95%" by "97%", "11,500" by "nearly 12,000") is not the claim's words, nor
    is an ordinal or a superlative (a rank: "2nd law" / "second law" gained only CLIMATE-FEVER
    wrong supports, bench/README). A range is the figures it holds, as an order of magnitude
    is (`same_value`): "between 800 and 1,000" by "900", which `found.stated` holds only
    where it lies within both ends (`compare.stated_by`); a source can state a range no
    better than by a figure inside it."""
    return frozenset(t for n, theirs in found.stated.items()
                     if (claim.mentions[n].family in VALUED or period(claim, claim.mentions[n]))
                     and (same_value(claim.mentions[n], theirs)
                          or range_partner(claim, claim.mentions[n]) is not None)
                     for t in word_terms(written_word(claim, claim.mentions[n]), vocab))



def period(text: Parsed, mention: Mention) -> bool:
    """An ordinal that counts a span of time ("the 20th century", "its third year") dates a
    fact as a year does, however it is written ("the twentieth century"); a rank ("the 2nd
    law") stays out of `figure_terms`."""
    return mention.family == "ordinal" and MEASURES.get(unit_of(text.text, mention.end)) == "time"


def irregular_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The claim's irregular verb forms whose verb the sentence states in another form: "withdrew"
    by "withdrawing" or "the withdrawal", "began" by "begin" (WordNet's exception lists: the
    form's stem is not the verb's)."""
    groups = None
    found = set()
    for term, base in irregular_bases(claim, vocab):
        groups = groups_of(sentence, vocab) if groups is None else groups
        if vocab.matches(base, sentence.terms, groups):
            found.add(term)
    # and the other way: the sentence's "withdrew" states the claim's "withdrawal", and so
    # does a past participle WordNet files as a word of its own ("has withdrawn": an
    # adjective too, with no entry as the verb's form in the exception lists)
    memo_key = ("verb bases", vocab)
    bases = sentence.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if bases is UNMADE:
        bases = remembered(sentence, memo_key, verb_bases, sentence, vocab)
    return frozenset(found | (claim.terms & bases))


def verb_bases(sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The stems of the verbs of the sentence's irregular forms and past participles."""
    return frozenset({irregular_stem(t, vocab.analyzer) or participle_stem(t, vocab.analyzer)
                      for t in sentence.terms} - {None})


def irregular_bases(text: Parsed, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Each of the text's terms that is an irregular verb form, with the stem of its verb:
    the text's alone, remembered on its parse (a claim is aligned with sentence after
    sentence, a sentence with claim after claim)."""
    memo_key = ("irregular bases", vocab)
    found = text.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, memo_key, find_irregular_bases, text, vocab)
    return found


def find_irregular_bases(text: Parsed, vocab: Vocabulary) -> list[tuple[str, str]]:
    return [(term, base) for term in text.terms
            if (base := irregular_stem(term, vocab.analyzer))]


@lru_cache(maxsize=4096)
def participle_stem(term: str, analyzer) -> str | None:
    """The stem of the verb a past participle in "-n" that is a word of its own is
    ("withdrawn" -> withdraw, "grown" -> grow), or None. Only "-n": "left" or "found" as
    written are as often the direction or "established"."""
    verb = wordnet.verb_base(term) if term.isalpha() and term.endswith("n") else None
    if not verb:
        return None
    base = analyzer.terms(verb)
    return base[0] if len(base) == 1 and base[0] != term else None


def derived_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The claim's words the sentence states in another derivational form: "decided" by "the
    decision", "failed" by "failure" (WordNet's derivationally related forms)."""
    found = set()
    # a sentence word that is a claim word as written states that one, not another too
    # ("Medieval Warm Period" states its "warm", not the claim's "warmer" and "warming"):
    # the claim's derived stems are taken without its own terms
    unprefixed, every = None, every_unprefixed(sentence)
    derivations = derivations_of(claim, vocab)
    # none of the claim's derived stems in the sentence, and no claim term among what its
    # prefixes leave (most pairs): nothing below is found
    if sentence.terms.isdisjoint(every_derived(claim, vocab)) \
            and every.isdisjoint(term for term, _ in derivations):
        return frozenset()
    for term, derived in derivations:
        if term in sentence.terms:
            continue
        if not derived.isdisjoint(sentence.terms):
            found.add(term)
            continue
        if term not in every:
            continue  # no prefix of the sentence comes off to leave it: most terms
        if unprefixed is None:  # `without_prefix` of the sentence's terms the claim lacks
            unprefixed = {word for t, words in prefixes_off(sentence) if t not in claim.terms
                          for word in words}
        if term in unprefixed:
            found.add(term)
    return frozenset(found)


def denied_forms(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                 derived: frozenset[str]) -> frozenset[str]:
    """The claim's words, affirmed, that the sentence states only in another form and denies
    ("with the inclusion of the crews" / "did not include the crews"): not stated, whatever
    the share of the claim the sentence states (`flipped` reads the same word only)."""
    if not derived or not sentence.negated:
        return frozenset()
    return frozenset(term for term, stems in remembered(
        claim, ("derived", vocab), claim_derived, claim, vocab)
        if term in derived and term not in claim.negated and stems & sentence.negated.keys())


def claim_derived(claim: Parsed, vocab: Vocabulary) -> list[tuple[str, frozenset[str]]]:
    """The claim's one-term words, each with the stems of its derived forms other than the
    claim's own terms (`derived_stems`): the claim's alone, remembered on its parse."""
    return [(token.terms[0], derived_stems(token.word.lower(), vocab.analyzer) - claim.terms)
            for token in claim.tokens if len(token.terms) == 1]


def prefixes_off(text: Parsed) -> list[tuple[str, set[str]]]:
    """Each of the text's terms that `without_prefix` takes a prefix off, with what is left:
    the text's alone, remembered on its parse."""
    return remembered(text, ("prefixes off",), find_prefixes_off, text)


def find_prefixes_off(text: Parsed) -> list[tuple[str, set[str]]]:
    return [
        (t, left) for t in text.terms if (left := without_prefix({t}))]


def derivations_of(claim: Parsed, vocab: Vocabulary) -> tuple:
    """`claim_derived`, remembered on the claim's parse."""
    return remembered(claim, ("derived", vocab), claim_derived, claim, vocab)


def every_derived(claim: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """All the claim's derived stems (`derived_terms`), remembered on its parse."""
    return remembered(claim, ("every derived", vocab), lambda: frozenset(
        t for _, derived in derivations_of(claim, vocab) for t in derived))


def every_unprefixed(text: Parsed) -> frozenset[str]:
    """What is left of all the text's terms `prefixes_off` takes a prefix off: the text's
    alone, remembered on its parse."""
    return remembered(text, ("every unprefixed",), find_every_unprefixed, text)


def find_every_unprefixed(text: Parsed) -> frozenset[str]:
    return frozenset(
        word for _, words in prefixes_off(text) for word in words)


def without_prefix(terms: set[str]) -> set[str]:
    """The words left when a prefix that keeps a word's sense and polarity is taken off:
    "overstretched" states "stretched", "redeployed" "deployed" (not "unchanged" "changed":
    negative prefixes deny, `facts.prefixed_denials`); 4 letters or more are left."""
    return {t[len(p):] for t in terms for p in PREFIXES_BY_LETTER.get(t[:1], ())
            if len(t) - len(p) >= 4 and t.startswith(p)}


def prefixed(term: str, terms: set[str]) -> bool:
    """`term` is one of `terms` with a prefix that keeps its sense (`without_prefix`)."""
    return term in without_prefix(terms)


@lru_cache(maxsize=8192)
def derived_stems(word: str, analyzer) -> frozenset[str]:
    """The stems of a word's derivationally related forms, its own stem left out."""
    own = set(analyzer.terms(word))
    return frozenset(t for form in derived_forms(word) for t in analyzer.terms(form)) - own


@lru_cache(maxsize=4096)
def irregular_stem(term: str, analyzer) -> str | None:
    """The stem of the verb an irregular form is ("withdrew" -> withdraw), or None."""
    verb = wordnet.irregular_base(term) if term.isalpha() else None
    if not verb:
        return None
    base = analyzer.terms(verb)
    return base[0] if len(base) == 1 and base[0] != term else None


def same_value(mine: Mention, theirs: Mention) -> bool:
    """The same figure, not one within a hedge; a fraction is the percent it rounds to, hedged
    as a rounding ("roughly two-thirds" / "67 percent"); a span of time in another unit is the
    same length ("ten years" / "a decade"); an order of magnitude is the figures it holds
    ("tens of thousands" / "13,200"); an open date or time is the reading stated ("03/04" /
    "3 April", `qa.claims.open_readings`)."""
    if open_reading(mine) and mine.family == theirs.family:
        return readings_agree(mine, theirs)
    return mine.family == theirs.family and mine.day == theirs.day \
        and (mine.value == theirs.value or "fraction" in (mine.bound, theirs.bound)
             or same_span(mine, theirs) or rounded_share(mine, theirs) or holds(mine, theirs))


def prefixed_alike(claim: Parsed, sentence: Parsed, analyzer) -> bool:
    """The sentence denies a word the claim denies by a negative prefix (`claim.prefixed`:
    "unenforceable") with the same prefix on another form of the same word
    ("unenforceability"), which WordNet, listing no antonym for the derived form, does not
    give as a denial; or the claim denies that its verb can be done, as the sentence's
    negated "-able" word does (`denied_ability`)."""
    if not claim.prefixed:
        return False
    if denied_ability(claim, sentence, analyzer):
        return True
    for token in sentence.tokens:
        prefix, rest = negative_prefix(token.word.lower())
        if len(rest) >= 4 and any(
                claim.text[s:e].lower().startswith(prefix)
                and set(analyzer.terms(claim.text[s:e].lower()[len(prefix):].lstrip("-")))
                & set(analyzer.terms(rest)) for s, e in claim.prefixed.values()):
            return True
    return False


# a word made of a verb and the suffix of possibility: "enforce" + "able", "-ability", "-ably"
ABLE_RE = re.compile(r"(.{3,}?)e?(?:ab|ib)(?:le|ly|ilit)")


def denied_ability(claim: Parsed, sentence: Parsed, analyzer) -> frozenset[str]:
    """The terms of the claim's "impossible to V" ("unable to V") when the sentence denies
    the same verb by a negative prefix on its "-able" form ("unenforceable",
    "unenforceability", "unverifiable"): "-able" is "possible to be done", so the sentence
    states both words and their denial in one, a reading of English morphology WordNet does
    not give (it links "enforceable" to "enforce" but not "impossible to" to "un-"). Empty
    if none."""
    tokens = claim.tokens
    for i, token in enumerate(tokens[:-2]):
        prefix, rest = negative_prefix(token.word.lower())
        if not prefix or rest not in ABILITY or tokens[i + 1].word.lower() != "to" \
                or tokens[i + 1].brk or tokens[i + 2].brk:
            continue
        verb = set(analyzer.terms(tokens[i + 2].word.lower()))
        for theirs in sentence.tokens:
            denial, stem = negative_prefix(theirs.word.lower())
            able = ABLE_RE.match(stem) if denial else None
            if able and verb & set(analyzer.terms(able.group(1))):
                return frozenset(token.terms) | verb
    return frozenset()
