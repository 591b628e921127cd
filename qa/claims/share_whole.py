"""Whether two percentages in conflict are shares of the same whole, in an event another fact of
the claim fixes: the claim's share replaced in its place.

A percentage is a share of something: "12 percent of its pilots", "a third of the guild's
boats". Two percentages of the same whole, said with another fact both give, are two accounts
of one fact ("The guild keeps 12 percent of its pilots at Varde" / "the guild has only 22
percent of its pilots stationed at Varde"; "in 2031 the walkout cost the guild 30 percent of
its crews" / "in 2031 ... crews making up 20 percent of the guild's crews"), however the claim
words the holding verb ("keeps", "has", "were stationed"). `qa.claims.counted_place` reads a
count's thing from two content words after each figure, since one word ("troops") is what any
two counts of a kind share; a percentage's whole is more than a kind of thing: it is the total
the share is taken of, and with another fact both sentences give (the place, the year) it fixes
which share is meant. So the rest of the claim needs only as much as a value in its place
(`check.REVERSED_REST`), and the event only some word of the predicate
(`anchored.ANCHORED_EVENT`), with `counted_event`'s guards.

The whole is the first word after the percentage's "of" that is no determiner, past a
possessive that holds it ("of all the", "of the guild's"); a WordNet synonym of the claim's
whole (a shared group of the vocabulary) is the same whole ("soldiers" / "troops"). Not read: a
share of another whole ("9 percent of its tugs" / "9 percent of its crews"), a
percentage without "of" ("rose by 12 percent"), a sentence that states no other typed fact of
the claim but another percentage (of the share's series) or the corpus's setting, which every
passage names.
"""
from __future__ import annotations

from ..types import ConflictKind
from .facts import DETERMINERS, POSSESSIVE_ENDINGS, Mention, Parsed, Token
from .vocabulary import Vocabulary

# words that may stand between "of" and the whole ("of all the", "of its")
BEFORE_WHOLE = DETERMINERS | frozenset("your all each every".split())
# content words read past "of" for the whole: a possessive name may come first
REACH = 4


def share_in_place(conflicts, claim: Parsed, sentence: Parsed, found, vocab: Vocabulary,
                   background: set[str] = frozenset()) -> bool:
    """One percentage in conflict, both shares of the same whole (`whole_of`), and the
    sentence stating another typed fact of the claim (a name, a date, a count; not another
    percentage, which is of the share's series, nor the corpus's setting)."""
    if found is None or len(conflicts) != 1 or conflicts[0].kind != ConflictKind.PERCENT:
        return False
    conflict = conflicts[0]
    mine = next((m for m in claim.mentions if m.text == conflict.claim
                 and m.family == "percent"), None)
    theirs = next((m for m in sentence.mentions if (m.start, m.end) == conflict.span
                   and m.family == "percent"), None)
    if mine is None or theirs is None:
        return False
    claim_whole, sentence_whole = whole_of(claim, mine), whole_of(sentence, theirs)
    if claim_whole is None or sentence_whole is None:
        return False
    terms = set(sentence_whole.terms)
    if not all(vocab.matches(t, terms, vocab.expand(terms)) for t in claim_whole.terms):
        return False
    return any(claim.mentions[n].family != "percent" and claim.mentions[n] is not mine
               and claim.mentions[n].text not in background for n in found.stated)


def whole_of(text: Parsed, mention: Mention) -> Token | None:
    """The noun a percentage is a share of: the first word after its "of" that is no
    determiner, past a possessive that holds the whole ("of the Holm guild's pilots": the
    guild's); None without an "of" right after the figure."""
    after = [t for t in text.tokens if t.start >= mention.end][:REACH + 1]
    if len(after) < 2 or after[0].lower != "of":
        return None
    run = []
    for token in after[1:]:
        if token.brk:
            break
        run.append(token)
    owner = max((k for k, t in enumerate(run) if t.word.endswith(POSSESSIVE_ENDINGS)),
                default=-1)
    return next((t for t in run[owner + 1:] if t.terms and t.lower not in BEFORE_WHOLE), None)
