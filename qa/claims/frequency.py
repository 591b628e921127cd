"""How often, said with "every" or with the adverb of the unit: "virtually every day" /
"on a virtually daily basis", "each year" / "annually", "every week" / "weekly".

English says that something recurs once a unit of time in two ways: the quantifier and the
unit ("every day", "each year", "per month", the distributive "a" of a rate: "77 days a
year", "twice a week") or one word made from the unit ("daily",
"annually", "monthly"). The stemmer gives them no common term, and "every" is a word of its
own the sentence must state, so a claim written one way is not found in a source written the
other. The units and their words form a small closed class of English, listed here; WordNet
files several of them as one synset ("annually, yearly, every year, each year"; "weekly, every
week, each week"), not "daily" (its gloss says "every day").

Only the quantifier immediately before the unit counts: "every other day", "every few weeks",
"every two years" are other frequencies. For support only (`check.align`), as other spellings of a word are.
"""
from __future__ import annotations

from .facts import UNITS, Parsed, remembered

# each unit of time and the words that say "once every unit"
ONCE_EVERY = {
    "hour": frozenset({"hourly"}),
    "day": frozenset({"daily"}),
    "night": frozenset({"nightly"}),
    "week": frozenset({"weekly"}),
    "fortnight": frozenset({"fortnightly"}),
    "month": frozenset({"monthly"}),
    "quarter": frozenset({"quarterly"}),
    "year": frozenset({"yearly", "annually", "annual"}),
}
UNIT_OF = {word: unit for unit, said in ONCE_EVERY.items() for word in said}
QUANTIFIERS = frozenset({"every", "each", "per"})
# the article of a rate, "per" ("77 days a year"), after a figure or one of TIMES
ARTICLES = frozenset({"a", "an"})
TIMES = frozenset({"once", "twice", "thrice"})
# what makes "every day" almost every day (`qa.claims.quantifiers` reads it as "most")
HEDGES = frozenset({"nearly", "almost", "virtually", "practically"})


def frequency_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The claim's terms of a frequency the sentence states in its other form: the claim's
    "every day" by the sentence's "daily", the claim's "annually" by "each year"."""
    mine = frequencies(claim)
    if not mine:
        return frozenset()  # most claims
    theirs = frequencies(sentence)
    found = set()
    for unit, tokens in mine:
        if any(unit == other for other, _ in theirs):
            found.update(t for token in tokens for t in token.terms)
    return frozenset(found)


def frequency_stated(claim: Parsed, i: int, sentence: Parsed) -> bool:
    """Whether the claim's i-th word is the quantifier of a frequency the sentence states:
    "virtually every day" is how often, not a share of a group (`qa.claims.quantifiers` reads
    "virtually every" as "most"), when the sentence says "virtually daily". Hedged ("nearly
    every day") only by a frequency hedged too: "daily" says more, as "all" does of "nearly
    all"."""
    token = claim.tokens[i]
    hedged = i > 0 and claim.tokens[i - 1].word.lower() in HEDGES
    for unit, tokens in frequencies(claim):
        if len(tokens) == 2 and token is tokens[0]:
            return any(other == unit and (not hedged or hedge_before(sentence, said[0]))
                       for other, said in frequencies(sentence))
    return False


def hedge_before(text: Parsed, token) -> bool:
    """Whether a hedge ("virtually", "nearly") stands right before the token."""
    i = text.tokens.index(token)
    return i > 0 and text.tokens[i - 1].word.lower() in HEDGES


def distributive(tokens, i: int) -> bool:
    """The article at `i` is the distributive "a" of a rate ("77 days a year", "$40 a month",
    "twice a week": per unit), not a span ("for a year", "a year later"): a figure or "once",
    "twice" right before it, or a figure and its noun."""
    before = [t.word.lower() for t in tokens[max(0, i - 2):i] if not t.brk]
    if not before or tokens[i].brk:
        return False
    return before[-1] in TIMES or any(c.isdigit() for c in before[-1]) \
        or len(before) == 2 and any(c.isdigit() for c in before[0]) and before[1].isalpha()


def frequencies(text: Parsed) -> tuple[tuple[str, tuple], ...]:
    """Each frequency the text states, as (unit, its tokens): "every day" (two tokens) and
    "daily" (one) both as "day". Remembered on the parse: a sentence meets claim after claim."""
    def make():
        found = []
        tokens = text.tokens
        for i, token in enumerate(tokens):
            word = token.word.lower()
            if word in UNIT_OF:
                found.append((UNIT_OF[word], (token,)))
            elif (word in QUANTIFIERS or word in ARTICLES and distributive(tokens, i)) \
                    and i + 1 < len(tokens) and not tokens[i + 1].brk \
                    and tokens[i + 1].word.lower() in ONCE_EVERY:
                found.append((tokens[i + 1].word.lower(), (token, tokens[i + 1])))
        return tuple(found)
    return remembered(text, ("frequencies",), make)


# how often otherwise: "every other day", "every few weeks", "every two years", "every second
# month" (a unit in the singular or plural after one of these words)
OTHERWISE = frozenset({"other", "few", "second", "third", "couple", "several"})


def other_frequency(claim: Parsed, sentence: Parsed) -> bool:
    """Whether the sentence says how often in other terms than the claim: the claim's "daily"
    against "every other day" or "weekly", its "every month" against "annually", its "every
other day" against "daily". Such a
    sentence does not state the claim's frequency ("daily" was stated by the "day" of "every
    other day"): support is withheld, as for a quantifier left unsaid."""
    mine, odd = {unit for unit, _ in frequencies(claim)}, irregular(claim)
    if not mine and not odd:
        return False  # most claims
    theirs = {unit for unit, _ in frequencies(sentence)}
    if mine:
        return not mine & theirs and bool(theirs or irregular(sentence))
    # the claim's "every other day" against the sentence's "daily"
    return bool(theirs) and not odd & irregular(sentence)


def irregular(text: Parsed) -> set[str]:
    """The units of the text's frequencies other than once a unit ("every other day", "every
    few weeks", "every 2 years"), remembered on the parse."""
    def make():
        found = set()
        words = [t.word.lower() for t in text.tokens]
        for i, word in enumerate(words[:-2]):
            if word in QUANTIFIERS and (words[i + 1] in OTHERWISE or words[i + 1].isdigit()
                                        or words[i + 1] in UNITS):
                for later in words[i + 2:i + 4]:
                    unit = later[:-1] if later.endswith("s") else later
                    if unit in ONCE_EVERY:
                        found.add(unit)
                        break
        return found
    return remembered(text, ("other frequencies",), make)
