"""The start of a state of things, said by an adverb or by a phrase of time: "when it was first
set up, it was authorized to field 11,200" / "initially authorized to maintain a force of
11,200", "at the outset" / "initially", "at first" / "at the start".

WordNet files "initially, at first, at the start" as one adverb (`wordnet_adverb_phrases.txt`
gives "first" for "initially"), and lists "outset" and "beginning" with "start". A paraphrase
counts only in the word's own place (`qa.claims.paraphrase`), but this adverb dates the
clause, not the word beside it: a claim moves it into a clause of its own ("When the mission
was first set up, it was ...") or to the front ("At the outset, the mission was ..."), and the
source keeps it on its verb ("the mission, initially authorized to ..."). So the claim's
words of the start count as stated when the sentence says the start in one of these ways,
anywhere, with the claim's figures in its clause ("initially 40 barges, later 60" says the start
of 40 only). "First" only as an adverb of time (after "be" or "have", or before a past verb:
`facts.adverbial`), never as a rank ("the first convoy"). For support only (`check.align`).
"""
from __future__ import annotations

import re

from .auxiliaries import BE, HAVE
from .clause_ends import clause_end, clause_start
from .facts import Parsed, Token, adverbial, remembered

# the nouns of "at the outset", "at the start", "at the beginning", "in the beginning"
START_NOUNS = frozenset({"outset", "start", "beginning"})
ADVERBS = frozenset({"initially"})
PHRASE_RE = re.compile(r"\b(?:at|in)\s+the\s+(outset|start|beginning)\b(?!\s+of\b)"
                       r"|\bat\s+(first)\b(?!\s+(?:sight|glance|hand)\b)", re.I)
# words that put a clause after the start ("was later allowed", "has since risen")
LATER = frozenset("later subsequently afterwards afterward since now eventually then currently "
                  "today".split())
FIGURES = frozenset({"count", "percent", "amount"})
IDIOM_RE = re.compile(r"\s+(?:sight|glance|hand)\b", re.I)  # "at first sight": no time
BEFORE_FIRST = BE | HAVE


def initial_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the claim's words saying "at the start" that the sentence says too, in
    any of these ways."""
    mine = starts(claim)
    if not mine:
        return frozenset()
    theirs = [token for token in starts(sentence) if figures_inside(claim, sentence, token)]
    if not theirs:
        return frozenset()
    return frozenset(t for token in mine for t in token.terms)


def figures_inside(claim: Parsed, sentence: Parsed, token: Token) -> bool:
    """Whether the sentence's word of the start is not said of another time than the claim's
    figures: "initially authorized to maintain 40 barges, was later allowed to run 60" says the
    start of 40, not of 60 (a figure of the claim the sentence gives only in a clause that
    says "later", "since", "now" ...)."""
    return not later_figures(claim, sentence)


def later_figures(claim: Parsed, sentence: Parsed) -> bool:
    """Whether a figure of the claim stands in the sentence only in a clause of a later time
    ("was later allowed to run 60"), the sentence saying what was so at the start."""
    values = {m.value for m in claim.mentions if m.family in FIGURES}
    found = [m for m in sentence.mentions if m.family in FIGURES and m.value in values]
    return bool(found) and all(later_clause(sentence, m.start) for m in found)


def start_elsewhere(claim: Parsed, sentence: Parsed) -> bool:
    """Whether the claim says what was so at the start, and the sentence, saying the start too,
    gives the claim's figure only as what came later: support is withheld ("first authorized
    to run 60" / "initially authorized to maintain 40, later allowed to run 60")."""
    return bool(starts(claim)) and bool(starts(sentence)) and later_figures(claim, sentence)


def later_clause(text: Parsed, at: int) -> bool:
    """Whether the clause around character `at` says a later time."""
    tokens = text.tokens
    i = next((k for k, t in enumerate(tokens) if t.start >= at), len(tokens) - 1)
    return any(t.word.lower() in LATER
               for t in tokens[clause_start(tokens, i):clause_end(tokens, i)])


def starts(text: Parsed) -> tuple[Token, ...]:
    """The text's words that say "at the start": "initially", the noun of "at the outset",
    "first" of "at first" or as an adverb of time. Remembered on the parse: a sentence meets
    claim after claim."""
    return remembered(text, ("said to start",), find_starts, text)


def find_starts(text: Parsed) -> tuple[Token, ...]:
    found = []
    tokens = text.tokens
    phrases = {m.start(m.lastindex) for m in PHRASE_RE.finditer(text.text)}
    for i, token in enumerate(tokens):
        word = token.lower
        if word in ADVERBS or token.start in phrases:
            found.append(token)
        elif word == "first" and not IDIOM_RE.match(text.text, token.end) \
                and (adverbial(text.text, token.start, token.end)
                     or i and tokens[i - 1].lower in BEFORE_FIRST):
            found.append(token)
    return tuple(found)
