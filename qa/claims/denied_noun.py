"""A deed the claim affirms by its noun that the sentence denies by its verb, done by the same
party to the same thing: "the Kessel process was marked by the inclusion of the guilds" /
"the Kessel process did not include the guilds", "the provision of more boats by the board" /
"the board did not provide the boats".

`forms.denied_forms` already refuses such a sentence as support (the noun is not stated by the
denied verb). It is a contradiction when the denial falls where the claim's deed stands: its
object (the content words after the noun, past its "of", and after the verb) shares a word,
and its party is the claim's, the name last before the verb in the sentence being the claim's
agent after "by" or the name last before the noun. A deed of one party set against another's
("Unlike Varro, the Kessel process was marked by the inclusion of the guilds" / "unlike
Kessel, the Varro talks did not include the guilds") is no contradiction: the two parties
differ.
"""
from __future__ import annotations

from .compare import as_text, name_found, negated
from .facts import Mention, Parsed, Token
from .forms import claim_derived
from .polarity import OBJECT_OPENERS
from .vocabulary import Vocabulary

REACH = 4  # content words of a deed's object: a determiner and "of" skipped ("of substantial
# additional resources", "the requisite resources")
OPENERS = OBJECT_OPENERS | {"of"}


def denied_noun(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                denied: frozenset[str]) -> tuple[Token, Token] | None:
    """(the claim's noun, the sentence's denied verb), or None. `denied`: the claim terms
    `forms.denied_forms` found denied in another form."""
    stems = dict(claim_derived(claim, vocab))
    for n, noun in enumerate(claim.tokens):
        if not noun.terms or noun.terms[0] not in denied:
            continue
        mine = object_terms(claim, n)
        for k, verb in enumerate(sentence.tokens):
            if not set(verb.terms) & stems.get(noun.terms[0], frozenset()) \
                    or not negated(sentence, verb) or not mine & object_terms(sentence, k):
                continue
            theirs = last_name(sentence, verb.start)
            if theirs is not None and any(name_found(party, as_text(theirs), vocab)
                                          for party in parties(claim, n)):
                return noun, verb
    return None


def object_terms(text: Parsed, k: int) -> set[str]:
    """The terms of up to REACH content words after the k-th word, in its clause."""
    found: list[Token] = []
    for token in text.tokens[k + 1:]:
        if token.brk or len(found) == REACH \
                or not (token.terms or token.word.lower() in OPENERS):
            break
        if token.terms:
            found.append(token)
    return {t for token in found for t in token.terms}


def parties(claim: Parsed, n: int) -> list[Mention]:
    """Who does the deed of the claim's n-th word: the name after its "by" in its clause
    ("the provision of boats by the board"), and the name last before it."""
    noun = claim.tokens[n]
    end = next((t.start for t in claim.tokens[n + 1:] if t.brk), len(claim.text))
    found = [m for m in claim.mentions if m.family == "name" and noun.end < m.start < end
             and claim.text[noun.end:m.start].lower().rstrip().endswith(("by", "by the"))]
    before = last_name(claim, noun.start)
    return found + ([before] if before is not None else [])


def last_name(text: Parsed, at: int) -> Mention | None:
    """The name that ends last before `at`."""
    names = [m for m in text.mentions if m.family == "name" and m.end <= at]
    return max(names, key=lambda m: m.end, default=None)
