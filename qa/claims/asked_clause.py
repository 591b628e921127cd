"""What a claim says was asked for, beyond the asking: a clause after a verb of asking whose
own subject is a name the sentence never writes ("asked that Stavanger take charge of the
dredging", "urged Bergen to pay for it").

`asked_that` withholds support where the sentence tells no asking. A sentence that tells the
asking but not what the claim adds to it reached support too: "In May the guild demanded the
harbour master's dismissal" covers "In May the guild demanded the harbour master's dismissal
and asked that Bergen appoint his successor" but for two words, and the passage named Bergen
elsewhere ("Bergen's council abstained"), so the name counted as stated. A successor, a
second demand, is a fact of its own.

Read here: a verb of asking or proposing (`unsaid.asks_for`) followed by "that" and a name, or
by a name and "to", the name opening the asked-for clause as its doer. Support is withheld
when the sentence writes that name nowhere and states none of the clause's words after the
name ("take", "charge", "dredging"). A clause whose doer the sentence names ("asked that the
guild be heard": the guild is the asker's own), or whose deed it states, is left to coverage.
"""
from __future__ import annotations

from .actors import said
from .facts import Parsed, Token
from .unsaid import asks_for
from .vocabulary import Vocabulary


def name_at(text: Parsed, i: int):
    """The name mention the i-th word opens, or None."""
    if i >= len(text.tokens):
        return None
    start = text.tokens[i].start
    return next((m for m in text.mentions if m.family == "name" and m.start == start), None)


def written(name: str, sentence: Parsed) -> bool:
    """The sentence writes the name, or a name holding it or held by it."""
    name = name.lower()
    return any(m.family == "name" and (name in m.text.lower() or m.text.lower() in name)
               for m in sentence.mentions) or name in sentence.text.lower()


def asked_doer_unnamed(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       stated: frozenset[str]) -> Token | None:
    """The name doing the deed the claim says was asked for, when the sentence neither writes
    it nor states a word of its deed; None otherwise."""
    tokens = claim.tokens
    for i, token in enumerate(tokens[:-2]):
        if not (token.word.islower() and asks_for(token.word)):
            continue
        k = i + 1
        if tokens[k].lower == "that" and not tokens[k].brk:
            k += 1
        if tokens[k].brk:
            continue
        name = name_at(claim, k)
        if name is None:
            continue
        after = next((n for n in range(k, len(tokens)) if tokens[n].start >= name.end), None)
        if after is None:
            continue
        if k == i + 1 and tokens[after].lower != "to":
            continue  # "asked Oslo for funds": the party asked, no doer of a clause
        if written(name.text, sentence):
            continue
        deed = []
        for t in tokens[after:]:
            if t.brk and t is not tokens[after]:
                break
            if t.terms and t.word.islower():
                deed.append(t)
        if deed and not any(said(t, sentence, vocab, stated) for t in deed):
            return tokens[k]
    return None
