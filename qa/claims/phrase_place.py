"""Whether a name or a relation in conflict stands inside a phrase the claim and the
sentence share: "a Danish field hospital at the harbour camp" / "a Norwegian field hospital
to the harbour camp", "families of the lagoon moved closer to the depot" / "families of the
lagoon moved away from the depot", "granted guild inspectors access" / "blocked guild
inspectors from visiting".

A differing name is what another event of the same passage most often has, so a conflict
needs most of the claim's other words (`check.CONTRADICT`), and a claim that retells a
sentence in words of its own often falls short of them. But where the word right beside the
conflict is the sentence's word beside it, a content word (the thing the name or relation is
said of: the noun it modifies, the object it governs, the verb it qualifies), and the next
word outward is shared as well, in the same order and unbroken by a clause break (two content
words or more, the small words between them alike, an article aside), the two texts say one
phrase with one slot filled otherwise: the claim's fact replaced in its own place, as an
opposite beside the same word is the claim's relation reversed (`placement.opposed_in_place`),
and the rest needs only as much as for that (`check.REVERSED_REST`). One word in common beside
it is not enough ("in Norland", "the mission" stand beside any fact of a passage), nor is a
phrase that begins with a small word ("died at the quay" / "joined at the quay": another
deed at the same place, as often as this one reversed). Not a figure or a date: another value
beside the same words is another event's as often as the claim's, and the values have places
of their own (`qa.claims.count_place`, `unit_place`, `deadline_place`, `anchored`). Nor a
relation only the one-link opposite tables oppose (`opposite_in_place.one_link_further`):
they join words through any of their senses, and such a reversal keeps the whole bar. The run
is read outward from the conflict on either side, its words compared by their terms (the
analyzer's stems), the words without terms (prepositions, auxiliaries) as written.
"""
from __future__ import annotations

from ..types import VALUE_KINDS, Conflict
from .facts import DETERMINERS, Parsed, Token
from .opposite_in_place import one_link_further

# content words the claim and the sentence must share, in order, right beside the conflict
PHRASE_WORDS = 2


def replaced_in_phrase(conflicts: list[Conflict], claim: Parsed, sentence: Parsed) -> bool:
    """One conflict of a name or a relation, each side one span of its text, with a shared
    phrase right before or right after both (`shared_run`)."""
    if len(conflicts) != 1 or conflicts[0].span == (0, 0) or conflicts[0].kind in VALUE_KINDS \
            or one_link_further(conflicts[0]):
        return False
    conflict = conflicts[0]
    start = claim.text.find(conflict.claim)
    if start < 0:
        return False
    mine = covering(claim.tokens, start, start + len(conflict.claim))
    theirs = covering(sentence.tokens, *conflict.span)
    if mine is None or theirs is None:
        return False
    return any(shared_run(claim.tokens, mine, sentence.tokens, theirs, step) >= PHRASE_WORDS
               for step in (-1, 1))


def covering(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The first and last index of the tokens inside `start`-`end`."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start and t.end <= end]
    return (inside[0], inside[-1]) if inside else None


def shared_run(mine: list[Token], my_span: tuple[int, int], theirs: list[Token],
               their_span: tuple[int, int], step: int) -> int:
    """How many content words the two texts share, in order, going outward from their spans
    (`step` -1: before them, 1: after them), up to the first word that differs or a clause
    break in either; articles are passed over in both. 0 unless the first word shared is
    a content word: the phrase is what the conflicting word is said of."""
    i = my_span[0] if step < 0 else my_span[1]
    j = their_span[0] if step < 0 else their_span[1]
    shared = 0
    while True:
        if broken(mine, i, step) or broken(theirs, j, step):
            return shared
        i, j = past_articles(mine, i + step, step), past_articles(theirs, j + step, step)
        if not (0 <= i < len(mine) and 0 <= j < len(theirs)) \
                or not same_word(mine[i], theirs[j]):
            return shared
        if not shared and not mine[i].terms:
            return 0
        shared += bool(mine[i].terms)


def broken(tokens: list[Token], i: int, step: int) -> bool:
    """A clause break between token `i` and the next one outward (`Token.brk` marks one right
    before its token)."""
    k = i + 1 if step > 0 else i
    return 0 <= k < len(tokens) and tokens[k].brk


def past_articles(tokens: list[Token], i: int, step: int) -> int:
    while 0 <= i < len(tokens) and tokens[i].word.lower() in DETERMINERS \
            and not broken(tokens, i, step):
        i += step
    return i


def same_word(a: Token, b: Token) -> bool:
    if a.terms or b.terms:
        return bool(set(a.terms) & set(b.terms))
    return a.word.lower() == b.word.lower()
