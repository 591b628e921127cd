"""A claim of routine or readiness against a source of exception: "routinely approve the
escorts" / "only approve the escorts as a last resort". An adverb that says the deed is done
as a matter of course (how often: "routinely", "regularly", "always"; how willingly:
"readily", "willingly", "eagerly") is reversed by an "only" that restricts the same verb to
some occasions: the sentence states the claim's deed, and contradicts its manner."""
from __future__ import annotations

from .facts import Parsed, Token
from .vocabulary import Vocabulary

# adverbs of indefinite frequency at the top of the scale, and of willingness (standard
# grammar's closed classes; "generally" and "usually" are left out: a rule with exceptions is
# still general, "generally accept escorts only as a last resort")
UNRESTRICTED = frozenset("always routinely regularly habitually systematically invariably "
                         "readily willingly eagerly gladly freely".split())
ONLY = frozenset(("only",))
REACH = 2  # words between "only" and the verb it restricts ("only ever approve")


def restricted(claim: Parsed, sentence: Parsed, vocab: Vocabulary
               ) -> tuple[Token, Token] | None:
    """The claim's adverb of routine and the sentence's "only" before the verb the adverb
    goes with, when the sentence has no such adverb of its own; else None."""
    said = {t.word.lower() for t in sentence.tokens}
    if said & UNRESTRICTED:
        return None
    for at, token in enumerate(claim.tokens):
        if token.word.lower() not in UNRESTRICTED:
            continue
        for verb in verbs_of(claim, at):
            for n, other in enumerate(sentence.tokens):
                if other.word.lower() not in ONLY:
                    continue
                after = sentence.tokens[n + 1:n + 2 + REACH]
                if any(set(t.terms) & set(verb.terms) for t in after):
                    return token, other
    return None


def verbs_of(claim: Parsed, at: int) -> list[Token]:
    """The words the adverb at `at` may go with: the first content word after it ("routinely
    approve"), and, when the adverb closes its clause, the REACH + 1 content words before it
    in the clause ("approve them routinely", "use tug escorts routinely")."""
    tokens = claim.tokens
    after = next((t for t in tokens[at + 1:at + 1 + REACH] if t.terms), None)
    closing = at + 1 == len(tokens) or tokens[at + 1].brk
    before = []
    for t in reversed(tokens[:at] if closing else ()):
        if t.terms:
            before.append(t)
        if t.brk or len(before) > REACH:  # the verb, its object's words, within the clause
            break
    return ([after] if after is not None else []) + before
