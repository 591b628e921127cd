"""The one holder of an undivided part, told of another party: "the chief duty to inspect the
ferries rests with the harbour board" against "the government of Norland has the chief duty to
inspect the ferries".

`holder_other` withholds support where the sentence gives a claim's part to another holder:
a duty may be shared, so no more is read there. A part qualified by an adjective that gives it
to one holder only ("chief", "main", "primary", "sole": `tools/wordnet_undivided.py`; or its
adverb: "is primarily the duty of X") has one
holder, and a sentence giving the same noun, qualified alike, to another holder contradicts
the claim (the same part, a conflict in its holder's role), as an antonym in place does. The
claim written the other way round (the board has it, the government assists) was left
not_found, its one sentence naming a holder the claim never gives the part.

Two holders are read as two parties only when they cannot be one body under two names: the
one names a country (or a demonym of one) and the other names no country and no capital
("the Mission" and "the government of Norland"); two bodies with names of no country ("the
Agency" and "ORVALIS") may be one body and its acronym, and two descriptions without a name
("the authorities" and "the government") one body reworded. Who holds a noun is read by
`held_roles` (the subject of "has", "rests with X", the genitive); the rest of the claim is
judged as for any conflict.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import undivided
from ..text.lexicon import capital_cities
from .adverb_words import adjective_forms
from .facts import Parsed, remembered
from .participants import Party
from .roles import holds, roles_at, verb_places
from .vocabulary import Vocabulary

REACH = 3  # words between an undivided adjective and its noun ("the sole legal right")


def sole_held_other(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                    ) -> tuple[Party, Party] | None:
    """(the claim's holder, the sentence's other holder) of a noun both qualify with an
    undivided adjective, where the two are a country's and a body of no country; None
    otherwise (see the module's docstring)."""
    for n, mine in remembered(claim, ("sole held nouns", vocab), sole_held, claim, vocab):
        token = claim.tokens[n]
        theirs = [held for k in verb_places(token, sentence, vocab) if undivided_before(sentence, k)
                  for r in [roles_at(sentence, k, vocab)] for held in r.get("holder", ())]
        if not theirs or holds(mine, claim, tuple(theirs), sentence, vocab):
            continue
        for a in mine:
            for b in theirs:
                if two_bodies(a, claim, b, sentence):
                    return a, b
    return None


def sole_held(claim: Parsed, vocab: Vocabulary) -> list:
    """(index, holders) of each claim noun an undivided adjective qualifies that has a
    holder (most claims have none)."""
    return [(n, held) for n in range(len(claim.tokens)) if undivided_before(claim, n)
            and (held := roles_at(claim, n, vocab).get("holder"))]


def undivided_before(text: Parsed, k: int) -> bool:
    """An undivided adjective among the few words before the k-th, in its phrase."""
    tokens = text.tokens
    for j in range(k - 1, max(k - 1 - REACH, -1), -1):
        if tokens[j + 1].brk:
            return False
        if undivided_word(tokens[j].lower):
            return True
    return False


@lru_cache(maxsize=8192)  # asked of the words before each claim noun and sentence noun
def undivided_word(word: str) -> bool:
    """An undivided adjective, or its adverb ("is primarily the duty of X", "solely")."""
    return word in undivided() or any(form in undivided() for form in adjective_forms(word))


def two_bodies(a: Party, claim: Parsed, b: Party, sentence: Parsed) -> bool:
    """The one participant names a country and the other names none, nor a capital: a state
    and a body of no state, never one body."""
    mine, theirs = names_in(a, claim), names_in(b, sentence)
    if not mine or not theirs:
        return False
    capitals = capital_cities()
    kinds = []
    for names in (mine, theirs):
        country = any(m.kind == "country" for m in names)
        capital = any(m.text.lower() in capitals for m in names)
        if capital and not country:
            return False  # a capital may stand for its country's government
        kinds.append(country)
    return kinds[0] != kinds[1]


def names_in(party: Party, text: Parsed) -> list:
    """The name mentions inside the participant's words."""
    return [m for m in text.mentions
            if m.family == "name" and party.start <= m.start < party.end]
