"""A change the claim tells by a verb of change and a noun ("the pull-out reduced the
town's exposure to floods") against a sentence telling the noun's own verb with a degree
adverb of the other way ("the town was further exposed to floods").

A verb of change is read against another verb of change (`change_way`, `opposite_in_place`)
or against a sentence telling no change (`changeless`). A writer also tells a change by the
verb the claim's noun is made from, with an adverb of degree: "further exposed", "more
exposed", "increasingly reliant", "relied less on". "Further", "more" and "increasingly"
raise what the verb tells, "less" lowers it: the sentence's change goes the other way when
the claim's verb (a kind of decrease or increase, both direction tables agreeing, as in
`changeless`) goes the opposite way of the adverb, and the claim's thing is the noun
WordNet derives from the sentence's verb ("exposure" / "exposed", `wordnet.derived_forms`), or
the noun itself ("reduced its exposure" / "more exposure").
The adverb stands right before the verb, or right after it ("relied more on").
"""
from __future__ import annotations

from ..search.wordnet import derived_forms, direction
from .changeless import verbs_of_change
from .facts import APOSTROPHES, DETERMINERS, POSSESSIVE_ENDINGS, Parsed, Token, remembered
from .vocabulary import Vocabulary

RAISING = frozenset(("further", "more", "increasingly"))
LOWERING = frozenset(("less", "decreasingly"))
REACH = 3  # words from the claim's verb to its thing: "reduces MINUSMA's exposure"


def degree_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                    ) -> tuple[Token, Token] | None:
    """(the claim's verb of change, the sentence's adverb of degree) where the sentence tells
    the claim's changed thing by its verb, raised or lowered the other way; else None."""
    changes = remembered(claim, ("verbs of change",), verbs_of_change, claim)
    if not changes:
        return None
    degrees = remembered(sentence, ("degree adverbs",), degree_verbs, sentence)
    if not degrees:
        return None
    for i in changes:
        mine = claim.tokens[i]
        if i and claim.tokens[i - 1].word.lower() in DETERMINERS:
            continue  # an adjective: "the lower town"
        way = direction(mine.word.lower())
        thing = changed_noun(claim, i)
        if thing is None:
            continue
        made = vocab.stems(" ".join(derived_forms(thing.word.lower())))
        for verb, adverb, raised in degrees:
            if raised != way and (made & set(verb.terms) or set(thing.terms) & set(verb.terms)
                                  or thing.word.lower() in derived_forms(verb.word.lower())):
                return mine, adverb
    return None


def changed_noun(claim: Parsed, i: int) -> Token | None:
    """The content word the claim's verb at `i` changes: the first one after it within REACH
    and its clause, or the first after an owner there ("reduces the lower town's exposure",
    "the islanders' reliance")."""
    words = []  # (distance from the verb, word) of the content words in reach
    for n, token in enumerate(claim.tokens[i + 1:i + 2 + REACH]):
        if token.brk:
            break
        if token.terms:
            words.append((n, token))
    owners = [k for k, (_, token) in enumerate(words) if owner(claim, token)]
    at = owners[-1] + 1 if owners else 0
    if at >= len(words) or not owners and words[0][0] >= REACH:
        return None
    token = words[at][1]
    return token if token.word.isalpha() and token.word.islower() else None


def owner(claim: Parsed, token: Token) -> bool:
    """The word owns what follows it: "town's", "islanders'" (the parse drops a plural's
    apostrophe from the word)."""
    return token.word.endswith(POSSESSIVE_ENDINGS) \
        or claim.text[token.end:token.end + 1] in APOSTROPHES


def degree_verbs(sentence: Parsed) -> list[tuple[Token, Token, int]]:
    """(word, adverb, +1 raised or -1 lowered) of each content word of the sentence with an
    adverb of degree right before or right after it."""
    tokens, found = sentence.tokens, []
    for k, token in enumerate(tokens):
        word = token.word.lower()
        if word not in RAISING and word not in LOWERING:
            continue
        raised = 1 if word in RAISING else -1
        for n in (k + 1, k - 1):
            if 0 <= n < len(tokens) and tokens[n].terms and tokens[n].word.isalpha() \
                    and not tokens[max(n, k)].brk:
                found.append((tokens[n], token, raised))
    return found
