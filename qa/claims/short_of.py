"""The words of a claim's "stopped short of" that only deny the deed after them.

"Bamako stopped short of disrupting the flows" says that Bamako did not disrupt them: "stopped
short of" (and "fell short of") is the negation, as `facts.denied_gerund` reads it, not a
deed of its own. A sentence that denies the same deed otherwise ("have done nothing as drastic
as disrupting the flows", "did not disrupt the flows") states the claim, but "stopped" and
"short" are words it does not write, and they weighed as facts left unstated. They count as
stated, for support only, where the sentence denies the claim's gerund, the same verb: a
sentence that affirms it, or denies another deed, states nothing of the cue.
"""
from __future__ import annotations

import re

from .facts import Parsed, denied_gerund, negation_cues, remembered

CUE_RE = re.compile(r"\bshort\s+of\b|\bfar\s+as\b", re.I)  # the cheap test: most claims have none


def cued(claim: Parsed) -> bool:
    return bool(CUE_RE.search(claim.text))


def short_of_cued(claim: Parsed) -> bool:
    """`cued`, remembered on the claim's parse: asked for every sentence."""
    return remembered(claim, ("short of cue",), cued, claim)


def short_of_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the verb and "short" of each "stopped short of V-ing" of the claim whose
    V the sentence denies."""
    if not short_of_cued(claim):
        return frozenset()  # (the claim's test, once: asked for every sentence)
    tokens = claim.tokens
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if token.word.lower() not in ("of", "as") or not denied_gerund(tokens, i):
            continue
        deed = tokens[i + 1]
        if deed.terms and all(t in sentence.negated for t in deed.terms):
            # "stopped short", or "go (as) far" after its negation
            cue = tokens[i - 2:i] if token.word.lower() == "of" else tokens[i - 3:i]
            found.update(t for word in cue for t in word.terms)
    return frozenset(found)


def denied_short_of(sentence: Parsed) -> bool:
    """Every negation of the sentence denies a deed by its degree ("have done nothing as
    drastic as disrupting the flows", "fell short of meeting"), and it has one: the sentence
    denies that deed as plainly as "did not disrupt" does, though `Parsed.has_negation`
    leaves gerund cues out. Not a verb of prevention ("blocked the inspectors from
    visiting"): there the one denied is another than the subject."""
    cues = negation_cues(sentence)
    return bool(cues) and all(sentence.tokens[i].word.lower() in ("as", "of") for i in cues)
