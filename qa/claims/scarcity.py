"""Two readings under which a word denied on one side and stated on the other is no
conflict of polarity (`compare.flipped`):

- `scarce_alike`: the affirming text gives the word a quantity of scarcity ("staff with
  little French", "low commitment", "Malian security forces are missing") where the denying
  text's cue is a noun or adjective of deficiency ("lack proficiency in French", "a lack of
  commitment", "the lack of Malian security forces"): both say there is little or none.
  Against "no" or "not", which deny outright, "little" and "few" still differ. An adjective
  at the low end of a measured property counts as such a quantity (`low_end`: "feeble
  loyalty" is loyalty wanting, as "a lack of loyalty" says; "firm loyalty" still conflicts).
- `other_heads`: the word qualifies a different noun on each side ("never had a
  counterterrorism mandate" / "counterterrorism operations would have been beyond its
  capacity"), neither text stating the other's: the denial is of the claim's phrase, whose
  head the other text never names, not of the word the other text affirms of another thing.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import (adverbs, antonyms, attributes, can_be_verb, derivations,
                              direction, hypernyms, irregular_base, lent_polarity, privatives,
                              verb_base)
from ..text.analyze import load_stopwords
from .auxiliaries import BE
from .facts import DETERMINERS, Parsed, Token, groups_of
from .valence import polarity
from .vocabulary import Vocabulary

# the denying cues that tell a deficiency, not an outright "no"; "barely" and "hardly" say
# the thing is there but scant ("barely tilts" / "a low tilt", round 73, branch sc80: such a
# claim was called contradicted), as the negation list's near-negators
DEFICIENCY_CUES = frozenset("lack lacked lacking lacks absence absent dearth scarcity shortage "
                            "shortfall inadequate insufficient barely hardly".split())
# quantities of scarcity before the word ("little French", "low commitment")
SCARCE_BEFORE = frozenset("little few fewer less low lower limited scarce minimal meagre meager "
                          "poor".split())
# predicates of scarcity after the word's phrase ("forces are missing")
SCARCE_AFTER = frozenset("missing absent scarce limited low few lacking rare".split())
COPULAS = BE | frozenset("remain remains remained".split())
SCARCE_REACH = 3  # words between the quantity and the word ("little state control")
# words between "short of" and the word: a short list it governs ("short of transport planes
# and helicopters")
SHORT_OF_REACH = 6
PHRASE_REACH = 4  # words from the word to its predicate ("Malian security forces are missing")


def scarce_alike(affirming: Parsed, term: str, cue: str) -> bool:
    """The denying cue tells a deficiency and the affirming text gives the word (its first
    occurrence) a quantity of scarcity before it or a predicate of scarcity after it, in one
    clause."""
    if cue not in DEFICIENCY_CUES and cue not in privatives():
        return False  # (a noun of absence before "of" tells a deficiency too: "a paucity of")
    tokens = affirming.tokens
    at = next((n for n, t in enumerate(tokens) if term in t.terms), None)
    if at is None:
        return False
    for k in range(at - 1, max(0, at - SHORT_OF_REACH) - 1, -1):
        if short_of(tokens, k):  # (the clause may open with it: "Short of planes, ...")
            return True
        if tokens[k].brk:
            break
    for token in reversed(tokens[max(0, at - SCARCE_REACH):at] if not tokens[at].brk else ()):
        # (the clause break stands before its token: a quantity opening the clause or the
        # text, "Scant funding ...", ", little control", is still the word's)
        if token.word.lower() in SCARCE_BEFORE or low_end(token.word.lower()) \
                or wanting_pole(token.word.lower()):
            return True
        if token.brk:
            break
    if scarce_manner(tokens, at) or lowered_object(tokens, at) \
            or glued_want(affirming, tokens, at):
        return True
    absolute = after_with(tokens, at)
    for n in range(at, min(len(tokens) - 1, at + PHRASE_REACH)):
        if tokens[n].brk:
            break
        if tokens[n + 1].word.lower() in COPULAS and n + 2 < len(tokens) \
                and not tokens[n + 1].brk and tokens[n + 2].word.lower() in SCARCE_AFTER:
            return True
        if absolute and not tokens[n + 1].brk and absence_word(tokens[n + 1].word.lower()):
            return True  # "with Norlandic patrols absent from the coast"
    return False


# the adjectives among the cues of deficiency: their WordNet antonyms ("sufficient",
# "adequate", "ample") are the pole that a wanting adjective stands against
CUE_ADJECTIVES = ("insufficient", "inadequate", "scarce")


@lru_cache(maxsize=2048)
def wanting_pole(adjective: str) -> bool:
    """The adjective stands against the same WordNet antonym as an adjective of deficiency
    ("scant" / "sufficient", as "insufficient"; "deficient" / "adequate", as "inadequate";
    "scanty" / "ample", as "scarce"): the thing is wanting, as "a lack of" it says. "Scant
    data" and "insufficient data" say one thing; before, "scant" met the denial as its
    opposite. A word of the other pole ("ample", "sufficient") still does."""
    own = set(antonyms(adjective))
    return bool(own) and adjective not in own \
        and any(own & set(antonyms(cue)) for cue in CUE_ADJECTIVES)


def glued_want(text: Parsed, tokens, at: int) -> bool:
    """The word and an adjective of want joined by a hyphen after it ("data-deficient",
    "water-scarce"): the compound says the thing is wanting."""
    if at + 1 >= len(tokens) or tokens[at + 1].brk \
            or text.text[tokens[at].end:tokens[at + 1].start] != "-":
        return False
    word = tokens[at + 1].word.lower()
    return word in DEFICIENCY_CUES or word in SCARCE_AFTER or wanting_pole(word)


def scarce_manner(tokens, at: int) -> bool:
    """The word is a verb an adverb of scarcity follows in its clause ("the crews trained
    poorly", "funded inadequately"): the adverb's adjective (WordNet's derived form) is a
    quantity of scarcity or a cue of deficiency ("poor", "inadequate", "insufficient") or the
    low end of a measured property ("weakly"). "Trained poorly" says the training was wanting,
    as "inadequate training" does (round 73, branch sc80: such a claim was called
    contradicted); "trained thoroughly" still meets the denial as its opposite."""
    if at + 1 >= len(tokens) or tokens[at + 1].brk or not can_be_verb(tokens[at].word):
        return False
    adverb = tokens[at + 1].word.lower()
    return adverb in adverbs() and any(
        adjective in SCARCE_BEFORE or adjective in DEFICIENCY_CUES or low_end(adjective)
        for adjective in derivations(adverb))


def lowered_object(tokens, at: int) -> bool:
    """The word is the object of a verb of decrease or damage right before it, past a
    determiner or possessive at most ("the long shifts wore down their resolve", "cuts
    diminished the funding"): WordNet's direction of the verb is down, or its neighbours'
    polarity is negative ("eroded", "undermined", "impaired"). What such a verb leaves is the
    thing wanting, as "a lack of resolve" says (round 73, branch sc80: "eroded their
    commitment" / "a lack of commitment" was read as a conflict). A verb of increase
    ("strengthened their resolve") still meets the denial as its opposite."""
    if tokens[at].brk:  # (a break stands before its token)
        return False
    k = at - 1
    if k >= 0 and tokens[k].word.lower() in DETERMINERS:
        if tokens[k].brk:
            return False
        k -= 1
    if k < 0:
        return False
    verb = tokens[k].word.lower()
    if not can_be_verb(verb):
        return False
    way = sign(verb)
    return way < 0 or not way and inflected(verb) and lowering_hypernyms(verb)


def inflected(word: str) -> bool:
    """The word has a verb's past or participle form ("sapped", "eroding"): a verb where it
    stands, not a noun before the word ("staff commitment": "staff" is no verb of staffing,
    whose hypernyms would lend it their sign)."""
    return verb_base(word) is not None or word.endswith(("ed", "ing"))


def sign(verb: str) -> int:
    """-1 for a verb of decrease or of negative polarity by WordNet's neighbours, +1 for one
    of increase or positive polarity, 0 for neither."""
    ways = (direction(verb), lent_polarity(verb))
    if min(ways) < 0:
        return -1
    return 1 if max(ways) > 0 else 0


@lru_cache(maxsize=1024)
def lowering_hypernyms(verb: str) -> bool:
    """A verb neither table signs takes its WordNet hypernyms' sign when they agree on
    lowering ("sapped": "exhaust"; "deplete" unsigned): one of them lowers, none raises.
    "Sapped their resolve" leaves resolve wanting, as "a lack of resolve" says (round 74,
    branch sc81: such a claim was called contradicted)."""
    signs = {sign(h) for h in hypernyms(verb_base(verb) or verb) if can_be_verb(h)}
    return -1 in signs and 1 not in signs


def after_with(tokens, at: int) -> bool:
    """The word's phrase follows "with" in its clause: an absolute phrase ("with the
    garrisons missing, the town fell"), whose predicate needs no copula. Read so, a claim
    saying "with the patrols absent" agrees with "the lack of patrols" (round 72, branch
    sc77: such a claim was called contradicted, "missing" being read as no cue of want)."""
    for k in range(at - 1, max(0, at - SCARCE_REACH - 1) - 1, -1):
        if tokens[k].word.lower() == "with":
            return True
        if tokens[k].brk:
            break
    return False


@lru_cache(maxsize=1024)
def absence_word(word: str) -> bool:
    """A predicate of absence: one of `SCARCE_AFTER`, or an adjective whose WordNet antonym
    is "existent" ("absent", "missing", "lacking", "wanting"): the thing is not there."""
    return word in SCARCE_AFTER or "existent" in antonyms(word)


# the WordNet hypernyms of the attributes that measure how much of a property a thing has
# (strength, intensity, size, calibre: properties and magnitudes), not a feeling or a state
# ("pleasantness", "success"), which tell what kind of thing it is, not how much there is
MEASURED = frozenset(("property", "magnitude"))


@lru_cache(maxsize=2048)
def low_end(adjective: str) -> bool:
    """The adjective is the low end of a measured property: a bad thing said (VADER) whose
    WordNet antonym is a good thing said and shares with it an attribute that measures
    ("weak" / "strong": strength; "feeble" / "strong"). "Weak resolve" is resolve wanting, as
    "a lack of resolve" says; the high end ("strong resolve") and an adjective of another kind
    ("harsh": pleasantness, a feeling) still meet the denial as its opposite."""
    if polarity(adjective) >= 0:
        return False
    own = attributes(adjective)
    return bool(own) and any(
        polarity(other) > 0 and any(hypernyms(noun) & MEASURED for noun in attributes(other) & own)
        for other in antonyms(adjective))


def short_of(tokens, k: int) -> bool:
    """"short of" ("short of transport planes", "were short of helicopters"): wanting the
    thing, as "little" or "few" says, which "the lack of transport planes" says too."""
    return tokens[k].word.lower() == "short" and k + 1 < len(tokens) \
        and tokens[k + 1].word.lower() == "of" and not tokens[k + 1].brk


def wanting(text: Parsed, token: Token) -> bool:
    """The token is the "short" of "short of" (`short_of`): a want of a thing, not a length,
    so no opposite of "long"."""
    tokens = text.tokens
    k = next((n for n, t in enumerate(tokens) if t is token), None)
    return k is not None and short_of(tokens, k)


def other_heads(denying: Parsed, affirming: Parsed, term: str, vocab: Vocabulary) -> bool:
    """The word, no verb, qualifies a noun right after it on each side, the two nouns
    different and the affirming text not stating the denying text's (by its terms or a
    synonym)."""
    mine, theirs = head_after(denying, term), head_after(affirming, term)
    if mine is None or theirs is None:
        return False
    # (the affirming head may be stated elsewhere on the denying side: "never had a
    # counterterrorism mandate, and such operations would have been beyond it")
    return not stated(mine, affirming, vocab) \
        and not any(vocab.matches(t, set(mine.terms), vocab.expand(set(mine.terms)))
                    for t in theirs.terms) \
        and not kin(mine.word.lower(), theirs.word.lower())


def kin(one: str, other: str) -> bool:
    """One noun is the other's hypernym, or both share one ("city" and "town": both a
    municipality): one kind of thing, which "no Malian city" denies of "the Malian town"."""
    above, other_above = hypernyms(one), hypernyms(other)
    return one in other_above or other in above or bool(above & other_above)


def head_after(text: Parsed, term: str) -> Token | None:
    tokens = text.tokens
    at = next((n for n, t in enumerate(tokens) if term in t.terms), None)
    if at is None or at + 1 == len(tokens) or tokens[at].brk \
            or not tokens[at].word.isalpha() or can_be_verb(tokens[at].word):
        return None
    while at + 2 < len(tokens) and text.text[tokens[at].end:tokens[at + 1].start] == "-":
        at += 1  # "anti-smuggling mandate": the compound's last word qualifies the noun
    if tokens[at].brk:
        return None
    after = tokens[at + 1]
    if not after.terms or not after.word.isalpha() or not after.word.islower() \
            or after.word.lower() in load_stopwords():
        return None
    # a noun's modifier, not an adverb before a verb ("not unanimously carried")
    if tokens[at].word.lower() in adverbs() or after.word.lower().endswith("ed") \
            or irregular_base(after.word.lower()):
        return None
    return after


def stated(token: Token, text: Parsed, vocab: Vocabulary) -> bool:
    groups = groups_of(text, vocab)
    return any(vocab.matches(t, text.terms, groups) for t in token.terms)


