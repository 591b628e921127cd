"""A deed one text says was done without, which the other affirms: "could move about the
country without relying on the military" against "was heavily reliant on the military".

"without" before a noun denies the noun inside an adjunct, which a sentence may name in
another role, so `compare.flipped` reads no conflict from it (`ADJUNCT_NEGATIONS`). Before a
gerund it denies a predicate: "without relying on X" is "did not rely on X". The other text
affirms that predicate by the verb or a form WordNet derives from it ("reliant",
"reliance"), about the same thing: the content word right after both, past an adverb, is
the same ("on the military", `adverb_place.head_after`). A conflict of polarity, judged as
`flipped`'s.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, derived_forms
from ..types import Conflict, ConflictKind
from .adverb_place import head_after
from .facts import Parsed, Token, negated_word, remembered
from .vocabulary import Vocabulary

WITHOUT = "without"


def without_gerunds(text: Parsed) -> list[int]:
    """The indices of the gerunds right after "without" ("without relying"): the text's
    alone, remembered on its parse, as every pair asks it."""
    tokens = text.tokens
    return remembered(text, ("without gerunds",), lambda: [
        i + 1 for i, t in enumerate(tokens[:-1]) if t.lower == WITHOUT
        and not tokens[i + 1].brk and tokens[i + 1].lower.endswith("ing")
        and can_be_verb(tokens[i + 1].word)])


def denied_by_without(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The claim's "without" gerund that the sentence affirms, or the sentence's that the
    claim affirms, in the same place."""
    for i in without_gerunds(claim):
        other = affirmed_form(claim.tokens[i], claim, sentence, vocab)
        if other is not None:
            said = claim.text[claim.tokens[i - 1].start:claim.tokens[i].end]
            return [Conflict(said, other.word, ConflictKind.POLARITY, (other.start, other.end))]
    for i in without_gerunds(sentence):
        other = affirmed_form(sentence.tokens[i], sentence, claim, vocab)
        if other is not None:
            gerund = sentence.tokens[i]
            return [Conflict(other.word, sentence.text[sentence.tokens[i - 1].start:gerund.end],
                             ConflictKind.POLARITY, (sentence.tokens[i - 1].start, gerund.end))]
    return []


def affirmed_form(gerund: Token, denying: Parsed, affirming: Parsed, vocab: Vocabulary
                  ) -> Token | None:
    """The word of `affirming`, not negated there, that is the gerund's verb or a form
    derived from it, with the same content word after both."""
    forms = {t for w in derived_forms(gerund.word) for t in vocab.analyzer.terms(w)}
    forms.update(gerund.terms)
    after = head_after(denying, gerund)[0]
    if not after:
        return None
    for token in affirming.tokens:
        if forms.intersection(token.terms) \
                and not negated_word(affirming, token) \
                and after & head_after(affirming, token)[0]:
            return token
    return None

