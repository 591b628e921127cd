"""Facts of a claim said around a conflicting sentence rather than in it.

A sentence that states one of the claim's facts differently contradicts the claim only if it is
about the claim's event: a figure, date or country of the claim that its passage never states
makes it about another (`check.blocking`). Some facts are not missing that way, they are said
around the sentence: a year the passage leaves to its context ("In March, ..."), a date the
sentence gives by its distance from another ("Three days later"), a year naming a thing ("the
2015 agreement"), a country describing a name ("Russia's Wagner Group"), the name the claim is
attributed to ("according to Crisis Group"). And two conflicts on the same words are one
difference, not two facts stated otherwise.
"""
from __future__ import annotations

import re

from ..types import VALUE_KINDS, Conflict
from .attribution import attributed
from .auxiliaries import TENSED_AUXILIARIES
from .compare import agree
from .facts import UNMADE, MONTHS, Mention, Parsed, remembered, word_terms
from .past_forms import past_verb_form
from .referred import referred_mention
from .vocabulary import Vocabulary

AUX = TENSED_AUXILIARIES  # where a subject or a name's description ends


def said_around(claim: Parsed, mention: Mention, found, passage: Parsed,
                sentence: Parsed) -> bool:
    """The claim's fact, missing from the passage, is said around the sentence, not absent."""
    return attributive(claim, mention) or qualifying(claim, mention, found) \
        or undated(claim, mention, passage) or dated_by_reference(mention, sentence) \
        or referred_mention(claim, mention, sentence)  # "have since", "until then"


# a year between a determiner and a common noun names a thing, it does not date the event
ATTRIBUTIVE_RE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.I)


def attributive(claim: Parsed, mention: Mention) -> bool:
    """A year naming the thing the claim is about ("ended the 2015 peace agreement before
    MINUSMA left"): a sentence saying "ended the agreement after MINUSMA left" is about the
    same agreement without its year, so the year's absence does not make it another event."""
    text = claim.text
    return mention.family == "year" and not mention.bound \
        and (bool(ATTRIBUTIVE_RE.search(text, max(0, mention.start - 8), mention.start))
             or headline_attributive(text, mention)) \
        and bool(re.match(r"\s+[a-z]", text[mention.end:]))


# before a date naming a thing: a determiner, or an owner's "'s" ("ECOWAS's January 2022
# sanctions")
DATE_OWNER_RE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that)|['’]s?)\s+$", re.I)
# a date's year after its month and day ("March 2015", "June 13, 2024", "of 2015")
DATE_YEAR_RE = re.compile(r"[,\s]*(?:of\s+)?\d{4}")


def date_phrase(claim: Parsed, mention: Mention) -> tuple[int, int] | None:
    """The span of the whole date a month or year mention is part of, month first: (start,
    end) of "June 13, 2024" for either of its two mentions; None for a month without a year
    or a year without a month."""
    mentions = claim.mentions
    if mention.family == "month":
        year = next((m for m in mentions if m.family == "year" and m.start >= mention.end
                     and DATE_YEAR_RE.fullmatch(claim.text[mention.end:m.end])), None)
        return (mention.start, year.end) if year else None
    if mention.family == "year":
        month = next((m for m in mentions if m.family == "month" and m.end <= mention.start
                      and DATE_YEAR_RE.fullmatch(claim.text[m.end:mention.end])), None)
        return (month.start, mention.end) if month else None
    return None


def dated_thing(claim: Parsed, mention: Mention) -> list:
    """The claim's words a full date names a thing with ("the March 2015 preliminary peace
    deal": preliminary, peace, deal), as `attributive` reads a year alone: a date between a
    determiner or an owner's "'s" and the common words after it (up to the first word that is
    not one, a verb or a preposition ending them). Empty when the date is no modifier: "in
    March 2015", "turned it down in March 2015 after talks"."""
    span = date_phrase(claim, mention)
    if span is None or not DATE_OWNER_RE.search(claim.text, max(0, span[0] - 8), span[0]):
        return []
    words = []
    for token in claim.tokens:
        if token.start < span[1]:
            continue
        if token.brk or not token.word.isalpha() or not token.word.islower() or not token.terms:
            break
        words.append(token)
    return words


# the word before a year that makes it a time adverbial, not a noun's modifier ("in 2015
# peace talks resumed", "January 2022", "by 2015 troops had left")
ADVERBIAL_BEFORE = frozenset("in on since by until till during from through of as to between "
                             "and or around circa early late mid".split())
WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\W*$")


def headline_attributive(text: str, mention: Mention) -> bool:
    """A year naming a thing in a headline, which drops the article ("Board scraps 2015
    ferry contract", "after 2019 floods"): right after a verb or another word that is no
    preposition of time, nor a month."""
    before = WORD_BEFORE_RE.search(text, 0, mention.start)
    if before is None or before.end() < mention.start - 1:
        return False
    word = before.group(1).lower()
    return word not in ADVERBIAL_BEFORE and word not in MONTH_WORDS


MONTH_WORDS = frozenset(MONTHS)
YEAR_AFTER_RE = re.compile(r"[,\s]*(?:of\s+)?\d{4}\b")


def undated(claim: Parsed, mention: Mention, passage: Parsed) -> bool:
    """The year of a claim's date whose month the passage gives without a year ("March 2022"
    / "In March, more than 300 people died"): the passage leaves the year to its context (the
    time it was written), it does not date another event."""
    if mention.family != "year" or mention.bound:
        return False
    month = next((m for m in claim.mentions if m.family == "month" and m.end <= mention.start
                  and YEAR_AFTER_RE.fullmatch(claim.text[m.end:mention.end])), None)
    return month is not None and any(
        agree(month, m) for m in passage.mentions if m.family == "month"
        and not YEAR_AFTER_RE.match(passage.text, m.end))


# a date given by its distance from another: "Three days later", "a month earlier", "the next day"
RELATIVE_DATE_RE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards?)"
    r"|the\s+(?:next|following|previous)\s+(?:day|week|month|year))\b", re.I)


def dated_by_reference(mention: Mention, sentence: Parsed) -> bool:
    """A date of the claim the passage does not give, where the sentence dates its event by
    its distance from another ("Three days later, the UK announced ..." after "On 11 November,
    ..."): the claim's date may be the one the sentence means, so its absence does not make
    the sentence about another event."""
    return mention.family in ("month", "year") and bool(RELATIVE_DATE_RE.search(sentence.text))


def attributions_and_countries(claim: Parsed, vocab: Vocabulary
                               ) -> tuple[frozenset[str], tuple[Mention, ...]]:
    """The terms of the names the claim is attributed to, and the claim's countries
    (`described`)."""
    return (frozenset(t for m in claim.mentions if attributed(claim, m)
                      for t in word_terms(m.text, vocab)),
            tuple(m for m in claim.mentions if m.kind == "country"))


def described(claim: Parsed, found, vocab: Vocabulary) -> set[str]:
    """The terms of the claim's facts about its facts, which a conflicting sentence need not
    state to be about the same event: a country qualifying a name (`qualifying`) and the name
    the claim is attributed to ("according to Crisis Group": who says it, not what happened).
    What depends on the claim alone (the names attributed to, the countries that may qualify a
    name) is remembered on its parse: the rest of every sentence asks it."""
    memo_key = ("described", vocab)
    value = claim.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if value is UNMADE:
        value = remembered(claim, memo_key, attributions_and_countries, claim, vocab)
    attributing, countries = value
    return {t for m in countries if qualifying(claim, m, found)
            for t in word_terms(m.text, vocab)} | attributing


# what may stand between a country and the name it qualifies: "Russia's Wagner Group", "the
# Russian private security firm Wagner Group" (a few lower-case words, no clause break)
QUALIFIER_RE = re.compile(r"(?:['’]s?)?(?:\s+[a-z][a-z-]*){0,3}\s+")


def qualifying(claim: Parsed, mention: Mention, found) -> bool:
    """A country that describes the name right after it ("Russia's Wagner Group", "France's
    Operation Barkhane"), where the sentence states that name or states another in its place:
    the country goes with the name, it is no fact of its own that would make the sentence
    about something else."""
    if mention.kind != "country":
        return False
    # the claim's alone, remembered on its parse: asked for the rest of every sentence
    qualified = remembered(claim, ("qualified name", mention),
                           qualified_name, claim, mention)
    if qualified is None:
        return opening_stated(claim, mention, found)
    n, named = qualified
    return n in found.stated or named.text in {c.claim for c in found.conflicts}


def opening_stated(claim: Parsed, mention: Mention, found) -> bool:
    """The country is the first word of a longer name of the claim ("the Russian Wagner
    Group", "the French Operation Barkhane"), a name the sentence states without it ("the
    Wagner Group"), naming no country the claim does not: the country is part of how the
    claim names that actor, as "Russia's" is of "Russia's Wagner Group" (`qualified_name`),
    not a fact whose absence makes the sentence about another."""
    if found.other_actor or not found.conflicts \
            or any(c.kind not in VALUE_KINDS for c in found.conflicts):
        return False  # "the Burkinabe Wagner contingent": the sentence's own country; and
        # only beside a value in conflict (a date, a count) of the named actor's deed: an
        # actor in conflict may be the one the country names ("the French-led force")
    return any(m.family == "name" and m.kind != "country" and m.start == mention.start
               and m.end > mention.end and n in found.stated
               for n, m in enumerate(claim.mentions))


def qualified_name(claim: Parsed, mention: Mention) -> tuple[int, Mention] | None:
    """The claim's name (its number, itself) that the country describes, or None: the name
    right after it, with at most a few lower-case words between, ending its noun phrase."""
    n, named = next(((n, m) for n, m in enumerate(claim.mentions)
                     if m.family == "name" and m.start >= mention.end), (None, None))
    if named is None or named.kind == "country" \
            or not QUALIFIER_RE.fullmatch(claim.text[mention.end:named.start]) \
            or any(w in AUX for w in claim.text[mention.end:named.start].lower().split()) \
            or not heads(claim, named):
        return None
    return n, named


def heads(text: Parsed, name: Mention) -> bool:
    """The name ends its noun phrase: what follows it is a clause break, a small word ("has",
    "in") or a past verb ("began", "deployed"). In "Sweden's MINUSMA contingent" the name
    qualifies "contingent", which is Sweden's: the country is then the owner, a fact."""
    after = next((t for t in text.tokens if t.start >= name.end), None)
    if after is None or after.brk or not after.terms:
        return True
    word = after.word.lower()
    return past_verb_form(word)


def differences(conflicts) -> list[Conflict]:
    """The conflicts, one for each place of the sentence: two conflicts on overlapping words
    are one difference seen twice ("granted" / "denied" as a relation, and "the mission" /
    "denied the mission" as a polarity), not two facts stated otherwise."""
    kept: list[Conflict] = []
    for c in conflicts:
        if c.span == (0, 0) or not any(k.span != (0, 0) and c.span[0] < k.span[1]
                                       and k.span[0] < c.span[1] for k in kept):
            kept.append(c)
    return kept
