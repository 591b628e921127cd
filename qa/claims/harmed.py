"""Whether a figure counts the victims of a harm, or what a word of no harm measures.

"Egypt's contingent numbered more than 1,000 troops" and "the deaths of seven of its
personnel" both count Egypt's soldiers, but the one counts the contingent and the other its
dead: seven is no rival of 1,000, the contingent's size is simply not given there. The same
holds of "employed 400 dock workers" / "six dock workers were injured", "drew 30,000
visitors" / "police arrested 14 visitors": the noun a figure counts is shared, its role is not.

A figure's role is read from the word that governs it: the noun or verb it is the argument
of ("the deaths of seven", "detaining 46 soldiers", "174 peacekeepers killed"), or its own
noun ("46 fatalities"). Whether that word is a harm is read by its polarity (VADER's raters,
`qa.claims.valence`): a count of victims is told in words of strong negative valence (kill,
death, wounded, detained, abducted, lost, casualties), the size of a group or an amount in
words of none (numbered, deployed, contributed, a battalion of, employs). Two figures on two
sides of that line count two things, never rivals. A figure whose governing word is not read
(after "to", "in", a colon) has no side: "the number of peacekeepers killed to 174" is left to
the other readings of its role.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import DETERMINERS, Mention, Parsed, remembered
from .tallies import AMOUNTS
from .valence import polarity

HARM, NO_HARM, UNREAD = -1, 1, 0
# words between a governing word and its figure: "withdrawing its 900 soldiers", "the deaths
# of all seven"
LEADING = DETERMINERS | frozenset(("all", "some", "of"))
# auxiliaries between a figure's noun and the participle that tells what befell it ("12
# soldiers were wounded")
AUXILIARIES = frozenset("is are was were be been being has have had".split())
NOUN_WORDS = 3  # content words after a figure that may be its noun ("46 Ivorian soldiers")
# where the figure's own phrase ends: a clause of its own ("who", "to" + verb) or a phrase
# saying where or when ("killed in hostile acts": the participle is read, not what follows)
PHRASE_ENDS = frozenset("who whom whose which that to in at on for from with by after before "
                        "during despite since until and or but".split())


def other_sides(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """The claim's figure and the sentence's are both read, one counting the victims of a
    harm and the other not: two counts of two things."""
    if mine.family not in AMOUNTS:
        return False
    ours, their = side(claim, mine), side(sentence, theirs)
    return ours != UNREAD and their != UNREAD and ours != their


def side(text: Parsed, mention: Mention) -> int:
    """HARM, NO_HARM or UNREAD for a figure of the text, remembered on its parse by where the
    figure starts: a sentence's figure is asked it for each of a claim's."""
    return remembered(text, ("harm side", mention.start), lambda: read_side(text, mention))


def read_side(text: Parsed, mention: Mention) -> int:
    tokens = text.tokens
    after = [t for t in tokens if t.start >= mention.end]
    before = [t for t in tokens if t.end <= mention.start]
    phrase = own_phrase(after)
    if any(t.terms and polarity(t.word.lower()) < 0 for t in phrase[:NOUN_WORDS]):
        return HARM  # "46 fatalities", "12 wounded soldiers"
    first = next((t for t in tokens if t.start >= mention.start), None)
    governor = governing_word(before, first, mention)
    if governor is not None:
        return HARM if polarity(governor.word.lower()) < 0 else NO_HARM
    rest = phrase[NOUN_WORDS:] if len(phrase) > NOUN_WORDS else phrase
    for token in rest:  # "174 peacekeepers killed", "45 of them were laid off"
        word = token.word.lower()
        if word in AUXILIARIES or not token.terms:
            continue
        if can_be_verb(word) and polarity(word) < 0:
            return HARM
    return UNREAD


def own_phrase(after: list) -> list:
    """The words after a figure up to the end of its phrase: its noun and what the clause
    says befell it, before another clause, figure or phrase of place or time."""
    phrase = []
    for k, token in enumerate(after):
        word = token.word.lower()
        if (k and token.brk) or word in PHRASE_ENDS or token.word[0].isdigit():
            break
        if k == 0 and token.brk:
            break
        phrase.append(token)
    return phrase


def governing_word(before: list, first, mention: Mention):
    """The verb right before the figure ("detaining 46", "withdrawing its 900") or the noun it
    is the "of" of ("the deaths of seven", "a battalion of 800"), in the figure's clause
    (`first`: the figure's own first word, which tells whether a clause breaks before it)."""
    if first is None or first.brk:
        return None
    k, through_of = len(before) - 1, False
    while k >= 0 and before[k].word.lower() in LEADING:
        if before[k].brk:
            return None  # "..., of which 11,200 military": another clause's
        through_of = through_of or before[k].word.lower() == "of"
        k -= 1
    if k < 0 or not before[k].terms or not before[k].word.islower():
        return None
    word = before[k]
    return word if through_of or can_be_verb(word.word.lower()) else None
