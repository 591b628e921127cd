"""A comparison of two actors (or two dates), read against the figure the sentence gives each.

"Sweden withdrew more personnel than Benin" compares two actors' counts. A sentence that
gives both counts, paired with their actors ("Benin and Sweden ... withdrawing about 450 and
200 personnel, respectively"; "Norland receives 60 percent and Sudland 40 percent",
`compare.respective_pairs`, `compare.gapped_pairs`), says which is larger, though it writes
no comparison: a claim whose comparative word asks the other way round ("more" where the
claim's first actor has the smaller figure, "fewer" where it has the larger) states a figure
of the sentence wrongly, a conflict of numbers. The comparative words are the closed class
of words that compare quantities (`MORE`, `LESS`); a claim that gives a figure of its own in
the comparison ("200 more personnel than") is left to the figures' readers.

A multiple ("Benin withdrew twice as many personnel as Sweden", "three times as much grain
as", "half as many", "more than twice as many") is the ratio of the two figures: stated when
their ratio is the multiple (within RATIO_SLACK of it, or past it the way its hedge says),
in conflict otherwise, the wrong way round included.
"""
from __future__ import annotations

import re

from ..types import Conflict, ConflictKind
from .compare import as_text, name_found, paired_figures
from ..text.spoken import number_value
from .dated_figures import dated_pairs, figure_for, written
from .intervals import date_end, dates
from .counted_nouns import compared_nouns, count_of
from .facts import DATE_FAMILIES, Mention, Parsed, Token, groups_of, remembered
from .vocabulary import Vocabulary
from .year_before import year_before

MORE = frozenset("more larger bigger greater higher".split())
LESS = frozenset("fewer less smaller lower".split())
# "twice as many", "three times as much", "half as many", "double the number of", "N times
# more ... than": the multiple and its hedge
RATIO_RE = re.compile(
    r"\b(?:(?P<bound>more than|over|at least|less than|under|nearly|almost|about|roughly|"
    r"some|around)\s+)?(?:(?P<word>half|twice|double|thrice|triple)|(?P<count>\d+(?:\.\d+)?|"
    r"[a-z]+)\s+times)\s+(?:as\s+(?:many|much)|more|the\s+number\s+of|the\s+amount\s+of)\b",
    re.IGNORECASE)
MULTIPLIERS = {"half": 0.5, "twice": 2.0, "double": 2.0, "thrice": 3.0, "triple": 3.0}
RATIO_SLACK = 0.15  # how far two figures' ratio may be from an unhedged multiple: 450 / 200
# is "twice" as news writes it; 300 / 100 is not
LOWER, UPPER = ("more than", "over", "at least"), ("less than", "under", "nearly", "almost")
REACH = 6  # words before "than" that may hold the comparative: "a larger share of the catch than"


def comparison_against_figures(claim: Parsed, sentence: Parsed,
                               vocab: Vocabulary) -> list[Conflict]:
    """The claim's comparison of two actors reversed by the figures the sentence pairs with
    them, as a conflict: the claim's comparison against the sentence's two figures."""
    read = judged(claim, sentence, vocab)
    return [read[1]] if read and isinstance(read[1], Conflict) else []


def comparison_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """For support: the terms of the claim's comparative word ("fewer") when the figures the
    sentence pairs with the two actors say what it says."""
    read = judged(claim, sentence, vocab)
    return read[1] if read and not isinstance(read[1], Conflict) else frozenset()


def judged(claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """(the claim's comparison, and either the terms of its word, which the sentence's
    figures state, or the conflict with them); None when the sentence gives no figures for
    both actors or the claim compares none."""
    # asked with every sentence the claim meets: the claim's reading is remembered on it
    compared = remembered(claim, ("comparison of actors",), comparison, claim)
    if compared is None:
        return None
    way, first, second, start, end, ratio = compared
    if not counted_stated(claim, sentence, start, vocab):
        return None  # "more boats in 2021 than in 2020" / "900 officers in 2020 and 1,200
        # officers in 2021": the figures count another thing
    if isinstance(first, tuple):  # "fewer nets in 2019 than in 2018" / "140 in 2019, 95 in 2018"
        pairs = dated_pairs(sentence)
        mine, theirs = [(date, figure) for date in (first, second)
                        for figure in [figure_for(date, pairs)]] if pairs else [None, None]
        mine = mine if mine and mine[1] is not None else None
        theirs = theirs if theirs and theirs[1] is not None else None
    elif isinstance(first, Token):  # "more police than troops" / "1,730 troops, 339 police"
        mine, theirs = count_of(first, sentence), count_of(second, sentence)
    else:
        pairs = remembered(sentence, ("respective pairs",), paired_figures, sentence)
        mine = figure_of(first, pairs, vocab)
        theirs = figure_of(second, pairs, vocab)
    if mine is None or theirs is None or mine[1] is theirs[1] \
            or mine[1].family != theirs[1].family or mine[1].value == theirs[1].value:
        return None
    agrees = (mine[1].value > theirs[1].value) == (way > 0) if ratio is None \
        else ratio_holds(ratio, float(mine[1].value) / float(theirs[1].value)) \
        if float(theirs[1].value) else False
    if agrees:  # the figures say what the claim says
        words = claim.text[start:end].split()[0] if ratio is None \
            else RATIO_RE.match(claim.text, start).group()  # "about twice as many"
        if isinstance(first, tuple):  # the later date's words: "the previous year" too
            words += " " + second[0].text
        return compared, frozenset(vocab.analyzer.terms(words))
    shown = f"{mine[1].text} in {written(mine[0])}, {theirs[1].text} in {written(theirs[0])}" \
        if isinstance(first, tuple) \
        else f"{mine[1].text} {mine[0].text}, {theirs[1].text} {theirs[0].text}" \
        if isinstance(first, Token) \
        else f"{mine[0].text} {mine[1].text}, {theirs[0].text} {theirs[1].text}"
    return compared, Conflict(claim.text[start:end], shown, ConflictKind.NUMBER,
                              (mine[1].start, mine[1].end))


def counted_stated(claim: Parsed, sentence: Parsed, start: int, vocab: Vocabulary) -> bool:
    """The sentence states a word of what the claim compares: the words between its
    comparative word (at `start`) and "than", dates and figures aside ("more boats in 2021
    than"); True when there are none ("withdrew more than Sweden")."""
    words = []
    for token in claim.tokens:
        if token.start <= start or any(m.start <= token.start < m.end for m in claim.mentions):
            continue
        if token.word.lower() == "than":
            break
        if token.terms and token.word.isalpha():
            words.append(token)
    if not words:
        return True
    groups = groups_of(sentence, vocab)
    return any(vocab.matches(term, sentence.terms, groups) for t in words for term in t.terms)


def comparison(claim: Parsed) -> tuple[int, Mention, Mention, int, int] | None:
    """(1 for "more", -1 for "fewer", the actor compared, the actor compared with, and where
    the comparison's words lie) of a claim that compares two named actors by a quantity
    word, with no figure of its own in the comparison; else the same of two dates ("fewer
    nets in 2019 than in 2018", each a `dated_figures.Date`)."""
    ratio = multiple(claim)
    if ratio is not None:
        return ratio
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if token.word.lower() != "than" or not i:
            continue
        word = next((t for t in reversed(tokens[max(0, i - REACH):i])
                     if t.word.lower() in MORE | LESS), None)
        if word is None:
            return None
        way = 1 if word.word.lower() in MORE else -1
        names = [m for m in claim.mentions if m.family == "name"]
        first = next((m for m in names if m.end <= word.start), None) or opening_name(claim)
        second = next((m for m in names if m.start >= token.end), None)
        before = year_before(claim, token, next(
            (d for d in reversed(sorted(dates(claim), key=lambda d: d[0].start))
             if d[0].end <= token.start), None)) if second is None else None
        if before is not None:  # "more nets in 2019 than the previous year": two years
            first = next(d for d in reversed(sorted(dates(claim), key=lambda d: d[0].start))
                         if d[0].end <= token.start)
            return way, first, before, word.start, before[0].end, None
        if second is None:  # two counted things: "more police than troops"
            nouns = compared_nouns(claim, word, i)
            if nouns is not None:
                return (way, *nouns, word.start, nouns[1].end, None)
        if first is None or second is None:
            # two dates compared: "fewer nets in 2019 than in 2018", the first before "than"
            found = sorted(dates(claim), key=lambda d: d[0].start)
            first = next((d for d in reversed(found) if d[0].end <= token.start), None)
            second = next((d for d in found if d[0].start >= token.end), None)
            if first is None or second is None or any(
                    m.family not in DATE_FAMILIES and m.family != "name"
                    and m.start >= word.start and m.end <= second[0].start
                    for m in claim.mentions):
                return None
            return way, first, second, word.start, date_end(claim, second), None
        if any(m.family != "name" and m.end <= second.start and m.start >= first.start
               for m in claim.mentions):
            return None  # "200 more personnel than": a figure of the claim's own
        return way, first, second, word.start, second.end, None
    return None


def multiple(claim: Parsed):
    """The comparison (as `comparison` gives it) of a claim that says one actor has a multiple
    of another's quantity, its last item the multiple and its hedge: "Benin withdrew more than
    twice as many personnel as Sweden" -> (1, Benin, Sweden, ..., (2.0, "lower"))."""
    found = RATIO_RE.search(claim.text)
    if found is None:
        return None
    if found["word"]:
        value = MULTIPLIERS[found["word"].lower()]
    else:
        value = number_value([found["count"].lower()]) if not found["count"][0].isdigit() \
            else float(found["count"])
    if not value:
        return None
    hedge = (found["bound"] or "").lower()
    bound = "lower" if hedge in LOWER else "upper" if hedge in UPPER else \
        "approx" if hedge else ""
    names = [m for m in claim.mentions if m.family == "name"]
    first = next((m for m in reversed(names) if m.end <= found.start()), None) \
        or opening_name(claim)
    second = next((m for m in names if m.start >= found.end()), None)
    if first is None or second is None or any(
            m.family != "name" and first.start <= m.start and m.end <= second.start
            and not (found.start() <= m.start < found.end()) for m in claim.mentions):
        return None  # a figure of the claim's own between them: left to the figures' readers
    return (1 if value >= 1 else -1), first, second, found.start(), second.end, (value, bound)


def ratio_holds(ratio: tuple[float, str], actual: float) -> bool:
    """Whether two figures whose ratio is `actual` are the multiple the claim says."""
    value, bound = ratio
    if bound == "lower":
        return actual > value * (1 - RATIO_SLACK / 3)
    if bound == "upper":
        return actual < value * (1 + RATIO_SLACK / 3)
    return abs(actual - value) <= RATIO_SLACK * value


def opening_name(claim: Parsed) -> Mention | None:
    """The capitalised word the claim opens on, as a name: the parse reads no name there
    ("Sudland withdrew ...": any sentence's first word is capitalised), but the actor
    compared is the subject; it counts only if the sentence pairs a figure with that name."""
    if not claim.tokens or not claim.tokens[0].word[:1].isupper():
        return None
    first = claim.tokens[0]
    return Mention("name", frozenset(first.terms), first.word, first.start, first.end,
                   kind="name")


def figure_of(name: Mention, pairs: list[tuple[Mention, Mention]],
              vocab: Vocabulary) -> tuple[Mention, Mention] | None:
    """The sentence's (name, figure) pair for the claim's actor `name`, if exactly one."""
    found = [(theirs, figure) for theirs, figure in pairs
             if name_found(name, as_text(theirs), vocab)]
    return found[0] if len(found) == 1 else None

