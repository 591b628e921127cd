"""A name a verb acts on, before a clause with a subject of its own, is not that clause's actor.

`compare.same_role` places two names in one role when a word after both is shared and
`role_link.tied_alike` finds it tied to each alike (a verb between in both). "Norland notified
the Council that it would recall its 300 engineers" shares "recall" and "engineers" with
"Sudland recalled its engineers": both across a verb. But the Council is the object of
"notified", the party told; the recall is done by the subject of the clause after it, "it"
(here Norland). Read as the claim's actor's rival, the Council made "Osterburg announced its
recall of engineers on 9 May" contradicted by a sentence on another country's act that
shares one word with it (round 66, branch capital70: a capital opening a claim had just
become a name, `facts.first_named`, so such claims now had an actor to set against it).

The reading is grammar only: the name follows a verb in a predicate's form (a past form, or
a verb after an auxiliary, `role_link.predicate_verb`), articles aside, so it is that verb's
object; and between it and the shared word a personal pronoun stands before a verb or an
auxiliary, opening a clause with its own subject. Both are needed: "prompting Sudland to
recall" has no subject of its own between (Sudland is the one who recalls), and "Sudland said
it would recall" has no verb before Sudland (the pronoun is most often Sudland itself).
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import ARTICLES, AUXILIARY_WORDS, Token

# personal pronouns that open a clause as its subject when a verb follows ("that it will",
# "after they left"); "it" is an object too, which the verb after it tells apart
SUBJECTS = frozenset("i we you he she it they".split())


def told_not_acting(tokens: list[Token], k: int, m: int, predicate_verb) -> bool:
    """The name whose first word is the k-th is the object of the verb before it and the m-th
    word, after it, stands in a clause of another subject (a pronoun before a verb between
    them). `predicate_verb`: `role_link.predicate_verb` (passed in: role_link asks this, no
    import cycle)."""
    if not 0 < k < m:
        return False
    n = k - 1
    while n >= 0 and tokens[n].lower in ARTICLES and not tokens[n + 1].brk:
        n -= 1
    if n < 0 or tokens[n + 1].brk or not predicate_verb(tokens, n):
        return False
    return any(tokens[j].lower in SUBJECTS
               and (tokens[j + 1].lower in AUXILIARY_WORDS or can_be_verb(tokens[j + 1].word))
               for j in range(k + 1, m - 1))
