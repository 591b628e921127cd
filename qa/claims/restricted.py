"""A claim of routine or readiness against a source of exception: "routinely approve the
escorts" / "only approve the escorts as a last resort". An adverb that says the deed is done
as a matter of course (how often: "routinely", "regularly", "always"; how willingly:
"readily", "willingly", "eagerly") is reversed by an "only" that restricts the same verb to
some occasions: the sentence states the claim's deed, and contradicts its manner."""
from __future__ import annotations

from .facts import Parsed, Token, remembered
from .object_phrase import phrase_after
from .vocabulary import Vocabulary

# adverbs of indefinite frequency at the top of the scale, and of willingness (standard
# grammar's closed classes; "generally" and "usually" are left out: a rule with exceptions is
# still general, "generally accept escorts only as a last resort")
UNRESTRICTED = frozenset("always routinely regularly habitually systematically invariably "
                         "readily willingly eagerly gladly freely".split()) \
    | {"routine"}  # the adjective of a deed named by its noun: "the routine use of escorts"
ONLY = frozenset(("only",))
REACH = 2  # words between "only" and the verb it restricts ("only ever approve")
OBJECT = 4  # content words after a verb read as what it is done to


def restricted(claim: Parsed, sentence: Parsed, vocab: Vocabulary
               ) -> tuple[Token, Token] | None:
    """The claim's adverb of routine and the sentence's "only" before the verb the adverb
    goes with, when the sentence has no such adverb of its own; else None."""
    if not remembered(claim, ("routine adverb",), lambda: any(
            t.word.lower() in UNRESTRICTED for t in claim.tokens)):
        return None  # most claims (the sentence's words not gathered for each of its pairs)
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
                if any(set(t.terms) & set(verb.terms) for t in after) \
                        or same_object(claim, verb, sentence, n):
                    return token, other
    return None


def object_words(text: Parsed, k: int) -> list[Token]:
    """The content words after token `k` in its clause, up to OBJECT of them: what the verb
    at `k` is done to ("approve the use of armed escorts": use, armed, escorts)."""
    found = []
    for t in text.tokens[k + 1:]:
        if t.brk or len(found) >= OBJECT:
            break
        if t.terms:
            found.append(t)
    return found


def noun_phrase(text: Parsed, k: int) -> list[Token]:
    """The words right after token `k` up to the first function word past a content word
    ("welcome armed escorts from the mission": armed, escorts), within the clause."""
    return phrase_after(text, k, words=OBJECT)


def same_object(claim: Parsed, verb: Token, sentence: Parsed, n: int) -> bool:
    """The sentence restricts, by its "only" at `n`, a verb done to what the claim's verb is
    done to, the verb reworded ("routinely welcome armed escorts" / "only approve the use of
    armed escorts"): the head of the claim verb's object (the last word of the noun phrase
    after it) among the words of the restricted verb's object."""
    mine = noun_phrase(claim, claim.tokens.index(verb))
    if not mine:
        return False
    restricted_verb = next((k for k in range(n + 1, min(n + 2 + REACH, len(sentence.tokens)))
                            if sentence.tokens[k].terms), None)
    if restricted_verb is None:
        return False
    theirs = {t for token in object_words(sentence, restricted_verb) for t in token.terms}
    return bool(set(mine[-1].terms) & theirs)


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
