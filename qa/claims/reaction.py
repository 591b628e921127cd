"""Whether a sentence tells only the event the claim reacts to.

"The Council turned down the minister's request for a rapid force" and "the force requested by
the minister was endorsed by the Council" both tell what came of a request; "the minister
requested the Council to consider a rapid force" tells the request alone, though it states
most of the claims' words. A claim word that is no predicate of the claim (a noun: "the
minister's request"; a participle after a noun: "the force requested by") but the sentence's
own predicate ("requested"), while the sentence states none of the claim's predicates (not
by a synonym or another form), means the sentence is about the earlier event, and says nothing
of the claim's.
"""
from __future__ import annotations

from .actors import said
from .facts import Parsed, Token, groups_of
from .opposition import AUXILIARY_WORDS, inside_name
from .polarity import predicate
from .vocabulary import Vocabulary


def reaction_only(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]
                  ) -> tuple[Token, Token] | None:
    """The claim's unstated predicate and the sentence's predicate that is a word of the
    claim used as no predicate there ("requested" / "the minister's request"); None if the
    sentence states a predicate of the claim, or none of the claim's other words is its
    predicate."""
    mine = [(n, t) for n, t in enumerate(claim.tokens)
            if t.terms and t.word.isalpha() and predicate(claim, n) and not relative(claim, n)
            and not inside_name(claim, t)]
    if not mine or any(said(t, sentence, vocab, stated) for _, t in mine):
        return None
    verbs = {n for n, _ in mine}
    theirs = {term for k, t in enumerate(sentence.tokens)
              if t.terms and t.word.isalpha() and predicate(sentence, k) for term in t.terms}
    for n, token in enumerate(claim.tokens):
        if n not in verbs and token.terms and set(token.terms) <= theirs \
                and not inside_name(claim, token):
            return mine[0][1], token
    return None


def relative(text: Parsed, n: int) -> bool:
    """The n-th word is a participle after a noun with its agent after it ("the force
    requested by the minister"): it says which thing, not what the clause says of it."""
    tokens = text.tokens
    return n + 1 < len(tokens) and tokens[n + 1].word.lower() == "by" and n > 0 \
        and tokens[n - 1].word.lower() not in AUXILIARY_WORDS and not tokens[n].brk
