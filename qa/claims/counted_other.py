"""A figure the sentence gives to another noun, while it gives the claim's counted noun a
figure of its own: "The eastern quays held 41 percent of the port's inspectors" / "the eastern
quays accounted for 41 percent of all mooring faults, yet the port keeps only 9 percent of its
inspectors there".

A figure is a fact about what it counts. A sentence that counts two things, the claim's figure
written before one noun and the claim's counted noun written after another figure, pairs them
otherwise than the claim does: the claim's figure counts the faults, and the inspectors are 9
percent. Every word and figure of the claim is in the sentence, which does not state it.

The counted noun is the last word of the run of lower-case content words after the figure
(English noun phrases end on their head: "339 extra harbour pilots" counts pilots), after a
possessive ("the port's pilots": the port owns what is counted), before a participle that
tells what befell them ("12 pilots injured"). A sentence that merely writes another noun after
the same figure ("212 safety complaints" for "212 collisions") is left alone: counted nouns are
paraphrased freely ("900 soldiers" / "its 900-strong contingent"), and no table says which
pairs are the same people or things.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .compare import measured_units
from .facts import Mention, Parsed, Token
from .tallies import COUNTED, words_after
from .unit_initials import same_unit_initialled

COUNTING = frozenset({"count", "percent"})  # families whose figure counts a noun after it
POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")


def phrase(text: Parsed, mention: Mention) -> list[Token]:
    """The run of content words right after the figure (leading function words skipped: "41
    percent of all the faults"), ending at a function word, a clause break or a figure, at
    most COUNTED words (`tallies.words_after`)."""
    return words_after(text, mention, COUNTED, one_run=True)


def counted_noun(text: Parsed, mention: Mention) -> Token | None:
    """The head of the figure's phrase: its last lower-case word before a participle, after
    its last possessive; None if it has none."""
    run = phrase(text, mention)
    owners = [k for k, t in enumerate(run) if t.word.lower().endswith(POSSESSIVE)]
    head = None
    for token in run[owners[-1] + 1 if owners else 0:]:
        if not token.word.islower() or head is not None and participle(token.word):
            break
        head = token
    return head


def participle(word: str) -> bool:
    """A verb form that tells what befell the counted ("12 pilots injured")."""
    return word.endswith(("ed", "ing")) and can_be_verb(word)


def counts_other(claim: Parsed, sentence: Parsed) -> bool:
    """A figure of the claim that the sentence writes once, before a noun of its own and
    words none of which the claim writes after it, while another figure of the sentence
    counts the claim's noun."""
    for number, mine in enumerate(claim.mentions):
        if mine.family not in COUNTING:
            continue
        theirs = [m for m in sentence.mentions
                  if m.family == mine.family and m.value == mine.value]
        if len(theirs) != 1:
            continue
        head = counted_noun(claim, mine)
        if head is None or number in measured_units(claim) \
                or same_unit_initialled(claim, mine, sentence, theirs[0]):
            continue  # a unit of measure ("40 metres", "300 parts per million" / "300 ppm")
            # is no counted thing: `compare` reads units and their spellings
        terms = set(head.terms)
        # a word of the claim's phrase in the sentence's: the same thing, perhaps with its
        # noun left out ("of whom 4,300 sailors" / "4,300 sailors")
        mine_words = {term for t in phrase(claim, mine) for term in t.terms}
        if any(mine_words.intersection(t.terms) for t in phrase(sentence, theirs[0])) \
                or counted_noun(sentence, theirs[0]) is None:
            continue  # and a figure whose noun the sentence leaves to another ("60 percent of
            # the catch and Sweden 40 percent") counts that noun
        for other in sentence.mentions:
            if other is not theirs[0] and other.family in COUNTING \
                    and other.value != mine.value:
                noun = counted_noun(sentence, other)
                if noun is not None and terms & set(noun.terms):
                    return True
    return False
