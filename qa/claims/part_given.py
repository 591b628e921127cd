"""A part the claim gives one of its parties, which the passage gives another party the claim
names: half a swap across the claim's words.

`roles.role_taken` withholds support where one verb's two roles are traded ("the guild
limited the council's trade" / "the council limited the guild's"). A swap
of a division of labour trades parts held at two words, and the passage may tell each part in
a sentence of its own: "the duty to inspect the ferries lies with the harbour board, with the
coast guard there to assist it" against "The coast guard has the chief duty to inspect the
ferries. The board is only there to assist it on patrols." The first sentence names only one of
the claim's parties and states every other word, so coverage supported the claim (0.7); the
next one gives the claim's board's part, assisting, to the coast guard.

Read here: a role at a word of the claim (`roles.roles_at`, with `held_roles`' holders of a
noun and agents of "there to"), which the passage gives at the same word (or its synonym or
derived noun) to another participant the claim names, while the claim's own holder holds it
nowhere in the passage, and that other participant holds none of the parts the claim gives
it there either, and one of them is given there to someone else: the swap crossed both ways.
Read wider (the other's part only left untold), it withheld 27 right supports of the read
sets, where the claim names one body twice ("the mission's presence", "MINUSMA's withdrawal")
and the two names are not tied. It is the last veto of its stage: a conflict read before it
is the better verdict. A passage that tells both the claim's reading and the swapped one, or names
the claim's holder by a form this reading does not tie (a pronoun), withholds nothing.
"""
from __future__ import annotations

from .facts import UNMADE, Parsed, remembered
from .participants import parties
from .roles import holds, role_slots, verb_readings
from .vocabulary import Vocabulary


def part_given_other(claim: Parsed, passage: Parsed, vocab: Vocabulary) -> bool:
    """The passage gives a part the claim gives one party to another party of the claim's,
    and neither holds its own part there (see the module's docstring)."""
    if not two_parties(claim, vocab):
        return False  # a swap needs two parties each holding a part of the claim's
    slots = role_slots(claim, vocab)
    readings = {}  # claim word -> the passage's roles at its places
    for n in {n for n, _, _ in slots}:
        readings[n] = verb_readings(claim.tokens[n], passage, vocab)
    if not any(readings.values()):
        return False
    participants = [(party,) for party in parties(claim, vocab)]
    for n, role, mine in slots:
        if own_told(mine, slots, readings, claim, passage, vocab):
            continue
        for r in readings[n]:
            theirs = r.get(role)
            if not theirs:
                continue
            for other in participants:
                if holds(other, claim, mine, claim, vocab) \
                        or not holds(other, claim, theirs, passage, vocab):
                    continue
                if not own_told(other, slots, readings, claim, passage, vocab) \
                        and own_given_away(other, slots, readings, claim, passage, vocab):
                    return True
    return False


def two_parties(claim: Parsed, vocab: Vocabulary) -> bool:
    """Two of the claim's role slots (`roles.role_slots`) are held by participants that are
    not one (`roles.holds`, of the claim against itself): what any swap needs. The claim's
    alone, remembered on its parse: it was read again with every sentence, and most claims
    fail it."""
    memo_key = ("two parties", vocab)
    found = claim.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, memo_key, find_two_parties, claim, vocab)
    return found


def find_two_parties(claim: Parsed, vocab: Vocabulary) -> bool:
    slots = role_slots(claim, vocab)
    return any(not holds(a, claim, b, claim, vocab) for _, _, a in slots for _, _, b in slots)


def own_told(held, slots, readings, claim: Parsed, passage: Parsed, vocab: Vocabulary) -> bool:
    """One of the claim's parts of these participants is given them somewhere in the passage,
    at the claim's word (its role there held by one of them)."""
    for n, role, mine in slots:
        if not holds(held, claim, mine, claim, vocab):
            continue
        if any(role in r and holds(mine, claim, r[role], passage, vocab) for r in readings[n]):
            return True
    return False


def own_given_away(held, slots, readings, claim: Parsed, passage: Parsed, vocab: Vocabulary
                   ) -> bool:
    """A part the claim gives these participants is given in the passage to another: the
    swap crossed both ways, each party's part told of someone else."""
    for n, role, mine in slots:
        if holds(held, claim, mine, claim, vocab) and any(
                r.get(role) and not holds(mine, claim, r[role], passage, vocab)
                for r in readings[n]):
            return True
    return False
