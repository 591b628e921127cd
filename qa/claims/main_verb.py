"""A claim's main verb, which a sentence must state to contradict a count of the claim's subject.

A count or an ordinal in a claim's subject often picks out one thing of a series ("the
second law of thermodynamics", "the third report"); a sentence naming another of the series
("the discovery of the first law of thermodynamics") conflicts with the claim only if it tells
the claim's deed of it. Coverage weighs words by rarity, so such a sentence reaches the rest
a contradiction needs by the rare nouns of the name alone: the claim's verb ("contradicts")
is the deed, and a sentence without it (its word, a form or a synonym of it) tells of the
other thing (`subject_unverbed`). A date or a name in the subject is most often the event's,
told with its verb paraphrased ("pushed" / "slipped"), and is left to the other checks.

The main verb, outside names, after the claim's first word: the first verb after an
auxiliary or a modal ("has increased", "could reach"), a past verb ("doubled") or a present
form ("contradicts", "reflect" after a plural noun; not the plural noun itself, "clouds
reflect", "numbers are"), whichever comes first; not a verb of saying ("officials said
300 troops were killed": the event is what was said). A claim whose verb is a form of "be"
("was warmer", "is due to") has its predicate elsewhere and no main verb here.

`main_verb_before` tells the readers of a phrase the claim adds after its fact (a cause, a
means) that the fact is there before it, whatever the verb's tense."""
from __future__ import annotations

from ..search.wordnet import MODALS, can_be_verb, communicates
from .adverb_words import verb_group_adverb
from .auxiliaries import BE_FORMS as BE, DO, HAVE
from .facts import (DETERMINERS, POSSESSIVE_ENDINGS, Parsed, Token, inside_name, remembered,
                    UNMADE, token_index)
from .headline import present_verb
from .past_forms import past_shaped

# what opens a noun phrase: the word after one is its noun or adjective, never the verb
# ("at the beginning", "a planned withdrawal"); not "that", which also opens a clause
NOUN_OPENERS = DETERMINERS - {"that"}


def main_verb(claim: Parsed) -> Token | None:
    """`finite_verb`, remembered on the parse: the claim's alone, asked by several readings
    of every sentence it is aligned with."""
    found = claim.memo.get(("main verb",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, ("main verb",), finite_verb, claim)
    return found


def main_verb_before(claim: Parsed, i: int) -> bool:
    """The claim's main verb (`main_verb`) stands before the word at `i`, in its clause: a
    fact in the present ("otters prey on crabs because of ...", "gusts cause damage because
    of ...") or in a past no ending marks ("cut", "set"), which `verb_like` does not read."""
    verb = main_verb(claim)
    if verb is None or verb.start >= claim.tokens[i].start:
        return False
    return not any(t.brk for t in claim.tokens[1:i] if t.start > verb.start)


def finite_verb(claim: Parsed) -> Token | None:
    tokens = [t for t in claim.tokens if not inside_name(claim, t)
              and not communicates(t.word)]  # "said 300 were killed": what was said
    for n, token in enumerate(tokens):
        word = token.word.lower()
        if not word.isalpha():
            continue
        if word in MODALS or word in HAVE or word in DO or word in BE:
            following = next((t for t in tokens[n + 1:]
                              if not verb_group_adverb(t.word.lower())), None)
            if following is None or following.brk:
                return None
            after = following.word.lower()
            if after in BE or after in HAVE:
                continue  # "has been", "could be": the next decides
            if word in BE and not (after.endswith("ing") or past_shaped(after)):
                return None  # "was warmer", "is due to": a predicate, no verb
            return following if can_be_verb(after) else None
        if token is claim.tokens[0] or not word.islower() or not can_be_verb(word) \
                or possessive(tokens[n - 1].word) or after_opener(claim, token):
            continue  # "the mission's bases": an owner's noun; "at the beginning": a noun
        if past_shaped(word):
            return token
        following = tokens[n + 1].word.lower() if n + 1 < len(tokens) else ""
        if following in BE or following in HAVE or following in MODALS \
                or following.isalpha() and can_be_verb(following) \
                and not following.endswith("s"):
            continue  # "numbers are", "clouds reflect": a plural noun before its verb
        if present_verb(word) or tokens[n - 1].word.lower().endswith("s"):
            return token
    return None


def possessive(word: str) -> bool:
    return word.lower().endswith(POSSESSIVE_ENDINGS)


def subject_unverbed(claim: Parsed, conflicts, stated: set[str] | frozenset[str]) -> bool:
    """One of `conflicts` is an ordinal of the claim's subject (between the last clause break
    before its main verb and the verb: "second" of "the second law ... contradicts") while
    the sentence states no term of the verb (`stated`: the claim terms it states, forms and
    synonyms counted). A count there ("500 people were killed") is the claim's point, a date
    or a name most often the event's, told with its verb paraphrased; a conflict after the
    verb is about the deed's object: they stay."""
    ordinals = [c for c in conflicts if any(m.family == "ordinal" and m.text == c.claim
                                            for m in claim.mentions)]
    verb = main_verb(claim) if ordinals else None
    if verb is None or not verb.terms or set(verb.terms) & stated:
        return False
    at = claim.tokens.index(verb)
    start = next((t.start for t in reversed(claim.tokens[:at + 1]) if t.brk), 0)
    return any(start <= claim.text.find(c.claim) < verb.start for c in ordinals)


def after_opener(claim: Parsed, token: Token) -> bool:
    """The word right before the token in the claim (a name's last word counts: "The Harbour
    Board hired" has its verb after "Board", not after "The") opens a noun phrase, in the same
    clause: the token is that phrase's noun or adjective ("at the beginning")."""
    place = token_index(claim, token)
    return place > 0 and not token.brk \
        and claim.tokens[place - 1].word.lower() in NOUN_OPENERS

