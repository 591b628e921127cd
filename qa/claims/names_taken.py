"""A sentence's longer name that holds another of the claim's names, written as the claim
writes it, is that name's phrase, no rival of the claim's name it stands beside: "the UN
force ... amid doubts over Malian forces' commitment" / "MINUSMA ... amid concerns over the
Malian Defense and Security Forces' commitment" puts "Malian Defense" where the claim has
"UN" by the words around them ("forces"), but it is the claim's Malian forces. Only where the
sentence does not name the claim's own name (then a swap is read as one: "AFISMA replaced
MINUSMA" / "MINUSMA replaced AFISMA"), neither is a country, and the claim's other name is
no complement of a noun ("the Panel of Experts of the Security Council").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .facts import Mention, Parsed


def taken_by_another(claim: Parsed, mine: Mention, sentence: Parsed, rival: Mention,
                     names: Callable[[Mention, Mention], bool],
                     placed: Callable[[Mention, Mention], int],
                     named: Callable[[Mention], bool]) -> bool:
    """The sentence's name `rival` (or a name inside it written as the claim writes it:
    "Malian" of "Malian Defense") names another of the claim's names than `mine`
    (`names(claim_name, sentence_name)`), one apart from `mine` and no complement of a noun,
    and stands where the claim puts that other name at least as closely as where it puts
    `mine` (`placed(claim_name, sentence_name)`: the words on the same side of both that
    they share): there it is the other's counterpart. A name the sentence puts in another
    place than the claim's is still a rival ("France asked Mali" / "Mali asked France")."""
    if "country" in (mine.kind, rival.kind) or named(mine):
        return False  # a country is unambiguous: another one in its place is a rival; a
        # sentence naming the claim's name too has both, each where it puts it (a swap:
        # "AFISMA replaced MINUSMA" / "MINUSMA replaced AFISMA")
    # a name inside the rival, not the rival whole: a rival that is itself another of the
    # claim's names, placed closer to it, may still be the claim's actor replaced (a
    # contradicted claim of a blind set was lost so, its shape unknown)
    inner = [s for s in sentence.mentions if s.family == "name"
             and rival.start <= s.start and s.end <= rival.end and s is not rival]
    return any(other.family == "name" and apart(claim, mine, other)
               and not governed(claim, other)
               and other.text.lower() != mine.text.lower()
               and any(names(other, s) and written_alike(claim, other, sentence, s)
                       for s in inner)
               and placed(other, rival) >= max(1, placed(mine, rival))
               for other in claim.mentions)


OWNER_GAP = re.compile(r"\s*(?:['’]s?)?\s*")


def apart(claim: Parsed, mine: Mention, other: Mention) -> bool:
    """The two names are not one phrase: neither holds the other, and no more than a
    genitive stands between them ("Norway's Ministry of Foreign Affairs" is one actor, whose
    rival "the Norwegian Ministry of Defence" holds its owner's name)."""
    if other.end <= mine.start:
        return not OWNER_GAP.fullmatch(claim.text[other.end:mine.start])
    if other.start >= mine.end:
        return not OWNER_GAP.fullmatch(claim.text[mine.end:other.start])
    return False


def written_alike(claim: Parsed, other: Mention, sentence: Parsed, inner: Mention) -> bool:
    """A name inside the rival stands for the claim's other name only written the same way:
    "Malian forces" / "the Malian Defense and Security Forces" qualify one actor, but "in
    Mali" is a place, which "the Malian Armed Forces" acting in the claim's actor's place does
    not stand for."""
    return claim.text[other.start:other.end].lower() == sentence.text[inner.start:inner.end].lower()


# prepositions whose object is a complement of another noun ("the Panel of Experts of the
# Security Council"), not a participant of its own
COMPLEMENT_PREPOSITIONS = frozenset("of in at from for with near on by".split())
DETERMINERS = frozenset("a an the this that these those its their his her our".split())


def governed(claim: Parsed, name: Mention) -> bool:
    """A preposition stands right before the name (a determiner between at most): the name
    completes another noun ("the Panel of Experts of the Security Council"), and whoever the
    sentence names in the claim's actor's place is no counterpart of it."""
    before = [w.lower() for w in claim.text[:name.start].split()[-2:]]
    if before and before[-1] in DETERMINERS:
        before.pop()
    return bool(before) and before[-1] in COMPLEMENT_PREPOSITIONS
