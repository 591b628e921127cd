"""Figures and dates as people say them, written as a report writes them.

A newsreader says "thirteen thousand two hundred", "one point two million", "two and a half
million", "twenty per cent", "twenty twenty-three", "two thousand and thirteen", "November the
eleventh", "the nineteen-nineties"; a report writes "13,200", "1.2 million", "2.5 million",
"20 per cent", "2023", "2013", "11 November", "the 1990s". Left as said, each is a figure the
fact reader misreads (two counts, "one" and "two million", for "one point two million"; the
count 43 for "twenty twenty-three") and words no passage writes, so the search misses the
passage that states it. `written_figures` rewrites them; the rest of the text is left as it
is. Read the same way by the claim checker (`qa.claims.informal.written_out`), the search
(`qa.search.query`) and the fact reader of passages (`qa.claims.facts.numbers`).

Not rewritten, as they are no figure or already read as one: a number word alone ("one of
the", "five people": the fact reader reads it), ordinals of rank ("the second-largest"),
"a number of", "a dozen"; "may" the verb (a month only beside its day). "Hundreds of",
"one in five" and "half" the fact reader reads as they are said (`qa.claims.facts`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .digit_groups import digit_groups
from .lexicon import words
from .scripts import table_key

UNITS = {w: n for w, n in words()["number_words"].items() if w != "dozen"}
SCALES = words()["number_scales"]
LARGE_SCALES = ("million", "billion")  # a figure's scale a report writes as a word: "1.5 billion"
ORDINALS = words()["ordinals"]
MONTHS = tuple(m.capitalize() for m in words()["months"])
TENS = {w: n for w, n in UNITS.items() if n >= 20}
# the first half of a year said in two parts, 1500 to 2099: "nineteen ninety-nine",
# "twenty twenty-three"; not below fifteen, where "eleven thirty" and "ten fifteen" are times
CENTURIES = {w: n for w, n in UNITS.items() if 15 <= n <= 20}
# the decades said as words, "the nineties"; not "the twenties" or "the tens", which name
# two centuries' decades
DECADES = {w[:-1] + "ies": n for w, n in TENS.items() if n >= 30}
DECADES_OF_CENTURY = {**DECADES, "twenties": 20, "tens": 10}
NUMBER_WORDS = {**UNITS, **SCALES}
# the digit words after "point": "one point two", "four point oh five"
DIGITS = {**{w: n for w, n in UNITS.items() if n < 10}, "oh": 0, "nought": 0}
PER_CENT_RE = re.compile(r"\s*(?:per\s?cent|percent)\b", re.I)
# the words before a year that make "two thousand and thirteen" a date, not a count
YEAR_CUES = frozenset("in since until till by from of before after during year early late "
                      "mid spring summer autumn winter".split()) | {m.lower() for m in MONTHS}

# a word of letters: a figure's words are joined by spaces or one hyphen (`joined`)
WORD_RE = re.compile(r"[A-Za-z]+")


# what every figure said in words starts with: a number word ("a" before a scale) followed by
# another, by "point", "per cent" or "and a half" ("thirteen thousand", "twenty-three", "four
# point five"); a text without such a pair of words (most sentences) is left as it is, found
# by set look-ups, many times faster than a pattern of the words tried at every character
CUE_FIRST = frozenset(NUMBER_WORDS) | {"a", "an"}
CUE_SECOND = frozenset(NUMBER_WORDS) | {"point", "per", "percent", "oh", "and"}
LOWER_WORD_RE = re.compile(r"[a-z]+")


def figure_cue(text: str) -> bool:
    said = LOWER_WORD_RE.findall(text.lower())
    return not CUE_FIRST.isdisjoint(said) and any(
        a in CUE_FIRST and b in CUE_SECOND for a, b in zip(said, said[1:]))


# a month's name, as `dates` wants it (capitalised), found the same way
MONTH_CUE_RE = re.compile(rf"(?:{'|'.join(MONTHS)})\b")


def written_figures(text: str) -> str:
    """The text with its figures and dates as said written as a report writes them."""
    return rewritten(text)[0]


@lru_cache(maxsize=4096)
def rewritten(text: str) -> tuple[str, tuple[tuple[int, int, int, int], ...]]:
    """The text with its figures as a report writes them, and where each rewritten piece
    stands in both: (start, end) in the new text, (start, end) in `text`, in order."""
    said = readings(text)
    if not said:
        return text, ()
    pieces, places, last, at = [], [], 0, 0
    for start, end, written in said:
        pieces += [text[last:start], written]
        at += start - last
        places.append((at, at + len(written), start, end))
        at += len(written)
        last = end
    return "".join(pieces) + text[last:], tuple(places)


def original_place(places: tuple, at: int, end: bool = False) -> int:
    """Where a position of the rewritten text stands in the text as said: inside a rewritten
    piece, at that piece's start (or its end, for the end of a span)."""
    shift = 0
    for new_start, new_end, start, old_end in places:
        if at < new_start or (end and at == new_start):
            break
        if at < new_end or (end and at == new_end):
            return old_end if end else start
        shift = old_end - new_end
    return at + shift


def readings(text: str) -> list[tuple[int, int, str]]:
    """Each figure or date said in words, or with its digits grouped otherwise than by commas
    ("13 000"): (start, end, how a report writes it), in order."""
    found = dates(text) + decades(text) \
        + parts_of_scale(text) + digit_groups(text)
    if not found and not figure_cue(text):
        return found
    taken = [(s, e) for s, e, _ in found]
    tokens = [(m.start(), m.end(), m.group().lower()) for m in WORD_RE.finditer(text)]
    i = 0
    while i < len(tokens):
        if any(s <= tokens[i][0] < e for s, e in taken):
            i += 1
            continue
        reading, used = figure_at(text, tokens, i)
        if reading:
            found.append(reading)
            i += used
        else:
            i += 1
    return sorted(found)


def joined(text: str, before: tuple, after: tuple) -> bool:
    """Two words of one figure: nothing but spaces or one hyphen between them."""
    between = text[before[1]:after[0]]
    return between == "-" or (between.isspace() and "\n" not in between)


def run_at(text: str, tokens: list, i: int) -> list:
    """The words of the figure that starts at token i: number words, "a" before a scale,
    "and" after a hundred or a thousand, "point" and its digits, "and a half"."""
    run = []
    k = i
    while k < len(tokens):
        word = tokens[k][2]
        if run and not joined(text, tokens[k - 1], tokens[k]):
            break
        nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        if word in NUMBER_WORDS:
            run.append(tokens[k])
        elif word in ("a", "an") and not run and nxt in SCALES \
                and joined(text, tokens[k], tokens[k + 1]):
            run.append(tokens[k])
        elif word == "and" and run and run[-1][2] in ("hundred", "thousand") \
                and nxt in UNITS and nxt != "zero":
            run.append(tokens[k])
        elif word == "point" and run and run[-1][2] in UNITS and nxt in DIGITS:
            run.append(tokens[k])
            k += 1
            while k < len(tokens) and tokens[k][2] in DIGITS \
                    and joined(text, tokens[k - 1], tokens[k]):
                run.append(tokens[k])
                k += 1
            continue
        elif word == "and" and run and run[-1][2] in (*UNITS, *LARGE_SCALES) and nxt == "a" \
                and [t[2] for t in tokens[k + 2:k + 4]][:1] == ["half"]:
            run += tokens[k:k + 3]  # "two and a half", "a billion and a half"
            k += 3
            continue
        elif word == "oh" and len(run) == 1 and run[0][2] in CENTURIES and nxt in DIGITS \
                and nxt not in ("oh", "nought", "zero"):
            run.append(tokens[k])  # "nineteen oh five"
        else:
            break
        k += 1
    return run


def figure_at(text: str, tokens: list, i: int) -> tuple[tuple[int, int, str] | None, int]:
    """The figure said at token i, with the number of tokens it takes; (None, 0) if none."""
    run = run_at(text, tokens, i)
    if not run:
        return None, 0
    said = [t[2] for t in run]
    start, end = run[0][0], run[-1][1]
    year = year_said(said)
    if year and (len(said) == 2 or said[1] != "thousand"
                 or year_context(text, tokens, i, len(run))):
        return (start, end, str(year)), len(run)
    if said == ["two", "thousand"] and millennium(text, tokens, i):
        return (start, end, "2000"), len(run)
    if said[-3:] == ["and", "a", "half"] and len(said) > 4 and said[-4] in LARGE_SCALES:
        said = said[:-4] + said[-3:] + said[-4:-3]  # "a billion and a half": "a and a half billion"
    if "half" in said and said[-1] not in SCALES and not PER_CENT_RE.match(text, end):
        return None, 0  # "two and a half years": the fact reader's measure and a half
    written = figure_written(said)
    if written is None:
        return None, 0
    plain = len([w for w in said if w in NUMBER_WORDS]) == 1 and said[0] not in ("a", "an")
    if plain and not PER_CENT_RE.match(text, end) and said[0] not in SCALES:
        return None, 0  # "five", "one of the": one word, which the fact reader reads
    if plain and said[0] in SCALES:
        return None, 0  # "thousand" alone ("thousands", "a thousand" are others)
    return (start, end, written), len(run)


def year_said(said: list[str]) -> int | None:
    """The year a run of words says: "nineteen ninety-nine", "twenty twenty-three",
    "twenty-twelve", "nineteen oh five", "two thousand and thirteen"; None for others."""
    if len(said) >= 2 and said[0] in CENTURIES:
        rest = said[1:]
        if rest[0] == "oh" and len(rest) == 2:
            return CENTURIES[said[0]] * 100 + DIGITS[rest[1]]
        tail = two_digits(rest)
        if tail is not None and tail >= 10:
            return CENTURIES[said[0]] * 100 + tail
    if len(said) >= 3 and said[:2] == ["two", "thousand"]:
        rest = said[3:] if said[2] == "and" else said[2:]
        tail = two_digits(rest)
        if tail:
            return 2000 + tail
    return None


def two_digits(said: list[str]) -> int | None:
    """The number 1-99 of one or two words ("twelve", "ninety-nine"), None otherwise."""
    if len(said) == 1 and said[0] in UNITS and said[0] != "zero":
        return UNITS[said[0]]
    if len(said) == 2 and said[0] in TENS and said[1] in UNITS and UNITS[said[1]] < 10:
        return TENS[said[0]] + UNITS[said[1]]
    return None


def year_context(text: str, tokens: list, i: int, length: int) -> bool:
    """"Two thousand and thirteen" is a year after "in", "since", a month ..., or with no
    noun after it; a count before a noun ("two thousand and thirteen people")."""
    if i and tokens[i - 1][2] in YEAR_CUES:
        return True
    k = i + length
    return k >= len(tokens) or not joined(text, tokens[k - 1], tokens[k]) \
        or tokens[k][2] in ("and", "when", "the")


# the words before "two thousand" that make it the year 2000 ("in", "since", "the year"):
# not "by" or "of", after which it counts as often ("won by two thousand")
MILLENNIUM_CUES = frozenset("in since until till year".split())


def millennium(text: str, tokens: list, i: int) -> bool:
    """"Two thousand" at token i is the year 2000: after "in", "since", "the year" ..., with
    no noun after it ("in two thousand homes" counts homes)."""
    return bool(i) and tokens[i - 1][2] in MILLENNIUM_CUES and (
        i + 2 >= len(tokens) or not joined(text, tokens[i + 1], tokens[i + 2]))


def figure_written(said: list[str]) -> str | None:
    """How a report writes the number the words say: "13,200", "1.2 million", "2.5 million",
    "350"; the million or billion kept as a word after the figure before it."""
    scale = ""
    if said[-1] in LARGE_SCALES and len(said) > 1:
        scale, said = said[-1], said[:-1]
        if any(w in LARGE_SCALES for w in said):
            return None  # "two million three hundred thousand": rare, left to the reader
    value = spoken_value(said)
    if value is None:
        return None
    if scale:
        return f"{value:g} {scale}"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def spoken_value(said: list[str]) -> float | None:
    """The number a figure's words say, with "point" and its digits ("one point two") and
    "and a half" ("two and a half"); None where the words are no one figure."""
    words_left, fraction = list(said), ""
    if "point" in words_left:
        at = words_left.index("point")
        fraction = "".join(str(DIGITS[w]) for w in words_left[at + 1:])
        words_left = words_left[:at]
    half = 0.5 if words_left[-3:] == ["and", "a", "half"] else 0.0
    if half:
        words_left = words_left[:-3]
    whole = number_value(words_left)
    if whole is None:
        return None
    if fraction:
        if any(w in SCALES and w != "hundred" for w in words_left):
            return None  # "a thousand point five": no figure anyone says
        return float(f"{int(whole)}.{fraction}")
    return whole + half


def number_value(said: list[str], in_a_row: bool = True) -> float | None:
    """What number words add up to, lower-case ("thirteen thousand two hundred" 13,200, "a
    hundred and twenty" 120, "a dozen" 12, "a" alone 1; None for another word): the one
    reader of number words, for the figures said here and the counts the fact reader finds
    (`qa.claims.facts.parse_number`). With `in_a_row`, each word must fit the number so far
    (`fits`): "eleven thirty" is a time and "five six" two numbers, no figure (None); the
    fact reader adds up what its pattern found ("a five-year plan": five)."""
    if said in (["a"], ["an"]):
        return 1.0  # "a month", "a million"
    total, current = 0, 0
    for word in said:
        if word in ("a", "an", "and"):
            continue  # "a hundred": the one the scale word makes of nothing said before it
        if word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total, current = total + (current or 1) * SCALES[word], 0
        elif word in UNITS:
            if in_a_row and not fits(current, UNITS[word]):
                return None  # "eleven thirty": a time, two numbers, no figure
            current += UNITS[word]
        else:
            return None
    return float(total + current)


def fits(current: float, unit: int) -> bool:
    """A number word can follow what is said so far of a hundred: a tens word after nothing
    or a hundred ("three hundred and fifty"), a unit also after a tens word ("fifty-two")."""
    below = current % 100
    return below == 0 or below % 10 == 0 and below >= 20 and unit < 10


def ordinal_value(said: str) -> int:
    """The number an ordinal says, "eleventh" 11, "twenty-first" 21, "11th" 11; 0 for none."""
    said = said.lower()
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", said)
    if digits:
        return int(digits.group(1))
    parts = re.split(r"[\s-]", said)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ORDINALS and ORDINALS[parts[1]] < 10:
        return TENS[parts[0]] + ORDINALS[parts[1]]
    return ORDINALS.get(said, 0) if len(parts) == 1 else 0


_UNIT_ORDINALS = "|".join(w for w, n in ORDINALS.items() if n < 10)
_ORDINAL_WORD = (rf"(?:(?:{'|'.join(TENS)})[\s-](?:{_UNIT_ORDINALS})"
                 rf"|{'|'.join(sorted(ORDINALS, key=len, reverse=True))})")
_ORDINAL = rf"(?:{_ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
# around a month's name (`MONTH_CUE_RE`): "the eleventh of" / "the 11th of" before it, "the
# eleventh" or "eleventh" after it (an ordinal word: "November 11th" the fact reader reads
# as it is); looked for beside each month found, not through the whole text
DAY_BEFORE_RE = re.compile(rf"\bthe\s+(?P<day>{_ORDINAL})\s+of\s+$", re.I)
DAY_AFTER_RE = re.compile(rf"\s+(?:the\s+(?P<day>{_ORDINAL})|(?P<word>{_ORDINAL_WORD}))\b",
                          re.I)
DAY_REACH = 30  # characters before a month that hold "the twenty-seventh of "


def dates(text: str) -> list[tuple[int, int, str]]:
    """A day of a month said with its ordinal: written "11 November"."""
    found = []
    for month in MONTH_CUE_RE.finditer(text):
        before = DAY_BEFORE_RE.search(text, max(0, month.start() - DAY_REACH), month.start())
        after = None if before else DAY_AFTER_RE.match(text, month.end())
        said = before or after
        if not said:
            continue
        day = ordinal_value(said.group("day") or said.group("word"))
        start = before.start() if before else month.start()
        end = month.end() if before else after.end()
        if 1 <= day <= 31 and not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, f"{day} {month.group()}"))
    return found


# "the nineties", "the nineteen-nineties", "the twenty-tens": the decade, written "the 1990s"
DECADE_RE = re.compile(
    rf"\bthe\s+(?:(?P<part>early|mid|late)[\s-]+)?"
    rf"(?:(?P<century>{'|'.join(CENTURIES)})[\s-]+(?P<of>{'|'.join(DECADES_OF_CENTURY)})"
    rf"|(?P<alone>{'|'.join(DECADES)}))\b", re.I)


def decades(text: str) -> list[tuple[int, int, str]]:
    found = []
    if "ies" not in text and "tens" not in text and "IES" not in text and "TENS" not in text:
        return found  # every decade said ends so: "the nineties", "the twenty-tens"
    for match in DECADE_RE.finditer(text):
        if match.group("alone"):
            year = 1900 + DECADES[table_key(match.group("alone"))]
        else:
            year = CENTURIES[table_key(match.group("century"))] * 100 \
                + DECADES_OF_CENTURY[table_key(match.group("of"))]
        part = f"{match.group('part')} " if match.group("part") else ""  # "the early 1990s"
        found.append((match.start(), match.end(), f"the {part}{year}s"))
    return found


# "half a million", "a quarter of a million", "three quarters of a billion": the part of the
# scale, written "500,000", "250,000", "750 million"
PART_OF_SCALE_RE = re.compile(
    r"\b(?:(?P<half>half)|(?P<quarters>an?|one|three)[\s-]+quarters?\s+of)\s+an?\s+"
    r"(?P<scale>million|billion)\b", re.I)
QUARTERS = {"a": 1, "an": 1, "one": 1, "three": 3}


def parts_of_scale(text: str) -> list[tuple[int, int, str]]:
    found = []
    if "illion" not in text.lower():
        return found  # every such part names a million or a billion
    for match in PART_OF_SCALE_RE.finditer(text):
        part = 0.5 if match.group("half") else QUARTERS[table_key(match.group("quarters"))] / 4
        value = part * SCALES[table_key(match.group("scale"))]
        written = f"{value:,.0f}" if value < 1_000_000 else f"{value / 1_000_000:g} million"
        found.append((match.start(), match.end(), written))
    return found
