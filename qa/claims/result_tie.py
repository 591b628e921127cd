"""A claim's connective of cause or result ("since fog closed the channel, ...", "... as a
result") stated by a sentence that ties the claim's two clauses itself: "Fog closed the
channel for a week, delaying the talks with the port".

Two neighbouring sentences read as one (`check.neighbour_pairs`) must state every word of
the claim, and a writer who joins the facts of two sentences into one long claim names
the tie between them with a connective no sentence writes: "Many crews lacked charts, and
since fog closed the channel, the talks with the port were delayed as a result" against
"Many crews lacked charts." then "Fog closed the channel for a week, delaying the talks with
the port." The second sentence tells the claim's cause and result itself, by a
participle of result after a comma (or a connective of result of its own), so the
connective's words may go unsaid.

Each connective is read on its own, in its own direction: its cause words must stand before
the sentence's tie and its result words after it. "since" opens its cause (the clause after
it, up to the next break, with a verb; "since the 2015 accord" says when); a connective of
result (`result_clause`) marks its result (the clause holding it), whose cause is the
claim's clause of cause before it ("since ..., ... as a result") or else the clause right
before it. A sentence that only sets the two facts side by side, or ties the
result to another cause, leaves the connective unsaid: the pair must then state it as any
word.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .clause_ends import clause_end
from .clause_parts import finite_clause
from .facts import DETERMINERS, Parsed, Token, remembered
from .result_clause import marker_at, result_spans

# subordinators of cause ("because" has no term: it is read for the cause of a result only)
CAUSE_OPENERS = ("since", "because")
# a sentence's own connective of result after a break ("..., so")
TIE_WORDS = frozenset(("so",))
# the words before a noun, never before a verb: a word after one is no verb ("few people")
NOUN_OPENERS = DETERMINERS | frozenset("few many some most several of in on at for to from by "
                                       "with".split())


def terms_of(tokens: list[Token]) -> frozenset[str]:
    return frozenset(term for t in tokens for term in t.terms)


def connective_sides(claim: Parsed) -> list[tuple[frozenset[str], frozenset[str],
                                                    frozenset[str]]]:
    """(the connective's terms, its cause's terms, its result's terms) for each connective of
    cause or result in the claim; remembered on the parse."""
    return remembered(claim, ("connective sides",), found_sides, claim)


def found_sides(claim: Parsed) -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    tokens, found = claim.tokens, []
    causes = cause_openings(claim)
    for i, end in causes:
        after = next((k for k in range(end + 1, len(tokens)) if tokens[k].brk), len(tokens))
        found.append((terms_of([tokens[i]]), terms_of(tokens[i + 1:end]),
                      terms_of(tokens[end:after])))
    for start, end, mark, mark_end in result_spans(claim):
        found.append((terms_of(tokens[mark:mark_end]), result_cause(claim, start, causes),
                      terms_of(tokens[start:mark] + tokens[mark_end:end])))
    return [(own, cause - own, effect - own) for own, cause, effect in found if own]


def cause_openings(claim: Parsed) -> list[tuple[int, int]]:
    """(opener, end) of each clause of cause the claim opens by "since" or "because" (not
    "because of"), up to the next break, with a verb: "since the 2015 accord" says when."""
    tokens, found = claim.tokens, []
    for i, token in enumerate(tokens[:-1]):
        if token.lower not in CAUSE_OPENERS or tokens[i + 1].brk \
                or tokens[i + 1].lower == "of":
            continue
        end = clause_end(tokens, i)
        if end < len(tokens) and clause_verb(claim, tokens[i + 1:end]):
            found.append((i, end))
    return found


def result_cause(claim: Parsed, start: int, causes: list[tuple[int, int]]) -> frozenset[str]:
    """The terms of the cause of the result clause starting at word `start`: the claim's
    clause of cause before it ("since ..., ... as a result"), else the clause right before
    it."""
    tokens = claim.tokens
    opener = next(((i, end) for i, end in reversed(causes) if end <= start), None)
    if opener is not None:
        return terms_of(tokens[opener[0] + 1:opener[1]])
    before = next((k for k in range(start - 1, -1, -1) if tokens[k].brk), 0)
    return terms_of(tokens[before:start])


def stated_causes(claim: Parsed) -> list[set[str]]:
    """The terms of each clause of cause the claim ties a result to by a connective of result
    ("since storms closed the shoals, ... as a result"): that tie is the claim's point, so the
    text stating the result must state its cause too (`clause_shares.every_result`)."""
    tokens, causes = claim.tokens, cause_openings(claim)
    found = []
    for start, _, _, _ in result_spans(claim):
        opener = next(((i, end) for i, end in reversed(causes) if end <= start), None)
        if opener is not None:
            found.append({term for t in tokens[opener[0] + 1:opener[1]] for term in t.terms})
    return found


def clause_verb(claim: Parsed, words: list[Token]) -> bool:
    """The words hold a finite verb (`clause_parts.finite_clause`), or a plain present one: a
    word that can be a verb, neither "-ing" nor after a word that opens a noun phrase ("few
    crews sail", not "the peace", "few crews")."""
    if finite_clause(claim.text[words[0].start:words[-1].end]):
        return True
    return any(t.lower == t.word and not t.lower.endswith("ing") and can_be_verb(t.lower)
               and words[k - 1].lower not in NOUN_OPENERS
               for k, t in enumerate(words) if k)


def ties(sentence: Parsed) -> list[int]:
    """The word indices where the sentence ties a result to the clause before it: a present
    participle right after a break ("..., complicating the talks"), or a connective of result
    after one ("..., so the talks ...", "...; as a result, ..."); remembered on the parse."""
    return remembered(sentence, ("result ties",), found_ties, sentence)


def found_ties(sentence: Parsed) -> list[int]:
    tokens = sentence.tokens
    return [i for i, t in enumerate(tokens)
            if 0 < i < len(tokens) - 1 and t.brk
            and (t.lower.endswith("ing") and can_be_verb(t.lower)
                 or t.lower in TIE_WORDS or marker_at(tokens, i))]


def tied_connectives(claim: Parsed, sentences, weights: dict[str, float]) -> frozenset[str]:
    """The terms of the claim's connectives of cause or result that one of `sentences` (each a
    parse and the claim terms it states in any form) ties in the claim's direction: every
    weighted word of the connective's cause before one of its ties, and some of its result
    after it (`ties`). The whole cause is asked of the tying sentence: a pair that states the
    cause's words only between its two sentences ("the crews lacked fuel" / "fog
    closed the channel", the fog and the fuel traded) does not tie that cause."""
    sides = connective_sides(claim)
    if not sides:
        return frozenset()
    found = set()
    for sentence, said in sentences:
        for j in ties(sentence):
            before, after = terms_of(sentence.tokens[:j]), terms_of(sentence.tokens[j:])
            # a claim term the sentence states in another form, where it is not after the tie
            elsewhere = said - after
            found.update(t for own, cause, effect in sides
                         if after & effect and all(c in before or c in elsewhere
                                                   for c in cause if weights.get(c, 0) > 0)
                         for t in own)
    return frozenset(found)
