"""Whether a sentence denies a word the claim negates (`denies_the_same`), however it
spells the negation: a negative prefix, a negation a few words before, another form or a
synonym of the word.
"""
from __future__ import annotations

from functools import lru_cache

from .adverb_words import manner_adverb
from .compare import synonym_terms
from .facts import SCOPE_BREAKERS, Parsed, is_negation
from .forms import derived_stems
from .paraphrase import paraphrases
from .vocabulary import Vocabulary

# how far before a word a negation may stand and still deny it, as a sentence paraphrasing a
# negated claim puts it (chosen on heldout: 2 lost "had not yet reached")
NEGATION_REACH = 3


def denies_the_same(claim: Parsed, sentence: Parsed, vocab: Vocabulary | None = None) -> bool:
    """The sentence denies a word the claim negates: by a negative prefix ("unchanged" for "not
    changed"), or by a negation at most NEGATION_REACH words before it in the same clause
    ("had not yet reached" for "had still not reached", "was not unanimously adopted" for "was
    not adopted unanimously"); a clause ends at a word that ends a negation's scope ("requires
    no fuel while providing ..." does not deny "providing"), unless the negation comes right
    before it ("not yet"). Another form of the word counts either way ("did not comply" /
    "noncompliance")."""
    denied = set(claim.negated) | negated_manner(claim)
    if vocab is not None:  # in another form: "not fully deployed" / "not yet reached full"
        negated = [token for token in claim.tokens if set(token.terms) & set(claim.negated)]
        denied |= {t for token in negated
                   for t in derived_stems(token.word.lower(), vocab.analyzer)}
        # or by a first-sense WordNet synonym: "did not back" / "did not endorse"
        denied |= {t for token in negated if token.word.isalpha()
                   for t in synonym_terms(token.word.lower(), vocab)}
        # or by a paraphrase of it, or one of the paraphrase's forms: "did not follow the
        # code" / "noncompliance with the code" (follow: comply; comply: compliance)
        denied |= {t for token in negated if token.word.isalpha()
                   for t in paraphrase_stems(token.word.lower(), vocab.analyzer)}
    if denied & set(sentence.prefixed):  # "remained unchanged" / "not changed"
        return True
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if not set(token.terms) & denied:
            continue
        j, reach = i - 1, NEGATION_REACH
        while j >= 0 and reach:
            if is_negation(tokens, j):
                return True
            if tokens[j + 1].brk or tokens[j].word.lower() in SCOPE_BREAKERS \
                    and not (j and is_negation(tokens, j - 1)):
                break
            reach -= bool(tokens[j].terms)  # "without a more robust": words without terms
            j -= 1  # (articles, "more") do not count
    return False


@lru_cache(maxsize=4096)
def paraphrase_stems(word: str, analyzer) -> frozenset[str]:
    """The stems of the word's one-word WordNet paraphrases (`paraphrase.paraphrases`) and of
    their derivationally related forms (remembered: asked of every sentence of a claim)."""
    return frozenset(t for other in paraphrases(word) if "_" not in other
                     for t in (*analyzer.terms(other), *derived_stems(other, analyzer)))


def negated_manner(claim: Parsed) -> set[str]:
    """The adverb of manner right after a word the claim negates, in the same clause: what a
    negation of the verb denies too ("failed to pass unanimously" is stated by "was not
    unanimously adopted": the negation falls on the manner)."""
    tokens = claim.tokens
    found = set()
    for i, token in enumerate(tokens[:-1]):
        if not set(token.terms) & set(claim.negated):
            continue
        # past a particle of the verb, a word without terms ("didn't get through unanimously")
        k = i + 1 + (not tokens[i + 1].terms and i + 2 < len(tokens)
                     and not tokens[i + 1].brk)
        if not tokens[k].brk and manner_adverb(tokens[k].word):
            found.update(tokens[k].terms)
    return found
