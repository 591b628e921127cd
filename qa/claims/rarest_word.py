"""The claim's rarest word left unsaid: no support.

A sentence may state more than half of a claim (`check.SUPPORT`) by the words the claim shares
with its topic and still leave out the one word that makes the claim what it is: "the primary
greenhouse gases include water vapour, carbon dioxide and argon" against a sentence listing
every gas but argon, "a harsh climate" against "a mild climate". The word the claim says most
specifically is the one the corpus uses least: its rarest term, by the index's idf (the
claim's own weights). When the sentence states no term of that weight, it states the claim's
topic, not the claim, and does not support it.

Not asked for: a word the corpus never writes, which no sentence could state but by another
word (the claim's own wording: "switched" for "changed"); a figure, a date, a name or a country
(and any capitalised word: a name the parse does not read as one), each compared as a fact
(`qa.claims.compare`: "more than 1,000" is stated by "1,200", whose terms differ; a name may be
the passage's, `check.unverified`); a relation word or an adverb ("alongside" / "together
with"), which says how the claim's things stand, not what they are, and has rules of its own
(`qa.claims.opposition`, `qa.claims.adverbs`)."""
from __future__ import annotations

import re

from ..index.model import Index
from ..search.wordnet import adverbs
from .facts import Parsed
from .vocabulary import Vocabulary

HYPHENATED = re.compile(r"\w+(?:-\w+)+")


def rarest_terms(index: Index, claim: Parsed, weights: dict[str, float],
                 vocab: Vocabulary) -> frozenset[str]:
    """The claim's terms of the highest weight among those the corpus writes, the terms of
    its facts (`Parsed.mentions`: figures, dates, names, countries), of its capitalised words,
    relation words and adverbs, and any term with a digit left out; empty if none."""
    facts = {t for m in claim.mentions for t in vocab.analyzer.terms(m.text)} \
        | {t for token in claim.tokens if token.word[:1].isupper()
           or token.word.lower() in vocab.relations or token.word.lower() in adverbs()
           for t in token.terms}
    words = {term: weight for term, weight in weights.items()
             if term not in facts and not any(c.isdigit() for c in term)
             and index.doc_freq(term) > 0}
    if not words:
        return frozenset()
    top = max(words.values())
    return frozenset(term for term, weight in words.items() if weight == top)


def rarest_unsaid(rarest: frozenset[str], states: frozenset[str], sentence: Parsed,
                  vocab: Vocabulary) -> bool:
    """Whether the sentence states none of the claim's rarest terms (`states`: the terms it
    states, as `check.covered` counts them), nor one written with a hyphen ("over-using" for
    "overusing")."""
    return bool(rarest) and rarest.isdisjoint(states) and not any(
        not rarest.isdisjoint(vocab.analyzer.terms(word.replace("-", "")))
        for word in HYPHENATED.findall(sentence.text))
