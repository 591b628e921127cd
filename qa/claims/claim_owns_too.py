"""The sentence's owner of a word that the claim gives the same word to elsewhere: no swap.

`opposition.owner_swapped` reads a word the claim gives to one name ("the Norlandic ministry
warned ...") that the sentence gives only to another ("... the Sudlandic ministry") as the
names in each other's places. But a claim may use the word twice, once for each party
("the Norlandic ministry warned that the Sudlandic ministry was stalling"), while the
sentence names the first party another way ("Norvik warned that the Sudlandic ministry was
stalling": the capital acting for its government) and gives the word only once. The
sentence's owner is then the owner of the claim's other use of the word, in its own place,
and no rival of the first: read as a swap, a true claim naming two governments by their
adjectives was called contradicted when the sentence named one by its capital (round 65,
branch capital69). A real swap ("the Sudlandic ministry warned that Norvik ...") is told by
the names' other places (`subjects`, `actors`), not by the owner of this word.
"""
from __future__ import annotations

from .facts import Mention, Parsed, Token


def owns_it_in_claim(claim: Parsed, head: Token, owner: Mention, alike, owner_of) -> bool:
    """Another use of `head`'s word in the claim is owned by a name `alike(name, owner)`
    holds for (the sentence's owner under any of its names); `owner_of(text, token)` reads a
    word's owner (`opposition.owner_of`, passed in: `opposition` reads this module)."""
    word = head.word.lower()
    for token in claim.tokens:
        if token is head or token.word.lower() != word:
            continue
        other = owner_of(claim, token)
        if other is not None and alike(other, owner):
            return True
    return False
