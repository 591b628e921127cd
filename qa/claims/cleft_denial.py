"""A party a cleft denies a deed: "It was not X who questioned them; they escorted Y".

A cleft denial names the deed it denies the party ("who questioned civilians") and often,
in the same breath, the part the party did play ("they were escorting the team that did").
A sentence naming the party ("escorted by peacekeepers from the X contingent") affirms the
party, but not in the denied deed's role: it contradicts the claim only if it tells that deed
(its word or a synonym), and not with the party as the agent of another participle the claim
itself tells ("escorted by" / "they were escorting"): there the party is in the role the
claim gives it.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import BE, Parsed, groups_of
from .vocabulary import Vocabulary

RELATIVES = frozenset("who that which".split())
MAX_PARTY = 6  # words between "not" and the relative: "the Bangladeshi peacekeepers"


def cleft_denied_deed(text: Parsed, term: str):
    """The token of the deed a cleft denies the party holding `term` ("It was not the X
    peacekeepers who questioned ...", or as the claim is read, "Not the X peacekeepers
    questioned ...": questioned), or None when `term` is in no such denial."""
    tokens = text.tokens
    for n, token in enumerate(tokens):
        if token.word.lower() != "not":
            continue
        cleft = n >= 2 and tokens[n - 2].word.lower() == "it" \
            and tokens[n - 1].word.lower() in BE
        if not (cleft or n == 0 or tokens[n].brk):
            continue  # "not" opening the clause, or after its "it was"
        party = next((k for k in range(n + 1, min(n + 2 + MAX_PARTY, len(tokens)))
                      if term in tokens[k].terms), None)
        if party is None or any(t.brk for t in tokens[n + 1:party]):
            continue
        for k in range(party + 1, min(party + 1 + MAX_PARTY, len(tokens))):
            word = tokens[k].word.lower()
            if word in RELATIVES:
                return next((t for t in tokens[k + 1:k + 3] if t.terms), None)
            if tokens[k].brk:
                break
            if word.endswith("ed") and can_be_verb(word):
                return tokens[k]  # "Not the X peacekeepers questioned ..."
        return None
    return None


def deed_untold(denying: Parsed, term: str, affirming: Parsed, vocab: Vocabulary) -> bool:
    """`denying` denies the party of `term` a deed by a cleft, and `affirming` names the party
    in another role: it does not tell that deed (its word or a synonym), or it makes the party
    the agent of another participle that the denying text itself tells ("escorted by divers
    from the X coastguard, examine the hull" / "It was not the X divers who examined the
    hull; they were escorting ...")."""
    deed = cleft_denied_deed(denying, term)
    if deed is None:
        return False
    groups = groups_of(affirming, vocab)
    if not any(vocab.matches(t, affirming.terms, groups) for t in deed.terms):
        return True
    return any(set(w.terms) & denying.terms and not set(w.terms) & set(deed.terms)
               for w in agent_of_participle(affirming, term))


def agent_of_participle(text: Parsed, term: str) -> list:
    """The participles whose "by" phrase holds `term` ("escorted by divers from the X
    coastguard": escorted), within the phrase's clause piece."""
    tokens, found = text.tokens, []
    for n, token in enumerate(tokens):
        if term not in token.terms:
            continue
        for k in range(n, max(n - MAX_PARTY - 1, 0), -1):
            if tokens[k].word.lower() == "by" and k > 0 \
                    and tokens[k - 1].word.lower().endswith("ed") and not tokens[k].brk:
                found.append(tokens[k - 1])
                break
            if tokens[k].brk:
                break
    return found
