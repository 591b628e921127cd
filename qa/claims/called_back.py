"""Whether a sentence calls the claim's subject, named by its acronym in the sentence before,
by the head noun of the acronym's long form: "So far, KRAMO has a strength of 900." then
"However, by May the mission had deployed 600." (KRAMO spelled out in the corpus as "...
Relief Mission in Ostland"). A report names a body by its acronym once and then by "the
mission", as it would by "it"; `check.neighbour_pairs` reads such a pair as joined, as it
reads a pair whose second sentence opens on a pronoun (`qa.claims.joined`).

The head must open the second sentence's subject (a definite determiner among its first
words, then at most DESCRIBED describing words), the acronym must be a word of the claim's
subject, and the first sentence must state it: "the mission" after a sentence about
another body's acronym, or deep in a sentence's object, is no reference back.
"""
from __future__ import annotations

from .actors import said
from ..search.wordnet import can_be_verb
from .facts import Parsed, is_acronym
from .joined import DEFINITE, DESCRIBED, LEANING, subject_tokens
from .past_forms import past_verb_form

# how far into a sentence its subject may open, after a phrase of time ("On 3 March 2019 the
# mission ...")
OPENING = LEANING + 2


def called_back(claim: Parsed, first: Parsed, second: Parsed, first_named: frozenset[str],
                vocab, bodies) -> bool:
    """The claim's subject holds an acronym the first sentence states (`first_named`: the claim
    terms it states in another form), and the second opens on a definite noun phrase headed
    by the head noun of that acronym's long form in the corpus (`bodies`:
    `qa.claims.bodies.Bodies`)."""
    if bodies is None:
        return False
    heads = opening_nouns(second)
    if not heads:
        return False
    return any(is_acronym(t.word) and heads & bodies.heads_of(t.word)
               and said(t, first, vocab, first_named) for t in subject_tokens(claim))


def opening_nouns(sentence: Parsed) -> frozenset[str]:
    """The nouns (lower case) that may end a definite noun phrase among the sentence's first
    OPENING words: each of its words that the phrase's end or a verb follows ("the mission"
    in "However, on 2 May the mission had ...", "the UN mission remains"), not one another
    noun follows ("the mission leadership" is the leadership)."""
    tokens = sentence.tokens
    for n, token in enumerate(tokens[:OPENING]):
        if token.word.lower() not in DEFINITE:
            continue
        nouns = set()
        for k in range(n + 1, min(n + 1 + DESCRIBED, len(tokens))):
            word = tokens[k].word
            if tokens[k].brk or not word.isalpha() or not tokens[k].terms:
                if word.isupper() and not tokens[k].brk:
                    continue  # an acronym among the stopwords describes ("the UN mission")
                break
            if phrase_ends(tokens, k + 1):
                nouns.add(word.lower())
        return frozenset(nouns)
    return frozenset()


def phrase_ends(tokens, k: int) -> bool:
    """The noun phrase ends before the k-th word: none follows, or a break, a function word,
    a figure or a verb does ("had", "deployed", "remains")."""
    if k >= len(tokens):
        return True
    after = tokens[k]
    word = after.word.lower()
    return after.brk or not after.word.isalpha() or not after.terms or past_verb_form(word) \
        or word.endswith("s") and can_be_verb(word) and not word.endswith("ss")
