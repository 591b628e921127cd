"""A thing the sentence says was done without, which the claim says was there: "the mandate
was extended without the provision of additional resources" against "the extension was
accompanied by a provision of additional resources".

"without" denies a noun inside an adjunct, and a claim may name the same noun in another role
("withdraw its uniformed personnel" / "a mission without uniformed personnel"), so a lone
noun after "without" is read as a conflict nowhere (`compare.ADJUNCT_NEGATIONS`). A longer
phrase the claim repeats word for word in the affirmative ("provision of additional
resources") is the same thing, present in the claim and absent in the sentence.
"""
from __future__ import annotations

from .facts import Parsed, Token, clause_words_after
from .forms import derived_stems
from .reversals import denied_clause
from .vocabulary import Vocabulary

WITHOUT = "without"
LEAST = 2  # content words of the phrase: "the provision of additional resources" has three
MOST = 5


def denied_phrase(tokens: list[Token], i: int) -> list[Token]:
    """The content words of the phrase after the "without" at i, to the clause's end."""
    return clause_words_after(tokens, i, MOST)


def affirmed_without(claim: Parsed, sentence: Parsed) -> tuple[Token, Token] | None:
    """The claim's first word of a phrase the sentence puts after "without", the claim
    stating the phrase's content words in the same order, none of them denied and no
    "without" of its own; and the sentence's "without". None if there is none."""
    if any(t.word.lower() == WITHOUT for t in claim.tokens):
        return None
    words = [t for t in claim.tokens if t.terms]
    for i, cue in enumerate(sentence.tokens):
        if cue.word.lower() != WITHOUT:
            continue
        phrase = denied_phrase(sentence.tokens, i)
        if len(phrase) < LEAST:
            continue
        for k in range(len(words) - len(phrase) + 1):
            run = words[k:k + len(phrase)]
            if all(set(a.terms) & set(b.terms) for a, b in zip(run, phrase)) \
                    and not any(t in claim.negated for a in run for t in a.terms) \
                    and not denied_clause(claim, claim.tokens.index(run[0])):
                return run[0], cue  # (a negation before it in its clause denies the
                # phrase too: "was not accompanied by a provision of" says "without")
    return None


def denied_by_verb(claim: Parsed, sentence: Parsed, derived: frozenset[str],
                   vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's "without" before a noun of an act that the sentence states by
    its verb, denied ("proceeded without the inclusion of the crews" / "did not include the
    crews"): the same denial, in the noun's place. `derived`: the claim's terms the sentence
    states in another form (`forms.derived_terms`)."""
    if not derived or not sentence.negated:
        return frozenset()
    for i, cue in enumerate(claim.tokens):
        if cue.word.lower() != WITHOUT or not cue.terms:
            continue
        phrase = denied_phrase(claim.tokens, i)
        head = phrase[0] if phrase else None
        if head is not None and head.terms[0] in derived \
                and derived_stems(head.word.lower(), vocab.analyzer) & sentence.negated.keys():
            return frozenset(cue.terms)
    return frozenset()
