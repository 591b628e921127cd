"""Writing systems, as far as analysis needs them: which characters belong to a word in any
script (letters and the combining marks that follow them), how text in scripts written without
spaces is cut into terms, and which stemmer, if any, suits a word.

- Words are runs of letters of any script with their combining marks (Devanagari vowel signs,
  Arabic harakat, Hebrew niqqud, Japanese dakuten stay inside the word; the ranges are
  `qa/data/combining_marks.txt`).
- Chinese, Japanese, Thai, Lao, Khmer and Myanmar put no spaces between words, and a word list
  to find them is out of scope: a run of such characters becomes its overlapping character
  bigrams (`车队在加奥` -> `车队 队在 在加 加奥`), a run of one character that character, as
  Lucene's CJK bigram filter does. A question's bigrams then match the passage's.
- Stemming by script, kept simple: Cyrillic words get nltk's Russian Snowball stemmer, Arabic
  words its Arabic one, every other word the English one, as before (qa reads English reports;
  French or German words in them are stemmed as English words). English Snowball's rules are
  made of Latin letters, so it leaves words of other scripts (Greek, Hebrew, Chinese, Hindi...)
  whole: they are not stemmed. A word's script is that of its first letter.
- Capitals: the upper- and titlecase letters of the scripts that have letter case
  (`capitals`), with which a name opens in any of them ("Østervik", "Łódź", "Москва").
Pure and cheap to import: stdlib only.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def marks() -> str:
    """The combining-mark ranges of the data file, as the inside of a regex character class
    (read on first use: only text outside ASCII needs them)."""
    text = (Path(__file__).parent.parent / "data" / "combining_marks.txt").read_text("ascii")
    parts = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            first, _, last = line.partition("..")
            parts.append(re.escape(chr(int(first, 16)))
                         + (f"-{re.escape(chr(int(last, 16)))}" if last else ""))
    return "".join(parts)


@lru_cache(maxsize=1)
def mark_ranges() -> tuple[list[int], list[int]]:
    """The first and last code points of the combining-mark ranges, in order (for `has_mark`:
    parsed, not compiled into a pattern)."""
    text = (Path(__file__).parent.parent / "data" / "combining_marks.txt").read_text("ascii")
    firsts, lasts = [], []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            first, _, last = line.partition("..")
            firsts.append(int(first, 16))
            lasts.append(int(last or first, 16))
    return firsts, lasts


def has_mark(text: str) -> bool:
    """Whether `text` holds a combining mark of `marks()`. Without one, a word is a run of
    letters and the tokenizer needs no class of marks: reading and compiling theirs took
    3.5-4 ms of CPU of a cold `qa ask` whose passages have a curly quote or a dash."""
    firsts, lasts = mark_ranges()
    for char in set(text):
        point = ord(char)
        if point >= firsts[0]:
            at = bisect_right(firsts, point) - 1
            if point <= lasts[at]:
                return True
    return False


LETTER = r"[^\W\d_]"


def word_pattern() -> str:
    """A letter and what may follow it inside a word: more letters, or combining marks."""
    return rf"{LETTER}(?:{LETTER}|[{marks()}])*"


# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Hiragana,
# Katakana (and its phonetic extensions), CJK ideographs (with extensions A to G and the
# compatibility block), Hangul excluded (Korean puts spaces between words).
UNSPACED = ("\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u309f\u30a0-\u30ff"
            "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f")


@lru_cache(maxsize=1)
def _unspaced_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """An unspaced character, runs of them, and a character with its combining marks:
    compiled on first use (the classes are large: 2 ms of every start for the first alone),
    as only words outside ASCII need them."""
    # a run starts at a letter: a mark of an unspaced script after a letter of another one
    # belongs to that letter's word (a lone mark made a term of its own there, and none once
    # the words were joined again by spaces, where no word starts with a mark)
    letter = rf"(?![{marks()}])[{UNSPACED}]"
    return (re.compile(letter), re.compile(rf"(?:{letter}[{marks()}]*)+"),
            re.compile(rf".[{marks()}]*", re.S))

# First letters of the scripts that have a stemmer, as (first, last) code points: Cyrillic
# (with its supplement) and Arabic (with its supplement and extended-A); Latin is the default.
CYRILLIC = (("\u0400", "\u052f"),)
ARABIC = (("\u0600", "\u06ff"), ("\u0750", "\u077f"), ("\u08a0", "\u08ff"))


def split_unspaced(token: str) -> list[str]:
    """A word token cut into terms: runs of unspaced scripts become character bigrams, the
    rest of the token stays whole. Tokens without such characters come back as they are."""
    if token.isascii():
        return [token]
    has_unspaced, runs, _ = _unspaced_patterns()
    if not has_unspaced.search(token):
        return [token]
    pieces, last = [], 0
    for run in runs.finditer(token):
        if run.start() > last:
            pieces.append(token[last:run.start()])
        pieces.extend(bigrams(run.group()))
        last = run.end()
    if last < len(token):
        pieces.append(token[last:])
    return pieces


def bigrams(run: str) -> list[str]:
    """Overlapping pairs of characters (each with its marks); a lone character alone."""
    clusters = _unspaced_patterns()[2].findall(run)
    if len(clusters) == 1:
        return clusters
    return [a + b for a, b in zip(clusters, clusters[1:])]


def stemmer_language(word: str) -> str:
    """The Snowball language for `word` by the script of its first letter: "russian" for
    Cyrillic, "arabic" for Arabic, else "english" (which changes no word of another script)."""
    first = word[:1]
    if first.isascii():
        return "english"
    if any(low <= first <= high for low, high in CYRILLIC):
        return "russian"
    if any(low <= first <= high for low, high in ARABIC):
        return "arabic"
    return "english"


# the letters Python's `re` matches, ignoring case, as ASCII ones ("ſixth" matches "sixth",
# the Kelvin sign "k"), which `str.lower` keeps as they are
REGEX_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def table_key(word: str) -> str:
    """A word a pattern matched ignoring case, as a key of a table of lower-case words: its
    ASCII letters lowered and the four letters `re` takes for ASCII ones (`REGEX_TWINS`) read
    as those. `str.lower` alone would leave "leſſ than" or "thırd" no key of the table the
    pattern was built from."""
    return word.lower() if word.isascii() else word.translate(REGEX_TWINS).lower()


# the blocks of the scripts that write capitals: Latin (its supplements and extensions),
# Greek, Coptic, Cyrillic, Armenian, Georgian, Cherokee, Glagolitic and the fullwidth Latin
# letters; every other script has no letter case, so no capital opens a name there
CASED_BLOCKS = ((0x00C0, 0x058F), (0x10A0, 0x10FF), (0x13A0, 0x13FF), (0x1C80, 0x1CBF),
                (0x1E00, 0x1FFF), (0x2C00, 0x2CFF), (0xA640, 0xA7FF), (0xFF21, 0xFF3A))


@lru_cache(maxsize=1)
def capitals() -> str:
    """Every capital letter (Unicode's upper- and titlecase letters) of the cased scripts, A-Z
    first, as the inside of a regex character class: "Østervik", "Éire", "Łódź", "Ωκεανός" and
    "Île-de-France" open with a capital as "Norland" does. Runs of consecutive capitals are
    written as ranges, which keeps the class short."""
    codes = [code for low, high in CASED_BLOCKS for code in range(low, high + 1)
             if unicodedata.category(chr(code)) in ("Lu", "Lt")]
    parts, start = ["A-Z"], None
    for n, code in enumerate(codes):
        start = code if start is None else start
        if n + 1 == len(codes) or codes[n + 1] != code + 1:
            parts.append(re.escape(chr(start)) + (f"-{re.escape(chr(code))}" if code > start
                                                  else ""))
            start = None
    return "".join(parts)
