"""The claim's subject standing in the sentence as the partner of the claim's verb: the
phrase after its "to", "with" or "from" ("the harbour board gave new cranes to the ferry
company" / "the ferry company ... gave new cranes to the harbour board"; "Ostvik cut its
trade ties with the guild" / "the guild cut its trade ties with Ostvik").

The two texts share every word, so coverage reaches support; but the one who gave, cut or
took is the claim's partner there, and the claim's subject the one given to, cut off or taken
from. `mirrored` and `roles` read subjects and objects swapped right around the verb; the
partner stands after the object, and the sentence's subject may be far before its verb (a
list of its deeds: "the board repaired the pier, gave new cranes to ..."). Read where the
claim says it plainly: an active verb with its subject phrase right before it and a partner
phrase after its object, in its clause; the sentence's same verb (`roles.verb_places`),
active, whose partner phrase (the same preposition, in the verb's clause) holds the claim's
subject head and not the claim's partner head, which the sentence names elsewhere. Read for
abstention only: who did it is then the sentence's subject, which it may leave far or
unnamed.
"""
from __future__ import annotations

from .facts import Parsed
from .mirrored import head, phrase_before
from .opposition import active, finite
from .present_tense import present_after_name
from .roles import verb_places
from .vocabulary import Vocabulary

PARTNERED = frozenset(("to", "with", "from"))
REACH = 10  # words after the verb its partner's preposition may stand at
# words that end the verb's phrase before a partner: another clause or deed begins
ENDS = frozenset("that which who whom when while whereas but because and or as than after "
                 "before".split())


def partner_swapped(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> str | None:
    """The claim's subject phrase, where the sentence puts its head in the partner phrase of
    the claim's verb and the claim's partner head elsewhere; None otherwise."""
    for n, token in enumerate(claim.tokens):
        if not token.terms or n == 0 or token.brk \
                or not (finite(claim, n) and active(claim, n) or present_after_name(claim, n)):
            continue
        subject = phrase_before(claim, n)
        if subject is None:
            continue
        if noun_partner_swapped(claim, n, head(claim, subject), sentence):
            return subject.text
        mine = partner(claim, n)
        if mine is None:
            continue
        preposition, partner_terms = mine
        subject_head = head(claim, subject)
        if not subject_head or subject_head & partner_terms:
            continue
        for k in verb_places(token, sentence, vocab):
            if not finite(sentence, k) or not active(sentence, k):
                continue
            theirs = partner(sentence, k)
            if theirs is None or theirs[0] != preposition:
                continue
            if subject_head <= theirs[1] and not partner_terms & theirs[1] \
                    and partner_terms <= sentence.terms:
                return subject.text
    return None


def noun_partner_swapped(claim: Parsed, n: int, subject_head: frozenset[str],
                         sentence: Parsed) -> bool:
    """The claim's object noun right before its partner's preposition ("gave support to the
    guild") stands in the sentence right before the same preposition with the claim's subject
    head as its partner, the claim's partner head named elsewhere: "the guild's budget
    included support to the board" tells the board given the support, whatever verb the
    sentence gives the noun ("included", "incorporated"), and the claim's giver the one given
    to. A noun of a deed keeps its partner as its verb does; the noun's own modifiers may be
    joined by "and" ("financial and legal support to")."""
    tokens = claim.tokens
    if not subject_head:
        return False
    for j in range(n + 2, min(len(tokens), n + 1 + REACH)):
        word = tokens[j].word.lower()
        if tokens[j].brk or word in ENDS and word != "and":
            return False
        if word not in PARTNERED:
            continue
        noun, mine = tokens[j - 1], partner(claim, j - 2)
        if not noun.terms or not noun.word.isalpha() or mine is None \
                or subject_head & mine[1]:
            return False
        return any(swapped_at(sentence, k, noun.terms, mine, subject_head)
                   for k in range(1, len(sentence.tokens) - 1))
    return False


def swapped_at(sentence: Parsed, k: int, noun: tuple[str, ...],
               mine: tuple[str, frozenset[str]], subject_head: frozenset[str]) -> bool:
    """The sentence's k-th word is the claim's noun, its partner after the claim's preposition
    is the claim's subject and not its partner, whom the sentence names elsewhere."""
    tokens = sentence.tokens
    if tokens[k].terms != noun or tokens[k + 1].word.lower() != mine[0] or tokens[k + 1].brk:
        return False
    theirs = partner(sentence, k - 1)
    return theirs is not None and theirs[0] == mine[0] and subject_head <= theirs[1] \
        and not mine[1] & theirs[1] and mine[1] <= sentence.terms


def partner(text: Parsed, n: int) -> tuple[str, frozenset[str]] | None:
    """The preposition of the verb at `n`'s partner phrase and its head's terms (the last
    content word before a break, a word of `ENDS` or another preposition): the first of
    `PARTNERED` after the verb in its clause, within REACH, with an object between; None
    without one."""
    tokens = text.tokens
    for j in range(n + 1, min(len(tokens), n + 1 + REACH)):
        word = tokens[j].word.lower()
        if tokens[j].brk or word in ENDS:
            return None
        if word in PARTNERED:
            if j == n + 1:
                return None  # "turned to", "met with": a phrasal verb, no object before it
            last = None
            for t in tokens[j + 1:j + 1 + REACH]:
                if t.brk or t.word.lower() in ENDS or t.word.lower() in PARTNERED:
                    break
                if t.terms and t.word.isalpha():
                    last = t
                elif last is not None and t.word.lower() == "of":
                    break  # "the heads of state": the phrase's head is before "of"
            if last is None:
                return None
            return word, frozenset(last.terms)
    return None
