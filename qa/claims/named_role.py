"""Another name in the role the claim gives its name by "as": "with the Harbour Board acting as
principal mediator" / "with Norland as the principal mediator".

A name the sentence does not give is left unverified, and a sentence that names another actor
is read as another event: most sentences naming another actor tell another thing it did. But
"NAME as ROLE" ("serving as", "acting as" may stand before the "as") says which actor holds the
role; where the sentence gives the same role's words to another name, in the same
construction, the two names are two accounts of who held that one role: the claim's name
replaced in its place, a conflict as a country replaced in its place is (`check.lone_country`).

Not read: a role of no content word ("as a whole"), a role the sentence words otherwise ("as
the principal mediator" / "as the main broker": no table of role synonyms is asked), a claim
whose name the sentence also gives (then the sentence may name both, one in another role).
"""
from __future__ import annotations

from ..text.analyze import load_stopwords
from .facts import Mention, Parsed, Token, remembered

# what may stand between the name and its "as": a verb of holding a role
HOLDING = frozenset("acting serving working".split())
# what may open the role after "as"
ROLE_OPENERS = frozenset("the a an its their".split())
ROLE_WORDS = 3  # content words of the role ("principal mediator", "chief negotiator")


def named_in_role(claim: Parsed, sentence: Parsed, absent: list[Mention]
                  ) -> tuple[Mention, Mention] | None:
    """The claim's name the sentence does not give (one of `absent`) and the sentence's name
    that the claim does not give, each followed by "as" and the same role's content words;
    None if there is no such pair."""
    for mine in absent:
        if mine.family != "name":
            continue
        role = role_after(claim, mine)
        if not role:
            continue
        for theirs in sentence.mentions:
            if theirs.family != "name" or theirs.text in claim.text:
                continue
            if role_after(sentence, theirs) == role:
                return mine, theirs
    return None


def role_after(text: Parsed, name: Mention) -> frozenset[str]:
    """The terms of the role the text gives the name right after it ("NAME [acting] as [the]
    principal mediator"), up to the next clause break; empty if none. The text's alone, by
    where the name ends: remembered on its parse (a claim's absent name is asked it again
    for every sentence, a sentence's names for every such claim)."""
    return remembered(text, ("role after", name.end), find_role_after, text, name.end)


def find_role_after(text: Parsed, end: int) -> frozenset[str]:
    """`role_after`, worked out from the words after `end`."""
    tokens = [t for t in text.tokens if t.start >= end]
    if not tokens or tokens[0].brk:
        return frozenset()
    if tokens[0].word.lower() in HOLDING:
        tokens = tokens[1:]
    if not tokens or tokens[0].word.lower() != "as" or tokens[0].brk:
        return frozenset()
    tokens = tokens[1:]
    if tokens and tokens[0].word.lower() in ROLE_OPENERS:
        tokens = tokens[1:]
    return frozenset(term for token in role_words(tokens) for term in token.terms)


def role_words(tokens: list[Token]) -> list[Token]:
    """The role's content words: those before the first clause break or function word."""
    found = []
    stop = load_stopwords()
    for token in tokens:
        if token.brk or not token.word.isalpha() or token.word.lower() in stop \
                or not token.word.islower() or len(found) == ROLE_WORDS:
            break
        found.append(token)
    return found
