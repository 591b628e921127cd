"""Two deadlines for the same thing: "gave the mission until June 2024 to complete its
withdrawal" against "the withdrawal would be completed by December 2023".

A date after "by", "until" or "till" (or one named "the deadline") is the end of a span, not
the date of an event, so `compare.lone_date` leaves it out: "the board had a team by 2015"
does not say when the team was set up, and another date of the sentence is no conflict with
it. Two such ends are comparable with each other, though: when the claim and the sentence each
give one deadline and they differ in a part (the year, the month, the day), the sentence sets
another deadline for what the claim says (if it states the rest of the claim, as every
conflict must, `check.stance_of`). A part given on one side only ("by 2023" / "until June
2024") is not compared, and a deadline in agreement is none.

The start of a span is said two ways too: "improved from early 2014 onward" is "has improved
since early 2014" (`onward_stated`), which the rest of a conflicting sentence counts.
"""
from __future__ import annotations

from .facts import Mention, Parsed, last_words, remembered

# the words before a date that make it the end of a span of time, by which something is done
ENDS = frozenset("by until till".split())
DEADLINE = "deadline"  # "set March 2024 as the deadline for ...": the date a span ends by
REACH = 3  # words between a date and "deadline" ("as the deadline", "the new deadline")
# a part of the period named between the deadline word and its date: "by the end of 2022",
# "until the close of 2024", "by early 2016", "by mid-2015": the span still ends by that date
# (its year), which another deadline's year can contradict ("until May 2024"); the part
# itself is left uncompared, as a part given on one side only is
PERIOD_NOUNS = frozenset("end close start beginning middle".split())
PERIOD_WORDS = frozenset("early mid late".split())
ONWARD = frozenset({"onward", "onwards"})  # "from 2014 onward": the span from that date on


def other_deadline(claim: Parsed, sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """The parts of the claim's one deadline that the sentence's one deadline gives otherwise,
    each with the sentence's part: [(2024, 2023), (June, December)]; nothing when either side
    has no deadline or more than one, or when the two agree in every part both give."""
    return other_bound(claim, sentence, "deadlines", deadlines)


def other_bound(claim: Parsed, sentence: Parsed, key: str, bounds
                ) -> list[tuple[Mention, Mention]]:
    """The parts of the claim's one bound of a span (`bounds`: its deadlines, its starts)
    that the sentence's one bound of the same kind gives otherwise, each with the sentence's
    part."""
    mine = bounds_of(claim, key, bounds)
    if len(mine) != 1:
        return []
    theirs = bounds_of(sentence, key, bounds)
    if len(theirs) != 1:
        return []
    pairs = []
    for part in mine[0]:
        other = next((m for m in theirs[0] if m.family == part.family), None)
        if other is None:
            continue
        if part.family == "month" and part.day and other.day:
            same = (part.value, part.day) == (other.value, other.day)
        else:
            same = part.value == other.value
        if not same:
            pairs.append((part, other))
    return pairs


def bounds_of(text: Parsed, key: str, bounds) -> list[list[Mention]]:
    """`bounds(text)`, remembered on the text's parse under `key`: the text's alone, asked of
    a claim for every sentence, of a sentence for every claim."""
    return remembered(text, (key,), bounds, text)


def deadlines(text: Parsed) -> list[list[Mention]]:
    """The text's dates that end a span (`ENDS` right before them, or "deadline" just after),
    each as its parts: a month (with its day) and the year written right after it."""
    found = []
    for date in dates(text):
        words = [w.strip(",").lower() for w in last_words(text.text, date[0].start, 5)]
        while words and words[-1] == "the":  # "by the 22nd"
            words.pop()
        words = without_period_part(words)
        after = [w.strip(",.;").lower() for w in text.text[date[-1].end:].split()[:REACH]]
        if words and words[-1] in ENDS or DEADLINE in after:
            found.append(date)
    return found


def without_period_part(words: list[str]) -> list[str]:
    """The words before a date less the part of the period they name right before it ("by
    the end of", "by early", "by mid-"): what is left ends with the deadline word if any."""
    if len(words) >= 3 and words[-1] == "of" and words[-2] in PERIOD_NOUNS \
            and words[-3] == "the":
        return words[:-3]
    if words and words[-1].rstrip("-") in PERIOD_WORDS:
        return words[:-1]
    return words


def dates(text: Parsed) -> list[list[Mention]]:
    """The text's dates as groups of parts: "June 2024" is a month and a year, one date;
    "30 June" a month with its day; "2023" a year alone."""
    parts = sorted((m for m in text.mentions if m.family in ("month", "year") and not m.bound),
                   key=lambda m: m.start)
    groups: list[list[Mention]] = []
    for m in parts:
        previous = groups[-1][-1] if groups else None
        if previous is not None and previous.family == "month" and m.family == "year" \
                and text.text[previous.end:m.start].strip(" ,") == "":
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def onward_stated(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the claim's "onward" in "from <date> onward" when the sentence gives the
    same date after "since" ("from early 2014 onward" / "since early 2014"): the same span,
    said otherwise. Counted for the rest of a conflicting sentence only."""
    found = set()
    # the claim's alone, asked again for every sentence: most claims have no "onward"
    for token in onward_tokens(claim):
        date = next((m for m in claim.mentions if m.family in ("month", "year")
                     and not claim.text[m.end:token.start].strip()), None)
        if date is None or "from" not in words_before(claim, date):
            continue
        if any(m.family == date.family and m.value == date.value
               and "since" in words_before(sentence, m) for m in sentence.mentions):
            found.update(token.terms)
    return frozenset(found)


def onward_tokens(claim: Parsed) -> list:
    """The claim's "onward" words (`onward_stated`), remembered on its parse."""
    return remembered(claim, ("onward",), lambda: [t for t in claim.tokens
                                                   if t.word.lower() in ONWARD and t.terms])


def words_before(text: Parsed, mention: Mention) -> list[str]:
    """The REACH words before a date ("from early", "since the end of")."""
    return [w.strip(",").lower() for w in last_words(text.text, mention.start, REACH)]
