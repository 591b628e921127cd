"""Whether a figure counts the victims of a harm, or what a word of no harm measures.

"Egypt's contingent numbered more than 1,000 troops" and "the deaths of seven of its
personnel" both count Egypt's soldiers, but the one counts the contingent and the other its
dead: seven is no rival of 1,000, the contingent's size is simply not given there. The same
holds of "employed 400 dock workers" / "six dock workers were injured", "drew 30,000
visitors" / "police arrested 14 visitors": the noun a figure counts is shared, its role is not.

A figure's role is read from the word that governs it: the noun or verb it is the argument
of ("the deaths of seven", "detaining 46 soldiers", "174 peacekeepers killed"), its own noun
("46 fatalities"), or, for a bare figure after a label, the label ("Flood deaths: 37").
Whether that word is a harm is read by its polarity (VADER's raters, `qa.claims.valence`): a
count of victims is told in words of strong negative valence (kill, death, wounded, detained,
abducted, lost, casualties), the size of a group or an amount in words of none (numbered,
deployed, contributed, a battalion of, employs). Two figures on two sides of that line count
two things, never rivals (for support the figure's value is left to decide: "holding 46
soldiers" states "detaining 46 soldiers"). Only counts: a share or an amount measures a
whole, whatever befell it. A figure after "to" that ends "the number of X" counts X ("the
number of peacekeepers killed to 174": the dead). A figure whose governing word is not read
(after "to" or "in", a noun of no valence that names no group: "the lives of 15") has no side
and is left to the other readings of its role.
"""
from __future__ import annotations

from ..search.wordnet import actor_kind, can_be_verb
from .auxiliaries import BE, HAVE
from .facts import DETERMINERS, Mention, Parsed, remembered
from .valence import polarity

HARM, NO_HARM, UNREAD = -1, 1, 0
# words between a governing word and its figure: "withdrawing its 900 soldiers", "the deaths
# of all seven"
LEADING = DETERMINERS | frozenset(("all", "some", "of"))
# auxiliaries between a figure's noun and the participle that tells what befell it ("12
# soldiers were wounded"): `auxiliaries`' "be" and "have", the two a participle follows (a
# modal or "do" takes the base form)
AUXILIARIES = BE | HAVE
NOUN_WORDS = 3  # words after a figure that may be its noun ("46 Ivorian soldiers", "300 of its")
LABEL_DASHES = (" - ", " – ", " — ")  # "Budget 2022 - 310 million"
LIST_JOINS = frozenset(("and", "or"))
NUMBER_REACH = 6  # words from "number of" to its figure ("of peacekeepers killed to 174")
LIST_REACH = 6  # words between a list's figures ("one French, several Estonian troops and two")
# where the figure's own phrase ends: a clause of its own ("who", "to" + verb) or a phrase
# saying where or when ("killed in hostile acts": the participle is read, not what follows)
PHRASE_ENDS = frozenset("who whom whose which that to in at on for from with by after before "
                        "during despite since until under against amid among as over into "
                        "near across and or but".split())


def other_sides(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """The claim's figure and the sentence's are both read, one counting the victims of a
    harm and the other not: two counts of two things."""
    if mine.family != "count" or theirs.family != "count":
        return False  # a share or an amount measures a whole, whatever befell it ("a third
        # of the force was lost through the withdrawal" / "17 percent of the force")
    ours, their = side(claim, mine), side(sentence, theirs)
    return ours != UNREAD and their != UNREAD and ours != their


def side(text: Parsed, mention: Mention) -> int:
    """HARM, NO_HARM or UNREAD for a figure of the text, remembered on its parse by where the
    figure starts: a sentence's figure is asked it for each of a claim's."""
    return remembered(text, ("harm side", mention.start), read_side, text, mention)


def read_side(text: Parsed, mention: Mention) -> int:
    tokens = text.tokens
    after = [t for t in tokens if t.start >= mention.end]
    before = [t for t in tokens if t.end <= mention.start]
    phrase = own_phrase(after)
    if phrase and phrase[0].terms and polarity(phrase[0].word.lower()) < 0:
        return HARM  # "46 fatalities", "12 wounded soldiers"
    if befallen(phrase):  # "174 peacekeepers killed", "left 37 villagers dead"
        return HARM
    counted_as = number_words(before)  # "the number of peacekeepers killed to 174"
    if counted_as:
        return HARM if any(polarity(t.word.lower()) < 0 for t in counted_as) else NO_HARM
    if labelled(text, mention):  # "Flood deaths: 37", "Troops in Mali: over 13,000"
        label = [t for t in before if t.terms]
        return HARM if any(polarity(t.word.lower()) < 0 for t in label) else NO_HARM
    # "withdrawing about 450 and 200 personnel": the list's governor, with the noun after it
    governed = listed_after(text, before, mention) or mention
    if governed is not mention:
        before = [t for t in tokens if t.end <= governed.start]
    first = next((t for t in tokens if t.start >= governed.start), None)
    governor, through_of = governing_word(before, first)
    if governor is not None:
        word = governor.word.lower()
        if polarity(word) < 0:
            return HARM
        # of a noun, only a group's is its size ("a battalion of 800"): "the lives of 15" and
        # "a toll of 300" count the dead in words of no valence
        if through_of and actor_kind(word) == "g":
            return NO_HARM
        # a verb's, only where its object is the figure's own noun ("numbered 1,000 troops",
        # "had 900 soldiers"): a bare figure after it is its subject's ("the death toll
        # reached 300")
        if not through_of and any(t.terms for t in phrase[:NOUN_WORDS]):
            return NO_HARM
    return UNREAD


def number_words(before: list) -> list:
    """The content words of "the number of X" that a figure after "to" gives ("to change the
    number of peacekeepers killed to 174"), at most NUMBER_REACH words back in its clause: what
    the figure counts."""
    if not before or before[-1].word.lower() != "to":
        return []
    reach = before[-NUMBER_REACH - 3:]
    for k in range(len(reach) - 2, -1, -1):
        if any(t.brk for t in reach[k + 1:]):
            return []  # "the number of", then a clause of its own
        if reach[k].word.lower() == "number" and reach[k + 1].word.lower() == "of":
            return [t for t in reach[k + 2:-1] if t.terms]
    return []


def befallen(phrase: list) -> bool:
    """A word of harm after the figure's noun that tells what befell the things counted: a
    participle after an auxiliary ("12 soldiers were wounded") or a word ending the phrase
    ("174 peacekeepers killed in hostile acts", "nine engineers died", "left 37 villagers
    dead"); not a verb with an object of its own ("600 soldiers paused their patrols": what
    they did)."""
    for k, token in enumerate(phrase[1:], 1):
        word = token.word.lower()
        if word in AUXILIARIES or not token.terms or polarity(word) >= 0:
            continue
        passive = phrase[k - 1].word.lower() in AUXILIARIES and can_be_verb(word)
        return passive or k == len(phrase) - 1
    return False


def labelled(text: Parsed, mention: Mention) -> bool:
    """The figure follows a label and its colon or spaced dash, with no noun of its own
    ("Troops in Mali: over 13,000", "Budget 2022 - 310 million"): it counts what the label
    names. Remembered on the parse: asked for every sentence's figures."""
    return remembered(text, ("labelled", mention.start), read_label, text, mention)


def read_label(text: Parsed, mention: Mention) -> bool:
    head = text.text[:mention.start]
    if not (head.rstrip().endswith(":") or head.endswith(LABEL_DASHES)):
        return False
    after = next((t for t in text.tokens if t.start >= mention.end), None)
    # a noun of its own says what it counts: "BREAKING: 2,400 engineers deployed"
    return after is None or after.brk or not after.terms


def listed_after(text: Parsed, before: list, mention: Mention) -> Mention | None:
    """The figure of the same family the figure follows in a list ("450 and 200", "one
    French, several Estonian troops and two Malian civilians"), at most LIST_REACH words back
    after "and" or "or": the list shares what governs its first item."""
    if not before or before[-1].word.lower() not in LIST_JOINS:
        return None
    reach = before[-LIST_REACH - 1:-1]
    start = reach[0].start if reach else mention.start
    return next((m for m in reversed(text.mentions) if m.family == mention.family
                 and start <= m.start and m.end <= before[-1].start), None)


def own_phrase(after: list) -> list:
    """The words after a figure up to the end of its phrase: its noun and what the clause
    says befell it, before another clause, figure or phrase of place or time; past the next
    figures of a list, whose noun is the list's ("about 450 and 200 personnel")."""
    phrase, k = [], 0
    while k < len(after):
        token, word = after[k], after[k].word.lower()
        if not phrase and word in LIST_JOINS and k + 1 < len(after) \
                and after[k + 1].word[0].isdigit() and not after[k + 1].brk:
            k += 2
            continue
        if token.brk or word in PHRASE_ENDS or token.word[0].isdigit():
            break
        phrase.append(token)
        k += 1
    return phrase


def governing_word(before: list, first):
    """The verb right before the figure ("detaining 46", "withdrawing its 900", "had 900") or
    the noun it is the "of" of ("the deaths of seven", "a battalion of 800"), in the figure's
    clause (`first`: the figure's own first word, which tells whether a clause breaks before
    it), and whether it is that noun: (None, False) where neither."""
    if first is None or first.brk:
        return None, False
    k, through_of = len(before) - 1, False
    while k >= 0 and before[k].word.lower() in LEADING:
        if before[k].brk:
            return None, False  # "..., of which 11,200 military": another clause's
        through_of = through_of or before[k].word.lower() == "of"
        k -= 1
    if k < 0 or not before[k].word.islower():
        return None, False
    word = before[k]
    if word.word in AUXILIARIES and not through_of:
        return word, False  # "had 900 soldiers": what a body has or is, no harm
    if not word.terms:
        return None, False
    if through_of or can_be_verb(word.word.lower()):
        return word, through_of
    return None, False
