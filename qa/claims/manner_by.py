"""A "by" of manner, not of an agent: "adopted by unanimity", "decided by consensus", "moved
by road". A passive's "by" names who did the deed, which `opposition.passive` reads to turn
the order of its names ("was detained by Mali"); a bare common noun after "by" that names no
person or group (WordNet's noun.person / noun.group, `actor_noun`) says how it was done, so
the passive keeps no agent there and the names after it ("..., China and Russia having
abstained") stand in another phrase."""
from __future__ import annotations

from ..search.wordnet import actor_noun
from .facts import Parsed

PHRASE = 2  # words of the phrase after "by" read: "by unanimous vote", "by armed groups"


def manner_by(text: Parsed, by: int) -> bool:
    """The text's `by`-th word is "by" and the phrase after it is a bare common noun (an
    adjective before it at most) naming no actor: no article, figure or name, nothing that
    is a person or a group."""
    phrase = []
    for token in text.tokens[by + 1:by + 1 + PHRASE]:
        if token.brk:
            break
        phrase.append(token)
    if not phrase or not phrase[0].word.isalpha() or not phrase[0].word.islower() \
            or phrase[0].word in NOT_BARE:
        return False
    if any(m.start < phrase[-1].end and phrase[0].start < m.end for m in text.mentions):
        return False  # "by Mali", "by 2015", "by the council of Mopti"
    return not any(actor_noun(t.word) is not None for t in phrase if t.word.isalpha())


# words that open a noun phrase naming who or what (an article, a quantifier, a pronoun):
# "by the council", "by some members", "by their governments", "by far"
NOT_BARE = frozenset("the a an this that these those some many several all both each every "
                     "any most few its their his her our your my which whom far then now "
                     "end mid early late".split())
