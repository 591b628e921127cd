"""A claim's clause of cause ("..., because Norland had ships in the fleet") is a fact of its
own, which a sentence stating the rest of the claim does not state by the names the two
clauses share.

Support weighs the claim's words by rarity over the whole claim, so a sentence stating the
main clause ("the ministry funded the survey") reaches SUPPORT however little it says of a
cause joined to it: "The ministry funded the survey because Norland had ships in the fleet"
was supported by "the survey, funded by the ministry of Norland, ...", where the only words
of the cause the sentence states are its names, which the main clause named too. A cause
clause's own fact is in the things its common words tell of: the passage must state RELATED
of their weight, as a sentence must of a participle's clause (`clause_shares.every_participle`). Its
verb (`predicate`) is left out, as are quantifiers: writers reword a cause's verb ("so many
came from the region" / "such a large proportion were provided by countries in the region").
Only "because" with a clause after it (not "because of", whose noun phrase is often a
paraphrase of a cause the sentence gives: "because of the threats" / "owing to threats").
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, irregular_base
from .facts import Parsed, Token, inside_name, remembered

QUANTIFIERS = frozenset("many much few several so".split())  # "so many peacekeepers"
AUXILIARIES = frozenset("do does did didn't doesn't don't not never will would could can "
                        "cannot can't should must may might".split())


def cause_clauses(claim: Parsed) -> list[set[str]]:
    """The terms of each clause after "because" in the claim, up to the next break or the end,
    but those of its verb, its names and its quantifiers; remembered on the parse."""
    return remembered(claim, ("cause clauses",), found_in, claim)


def found_in(claim: Parsed) -> list[set[str]]:
    tokens, found = claim.tokens, []
    for i, token in enumerate(tokens[:-1]):
        if token.word.lower() != "because" or tokens[i + 1].word.lower() == "of" \
                or tokens[i + 1].brk:
            continue
        end = next((k for k in range(i + 2, len(tokens)) if tokens[k].brk), len(tokens))
        clause = tokens[i + 1:end]
        verb = predicate(clause)
        terms = {term for t in clause if t is not verb and thing(claim, t) for term in t.terms}
        if terms:
            found.append(terms)
    return found


def predicate(clause: list[Token]) -> Token | None:
    """The clause's verb: its first word that can be a verb in a verb's form (a past, "-ed"
    or "-ing" form: "came", "had") or after an auxiliary or a negation ("didn't stick"); a
    participle after it ("the agreed timetable") tells of a thing."""
    for n, token in enumerate(clause):
        word = token.word.lower()
        if not word.isalpha() or not can_be_verb(word):
            continue
        if word.endswith(("ed", "ing")) or irregular_base(word) \
                or n and clause[n - 1].word.lower().replace("’", "'") in AUXILIARIES:
            return token
    return None


def thing(claim: Parsed, token: Token) -> bool:
    """A common word of the clause: no name or quantifier."""
    return token.word.islower() and not inside_name(claim, token) \
        and token.word.lower() not in QUANTIFIERS
