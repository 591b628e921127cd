"""A claim's circumstance that the sentence fills with another: "the ferry sank during a
winter gale" by "the ferry sank during a harbour fire"; "the bill passed through a public
vote" by "the bill passed through the upper house".

Support weighs the claim's words by rarity over the whole claim, so a sentence that states
the rest of a long claim reached support though the claim's phrase after "during" was
wholly unstated and the sentence's own "during" named another occasion: the few words of
the occasion were a small share of the claim, and were listed as unverified beside the
support. A preposition of one circumstance (an occasion "during" / "amid", a span
"throughout", a route "via" / "through" / "across", a concession "despite") takes one filler
for its clause: when the sentence fills it with words the claim never writes, the
sentence's filler is the event's and the claim's is another.

The filler is the noun phrase after the preposition with the phrases "of" / "over" /
"about" that complete its noun ("the depths of the dry season", "doubts over the plan"):
a reworded head with the same complement ("concerns over the plan") then shares words with
the claim's and is no other filler. It ends at a clause break or at another preposition,
which begins a circumstance of the verb ("during a gale in the strait in 2019": the strait
and the year are the verb's, and a sentence may give them for another occasion).

Support is withheld when the filler's noun (its last word before a completing phrase) is
unstated by the sentence (`actors.said`: forms, thesaurus and first-sense synonyms count; an
adjective of it may be said elsewhere: "a regional ballot" / "the region's first") and the
sentence writes a preposition of the same slot ("via" and "through" are one route, "during"
and "throughout" one span) before a filler none of whose words the claim writes, nor begins
("a mil. op" / "a military operation" is the same filler clipped). The locative and argument
prepositions ("in", "at", "on", "by", "with", "for", ...) are not read: they take many roles
in one clause. Withholding only: two fillers are no conflict the text writes (one voyage may
pass through two straits).
"""
from __future__ import annotations

from .actors import said
from .facts import Parsed, Token
from .vocabulary import Vocabulary

# prepositions of one circumstance each: an occasion or span, a route, a setting, a
# concession; those of one line fill the same slot ("via" a route is "through" it)
SLOTS = {word: n for n, line in enumerate(("during throughout", "via through",
                                          "amid amidst", "across", "despite"))
         for word in line.split()}
ONE_FILLER = frozenset(SLOTS)
# prepositions that complete the filler's noun rather than open a circumstance of the verb
NOUN_COMPLEMENT = frozenset("of over about".split())
# words that end the filler: the prepositions of the verb's other circumstances, and the
# openers of a clause qualifying the filler ("during a storm that ...")
PREPOSITIONS = ONE_FILLER | frozenset(
    "in at on off to by with for from into onto under over after before since until near "
    "within without among between against toward towards along around beyond past above "
    "below behind beside outside inside like per than as that which who whose where when "
    "while".split()) - NOUN_COMPLEMENT


def head(words: list[Token], text: Parsed) -> Token | None:
    """The filler's noun: its last word before a completing "of" / "over" / "about" phrase
    ("the depths of the dry season": depths), or its last word."""
    if not words:
        return None
    first = text.tokens.index(words[0])
    for token in text.tokens[first:]:
        if token.lower in NOUN_COMPLEMENT or token.brk and token is not words[0]:
            break
        if token in words:
            found = token
    return found


def filler(text: Parsed, at: int) -> list[Token]:
    """The content words of the phrase after the preposition at `at`: its noun phrase and
    the "of" / "over" / "about" phrases completing it, up to a clause break or another
    preposition."""
    words = []
    for token in text.tokens[at + 1:]:
        if token.brk or token.lower in PREPOSITIONS:
            break
        if token.terms and token.lower not in NOUN_COMPLEMENT:
            words.append(token)
    return words


def filled_otherwise(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                     stated: frozenset[str]) -> Token | None:
    """The claim's one-circumstance preposition whose filler's noun the sentence leaves
    unstated while filling the same slot with words the claim never writes; None when there
    is none."""
    mine = [k for k, t in enumerate(claim.tokens) if t.lower in ONE_FILLER]
    if not mine:
        return None
    theirs = {}
    for j, token in enumerate(sentence.tokens):
        if token.lower in ONE_FILLER:
            theirs.setdefault(SLOTS[token.lower], []).append(filler(sentence, j))
    if not theirs:
        return None
    claim_terms = {term for t in claim.tokens for term in t.terms}
    for k in mine:
        preposition = claim.tokens[k]
        words = filler(claim, k)
        noun = head(words, claim)
        if noun is None or said(noun, sentence, vocab, stated):
            continue
        others = [filled for filled in theirs.get(SLOTS[preposition.lower], ()) if filled
                  and not any(term in claim_terms for t in filled for term in t.terms)
                  and not clipped(words, filled)]
        if others:
            return preposition
    return None


def clipped(words: list[Token], filled: list[Token]) -> bool:
    """A word of the claim's filler is the start of one of the sentence's ("a mil. op" /
    "a military operation"): the same filler, clipped, no other."""
    return any(len(w.lower) > 1 and t.lower.startswith(w.lower) and t.lower != w.lower
               for w in words for t in filled if w.lower.isalpha())
