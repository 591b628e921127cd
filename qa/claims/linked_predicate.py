"""A claim's predicate that `polarity.predicate` does not read: an adjective a linking verb
gives its subject ("ties got better", "relations became warmer", "the talks were fruitful"),
and a verb in the present tense of a headline or a timeline entry ("ties with its neighbours
improve", "the board welcomes the plan").

`polarity.opposed_polarity` reverses a claim whose predicate has one polarity where the
sentence, in the same place, has a predicate of the other ("eased restrictions" /
"obstructing"). It reads as predicates the words that state what someone did: a past form or
a verb after an auxiliary (`opposition.finite`). A claim says what its subject is or became
as often with a linking verb and an adjective, and a timeline or a headline tells past events
in the present: "Ties between the two countries got better after the coup" against "ties
between the two countries have been strained since the coup" was supported, the one word of
the claim's point ("better") unread, every other word stated. These are predicates by the
same test (the word says how the subject is or what it does, where it stands), so they are
read on the claim's side; a sentence's own words stay as `polarity` reads them.

Linking verbs: the copulas of `predicated` and the verbs of becoming ("get", "grow",
"turn"), an adverb in "-ly" at most between. A present verb: a third-person form
(`headline.present_verb`) not after an article or an owner's "'s" ("the mission's
supports" is a noun), or a base form right after a plural noun that ends the clause ("ties
... improve."), where a noun would need an article. The polarity is VADER's (`valence`), a
negation turning it, as `polarity.signed` gives it.
"""
from __future__ import annotations

from typing import Callable

from ..search.wordnet import can_be_verb
from .adverb_words import manner_adverb
from .compare import DETERMINERS
from .facts import BE, POSSESSIVE_ENDINGS, Parsed, Token, inside_name, remembered
from .headline import present_verb

# the copulas of `predicated.COPULAS` (which imports `polarity`, as this module's reader
# does), and the verbs that say what their subject has become: "got better", "grew tense"
LINKING = BE | frozenset("seem seems seemed remain remains remained become becomes became "
                         "get gets got gotten grow grows grew grown turn turns turned".split())
NEGATIONS = frozenset(("not", "never"))
# what stands before a noun, never before a present verb ("its supports", "the claims")
NOUN_OPENERS = DETERMINERS | frozenset("its their his her our your my".split())
# forms of "be", "have" and "do": a plural's "s" they end in is no noun's ("is", "has")
NOT_PLURALS = frozenset("is was has does this its his us".split())


def linked_predicates(claim: Parsed, predicate: Callable[[Parsed, int], bool],
                      signed: Callable[[Parsed, Token], int]) -> list[tuple[Token, int]]:
    """(word, polarity) of each adjective after a linking verb and each present verb of the
    claim that `predicate` (`polarity.predicate`) leaves out, outside names, each signed by
    `signed` (`polarity.signed`: passed in, as `polarity` reads this module); remembered on
    the parse."""
    return remembered(claim, ("linked predicates", signed),
                      found_in, claim, predicate, signed)


def found_in(claim: Parsed, predicate, signed) -> list[tuple[Token, int]]:
    found = []
    for n, token in enumerate(claim.tokens):
        if n == 0 or not token.terms or not token.word.isalpha() or not token.word.islower() \
                or inside_name(claim, token) or predicate(claim, n):
            continue
        if linked(claim, n) or present(claim, n):
            value = signed(claim, token)
            if value:
                found.append((token, value))
    return found


def linked(claim: Parsed, n: int) -> bool:
    """The word stands after a linking verb, an adverb in "-ly" or a negation at most
    between ("grew markedly worse", "were not friendly": `signed` turns a negated word)."""
    tokens = claim.tokens
    if tokens[n].brk:
        return False
    before = tokens[n - 1].word.lower()
    if before in LINKING:
        return True
    return n >= 2 and (manner_adverb(before) or before in NEGATIONS) \
        and not tokens[n - 1].brk and tokens[n - 2].word.lower() in LINKING


def present(claim: Parsed, n: int) -> bool:
    """The word is a present verb: a third-person form not after a noun's opener, or a base
    form right after a plural noun with nothing of content after it in its clause."""
    tokens = claim.tokens
    word = tokens[n].word.lower()
    before = tokens[n - 1].word.lower()
    if tokens[n].brk or before in NOUN_OPENERS or before.endswith(POSSESSIVE_ENDINGS):
        return False
    if present_verb(word):
        return True
    if word.endswith(("s", "ed", "ing")) or not can_be_verb(word):
        return False
    plural = before.isalpha() and before.endswith("s") and before not in NOT_PLURALS \
        and not before.endswith("ss")
    last = n + 1 == len(tokens) or tokens[n + 1].brk
    return plural and last
