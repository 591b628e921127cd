"""A party set aside by a "not" apposition: "The harbour board, not the city, closed the pier".

A "rather than" / "instead of" parenthesis sets the party aside alike (`denial_parenthesis`).

A "not" phrase between commas right before the verb ("X, not Y, closed ...") denies Y only the
subject's part in that verb: it says nothing of Y elsewhere. A sentence that names Y in another
clause ("as the city reopened the market, the harbour board closed the pier") affirms Y, but
not as the one who did the deed, so it does not reverse the claim; the reading of a negation as
the polarity of its nearest word called such true claims contradicted. The sentence reverses
the claim only where it gives Y that part: Y and the verb (or a synonym) in one clause piece,
Y at most GAP words before it ("the city has closed the pier"), or Y in the verb's "by" phrase
("closed by the city"); a sentence that never tells the verb says nothing of who did it.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .clause_ends import clause_end, clause_start
from .denial_parenthesis import denial_opened
from .facts import Parsed
from .vocabulary import Vocabulary

MAX_PARTY = 6  # words of the set-aside party: "the regional harbour board"
# words between a subject and its verb: auxiliaries and an adverb ("has quickly closed"); a
# party further off is the subject of another verb ("will face delays reopening the pier")
GAP = 3


def apposed_deed(text: Parsed, term: str):
    """The verb token whose subject part a "not" apposition holding `term` denies ("X, not the
    city, closed": closed), or None when `term` is in no such apposition."""
    tokens = text.tokens
    for n, token in enumerate(tokens):
        first = denial_opened(tokens, n) if n else None
        if first is None:
            continue  # only a "not" (a "rather than") after a comma, the subject before it
        end = next((k for k in range(first, min(first + 1 + MAX_PARTY, len(tokens)))
                    if tokens[k].brk), None)
        if end is None or not any(term in t.terms for t in tokens[first:end]):
            continue
        verb = tokens[end]
        if verb.word.lower().endswith("ed") and can_be_verb(verb.word.lower()):
            return verb  # the phrase closed by a comma right before a past verb
    return None


def role_untold(denying: Parsed, term: str, affirming: Parsed, vocab: Vocabulary) -> bool:
    """`denying` sets the party of `term` aside from a verb by a "not" apposition, and
    `affirming` never gives the party that verb's subject part (`apposed_deed`)."""
    deed = apposed_deed(denying, term)
    if deed is None:
        return False
    tokens = affirming.tokens
    told = [k for k, t in enumerate(tokens) if any(alike(d, t, vocab) for d in deed.terms)]
    if not told:
        return True  # the deed untold: nothing said of who did it
    for k in told:
        for j in clause_piece(tokens, k):
            if term not in tokens[j].terms:
                continue
            if j < k and k - j - 1 <= GAP:
                return False  # "the city [has quickly] closed": the subject
            if j > k and "by" in (t.word.lower() for t in tokens[k + 1:j]):
                return False  # "closed by the city": the agent
    return True


def clause_piece(tokens, k: int) -> range:
    """The indexes of the tokens between the clause breaks around token k."""
    return range(clause_start(tokens, k), clause_end(tokens, k))


def alike(term: str, token, vocab: Vocabulary) -> bool:
    """The token states the term or a synonym of it (one of its synonym groups)."""
    if term in token.terms:
        return True
    own = vocab.groups.get(term)
    return own is not None and any(not own.isdisjoint(vocab.groups.get(t, ()))
                                   for t in token.terms)


def set_aside_party_told(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence gives the party the claim sets aside by a "not" apposition the very verb's
    subject or agent part ("the city, not the harbour board, closed the pier" / "the harbour
    board closed the pier"): it states the claim's other words, but of the party the claim
    denies the deed, so it must not support the claim."""
    terms = {t for token in claim.tokens for t in token.terms}
    return any(apposed_deed(claim, term) is not None and term in sentence.terms
               and not role_untold(claim, term, sentence, vocab) for term in terms)


def deed_not_given(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim's parenthesis sets a party aside from a past verb right after it
    (`apposed_deed`) and the sentence never gives that party the verb's subject or agent part
    (`role_untold`: "the harbour board will face delays reopening the pier" names the board
    far from the deed). False where the claim's verb is no past form: its part is not read
    here."""
    terms = {t for token in claim.tokens for t in token.terms
             if apposed_deed(claim, t) is not None}
    return bool(terms) and all(role_untold(claim, t, sentence, vocab) for t in terms)
