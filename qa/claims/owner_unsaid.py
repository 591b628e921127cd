"""A claim's name that only says whose a thing is, against a sentence that tells the thing
with no owner and names another body elsewhere.

"The harbour board's annual audit, due in May, was run by the port staff" and "an annual
audit, due in May (apart from the yearly report to the city council), run by the port staff"
tell one audit. The claim's "harbour board" stands before "annual audit" as its owner; the
sentence gives the audit none, and its "city council" is the addressee of another thing, a
report. Read as two actors in one place, the pair was a conflict of names, and a true claim
was called contradicted (round 73, branch sc80: three claims of one shape).

Dropped here: every conflict is of two names, neither a country, the claim's name standing
right before a noun of a thing (no person or group: an actor noun's name is the actor's own
kind, "UN troops"), whose head the sentence states, giving it no owner of its own
(`named_modifier.noun_owners`: a name before it, its genitive, its "by" or "from"), and the
sentence's name qualifies no word of that noun. "The city council's audit" or "an audit by
the city council" still conflicts.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun
from ..text.analyze import load_stopwords
from ..types import Conflict, ConflictKind
from .facts import ARTICLES, POSSESSIVE_ENDINGS, Parsed, Token
from .named_modifier import noun_owners

LONGEST_NOUN = 3  # words of the owned noun phrase: "annual audit", "internal review"


def owner_unsaid(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Every conflict is a name the claim puts before a thing's noun that the sentence
    tells with no owner, the sentence's name not qualifying it (see the module)."""
    if not conflicts or any(c.kind != ConflictKind.ACTOR for c in conflicts):
        return False
    for c in conflicts:
        if any(m.kind == "country" and m.text in (c.claim, c.source)
               for text in (claim, sentence) for m in text.mentions):
            return False  # a country is unambiguous wherever it stands
        head = owned_head(claim, c.claim)
        if head is None or actor_noun(head.word) is not None:
            return False
        told = [k for k, t in enumerate(sentence.tokens)
                if t.word.islower() and set(head.terms) & set(t.terms)]
        if not told or any(noun_owners(sentence, j, False)
                           for k in told for j in phrase_words(sentence, k)):
            return False  # the thing untold, or given an owner: `named_modifier` reads it
        theirs = owned_head(sentence, c.source)
        if theirs is not None and set(head.terms) & set(theirs.terms):
            return False  # "the city council's audit": the sentence's name owns it
        if not addressee(sentence, c.span):
            return False  # "the government of Chile has the duty": the name may hold it
    return True


# prepositions after a noun that name whom or what a thing is for or about ("a report to the
# council", "a note on the line"), not who made or holds it ("by", "from", "of")
ADDRESSEE = frozenset("to on for with about against".split())


def addressee(sentence: Parsed, span: tuple[int, int]) -> bool:
    """The sentence's name at `span` is the object of an addressee preposition after a noun
    of a thing, past an article at most ("a report to the Port Council"): it complements
    that thing, and a name so placed neither does nor holds anything in the clause."""
    before = [t for t in sentence.tokens if t.end <= span[0]]
    if before and before[-1].word.lower() in ARTICLES and not sentence.tokens[
            len(before)].brk:
        before.pop()
    if len(before) < 2 or before[-1].word.lower() not in ADDRESSEE:
        return False
    noun = before[-2]
    return noun.word.isalpha() and noun.word.islower() and bool(noun.terms) \
        and actor_noun(noun.word) is None and not before[-1].brk


def phrase_words(text: Parsed, k: int) -> list[int]:
    """The k-th word and the lower-case words right before it in its noun phrase ("annual"
    of "the city council's annual audit"), where a name's owning genitive or modifier
    stands."""
    found = [k]
    stop = load_stopwords()
    while len(found) < LONGEST_NOUN and found[-1] > 0:
        t, before = text.tokens[found[-1]], text.tokens[found[-1] - 1]
        if t.brk or not before.word.isalpha() or not before.word.islower() \
                or before.word in stop:
            break
        found.append(found[-1] - 1)
    return found


def owned_head(claim: Parsed, name: str) -> Token | None:
    """The last word of the lower-case noun phrase right after the claim's name (past its
    "'s"), the name's owned thing: "audit" of "the Guild's annual audit of"; None if a
    verb, a break or nothing follows the name."""
    start = claim.text.find(name)
    if start < 0:
        return None
    end = start + len(name)
    tokens = claim.tokens
    k = next((i for i, t in enumerate(tokens) if t.end >= end), len(tokens))
    if k == len(tokens) or tokens[k].start < start:
        return None
    if tokens[k].word.endswith(POSSESSIVE_ENDINGS) and tokens[k].end > end:
        k += 1
    elif tokens[k].end == end:
        k += 1
    else:
        return None
    head = None
    stop = load_stopwords()
    for t in tokens[k:k + LONGEST_NOUN]:
        if t.brk or not t.terms or not t.word.isalpha() or not t.word.islower() \
                or t.word in stop:
            break
        head = t
    return head
