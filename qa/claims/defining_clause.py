"""Which one of a kind the claim speaks of: a noun defined by the deed right after it ("the
resolution ending the mission", "the resolution that ended it", "the decision to end it").

A report tells of several things of one kind (resolutions, decisions, reports), each picked
out by what it did. A sentence that gives the claim's noun another defining deed ("the
resolution renewing its mandate") tells of another one of the kind: its manner ("was not
unanimously adopted") or its date is that one's, and neither states nor contradicts the
claim's (`another_defined`). A date or a figure the claim writes inside its defining clause
("the resolution terminating the mandate in June 2023") dates the defining deed: a sentence
that never states that deed (its verb, a form or a synonym of it) and dates another ("renewed
the mandate on 25 June 2014") tells of another deed, not of the claim's on another date
(`dated_elsewhere`). Coverage weighs words by rarity, so the shared rare words ("Security
Council", "unanimously", "resolution") carried such sentences to a verdict."""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import can_be_verb, verb_base
from ..text.analyze import load_stopwords
from .auxiliaries import AUXILIARY_WORDS
from .facts import MONTHS, POSSESSIVE_ENDINGS, Parsed, Token, groups_of, inside_name, remembered
from .main_verb import main_verb
from .past_forms import past_shaped
from .vocabulary import Vocabulary

RELATIVES = frozenset(("that", "which"))
# "-ing" words that introduce a phrase rather than a deed: "groups including MUJAO"
PREPOSITIONS = frozenset("including excluding concerning regarding following according "
                         "during notwithstanding pending".split())
# a calendar date: a year or a month; a duration ("lasting about three months") is the
# thing's own measure, which its defining deed states as any other fact
CALENDAR_RE = re.compile(r"\b(?:\d{4}|" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def defining_deeds(text: Parsed) -> list[tuple[Token, Token]]:
    """(noun, verb) of each common noun followed right away by the deed that defines it: a
    verb in "-ing" ("the resolution ending"), "that"/"which" and a past verb ("the resolution
    that ended"), "to" and a verb after a noun of decision ("the decision to end")."""
    return remembered(text, ("defining deeds",), lambda: list(_defining_deeds(text)))


def _defining_deeds(text: Parsed):
    tokens, stop = text.tokens, stopwords()
    for k in range(len(tokens) - 1):
        noun = tokens[k]
        word = noun.word if k or not headline_opener(noun.word) else noun.word.lower()
        if not (word.isalpha() and word.islower() and noun.terms and word not in stop) \
                or word.endswith(("ing", "ly")) or past_shaped(word) \
                or inside_name(text, noun):  # (not "were increasingly facilitating")
            continue
        after = tokens[k + 1]
        if after.brk or not definite(tokens, k):
            continue
        following = after.word.lower()
        if following.endswith("ing") and following.isalpha() and can_be_verb(following) \
                and after.terms and following not in PREPOSITIONS \
                and (k or takes_object(tokens, k + 1)):
            yield noun, after
        elif following in RELATIVES or following == "to" and noun.word.endswith("ion"):
            deed = tokens[k + 2] if k + 2 < len(tokens) else None
            if deed is not None and not deed.brk and deed.terms and deed.word.isalpha() \
                    and (deed.word.endswith("ed") or verb_base(deed.word.lower())
                         or following == "to" and can_be_verb(deed.word)):
                yield noun, deed


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return load_stopwords()


def headline_opener(word: str) -> bool:
    """A capitalised singular common noun opening the text with no article, as a headline
    writes "the resolution" ("Resolution ending the mandate was adopted"): a plural ("Troops
    covering the north") tells what some do."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() \
        and not word.endswith("s")


def takes_object(tokens: list[Token], n: int) -> bool:
    """The "-ing" word at `n` has an object right after it in its clause ("Resolution
    terminating mandate of MINUSMA"): a deed, not the head of a compound the clause's verb
    follows ("Global warming is driving", "Ocean warming has")."""
    if n + 1 >= len(tokens) or tokens[n + 1].brk:
        return False
    word = tokens[n + 1].word.lower()
    return word not in VERBS_BETWEEN and (bool(tokens[n + 1].terms) or word in ("the", "a", "an"))


def definite(tokens: list[Token], k: int) -> bool:
    """The noun at `k` heads a phrase opened by "the" or an owner ("the Security Council
    resolution", "the Council's June 2023 decision"), or opens the text as a headline's
    (`headline_opener`): one thing of its kind, picked out. A bare plural ("troops covering a
    country") tells what some do, reworded freely."""
    if k == 0:
        return headline_opener(tokens[0].word)
    for token in reversed(tokens[max(0, k - OPENER_REACH):k]):
        word = token.word.lower()
        if word == "the" or word.endswith(POSSESSIVE_ENDINGS):
            return True
        if token.brk or word in ("a", "an") or word in VERBS_BETWEEN:
            return False  # "the officials were ...": a verb ends the noun phrase
    return False


VERBS_BETWEEN = AUXILIARY_WORDS
OPENER_REACH = 6  # words between the opener and its noun: "the Security Council's June 2023"


def another_defined(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: set[str] | frozenset[str]) -> bool:
    """The sentence gives one of the claim's defined nouns another defining deed, which
    the claim never names, while stating none of the claim's own (`stated`: the claim terms
    it states, forms and synonyms counted)."""
    for noun, deed in undefined(claim, stated):
        groups = groups_of(claim, vocab)
        for other, their_deed in defining_deeds(sentence):
            if set(other.terms) & set(noun.terms) \
                    and not any(vocab.matches(t, claim.terms, groups) for t in their_deed.terms):
                return True
    return False


def named_otherwise(claim: Parsed, sentence: Parsed, stated: set[str] | frozenset[str]) -> bool:
    """The sentence writes one of the claim's defined nouns, whose defining deed it does not
    state, as a title of its own ("Resolution 2164", "the Decision of 4 May"): it picks out
    its own one of the kind, not the claim's."""
    nouns = {t for noun, _ in undefined(claim, stated) for t in noun.terms}
    return bool(nouns) and any(
        set(t.terms) & nouns and t.word[:1].isupper() and t.start > 0
        for t in sentence.tokens)


def dated_elsewhere(claim: Parsed, conflicts, stated: set[str] | frozenset[str]) -> bool:
    """Each of `conflicts` is a calendar date the claim writes in the phrase its defined noun heads
    (from the clause break before the noun to the main verb: "the June 2023 decision to end
    it", "the resolution terminating it in June 2023"), whose defining deed the sentence never
    states."""
    if not conflicts or not all(CALENDAR_RE.search(c.claim) for c in conflicts):
        return False
    verb = main_verb(claim)
    for noun, deed in undefined(claim, stated):
        at = claim.tokens.index(noun)
        start = next((t.start for t in reversed(claim.tokens[:at + 1]) if t.brk), 0)
        end = verb.start if verb is not None and verb.start > deed.end else len(claim.text)
        if all(start <= claim.text.find(c.claim, start) < end for c in conflicts):
            return True
    return False


def undefined(claim: Parsed, stated: set[str] | frozenset[str]) -> list[tuple[Token, Token]]:
    """The claim's (noun, deed) pairs whose deed the sentence does not state (`stated`: the
    claim terms it states, forms and synonyms counted)."""
    return [(noun, deed) for noun, deed in defining_deeds(claim)
            if not set(deed.terms) & stated]
