"""A witness's aside set off inside a claim by commas or dashes: the speaker's comment on the
fact, not a fact (round 81).

Testimony and interviews break the fact they give with the speaker's own remarks: "The 2004
flood cost, by the numbers I have read, about 9 million euros", "Harwick, I'd remind the panel,
was cut off until 1840", "Even in 1912 — and I think this striking — the board forecast
...", and the same remarks between dashes as the written register sets them between commas
("— curiously enough —", "— frankly —"). Left in, their words ("numbers", "read", "remind",
"striking") are weighed as facts no source states, so a stated claim is not found.
`asides_removed` gives the claim without them; `qa.claims.frames.unframed` calls it with its
other frames.

An aside is a place and a test, not a list of phrases met:
- its place: a stretch between two commas or dashes, or after the claim's last one to its end;
  a dash is an em dash, or an en dash or hyphen with a space on each side ("1452–53" is a span);
- the speaker in it: a first person singular ("I", "I'd", "me", "my"); or, between two dashes,
  a word the comma readings already take from between commas (a marker of `frames.json`, an
  evaluative comment adverb, a WordNet discourse adverb);
- no fact in it: no figure, no name (a capital past its first word, other than "I"), and not
  a relative clause ("which destroyed my house" says what the noun did);
- no doubt in it: a negation or a word of doubting ("I doubt", "I'm not sure", "I am
  unconvinced") keeps the aside, which takes back what the clause asserts.
What is left must still be a clause.

A remark that doubts is read for what it says (`doubting_remark`): "I find it hard to
believe that P", "I have my doubts that P", "I cannot tell the committee that P", "P, I
doubt, ..." do not assert P, so a source stating P does not support them (a negation and a
negative word together, "I have no doubt that P", "We must not forget that P", assert it,
and such a frame of certainty is the speaker's, taken off like a hedge: `assured`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import discourse_kind
from ..text.lexicon import frame_lists, valences
from .clause_size import clause

# a comma, an em dash (spaced or not), or an en dash or hyphen standing alone between spaces
SEPARATOR_RE = re.compile(r"\s*(?:,|\u2014|\s[\u2013-]{1,2}(?=\s))\s*")
CUE_RE = re.compile(r"\b(?:I|me|my)\b|[\u2014\u2013]|\s-\s")
DOUBT_CUE_RE = re.compile(r"\b(?:I|We|me|my)\b")
FIRST_PERSON = frozenset("i i'd i've i'm i'll me my myself".split())
RELATIVE = frozenset("which who whom whose where when that".split())
# what takes back the clause a remark stands in: left in, the claim is no plain assertion
NEGATIONS = frozenset("not never no nor cannot".split())
DOUBTS = frozenset("doubt doubts doubted doubtful unsure uncertain unconvinced unpersuaded "
                   "sceptical skeptical dispute deny question wonder disbelieve".split())
DOUBTING = NEGATIONS | DOUBTS
# "I find it hard to believe that": a belief the speaker says is hard to hold
HARD_TO_BELIEVE_RE = re.compile(r"\b(?:hard|difficult)\s+to\s+(?:believe|accept|credit)\b")
# the speaker's frame before the clause: "I remain unconvinced that", "We have our doubts that"
LEADING_FRAME_RE = re.compile(r"^(?:I|We)\b[^,;:.]{0,60}?\s(?:that|whether|if)\s")
WORD_RE = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?|\d")
END_RE = re.compile(r"[.!]*\s*$")
MAX_ASIDE_WORDS = 8  # a remark, not a clause of the fact ("this is what troubles me most")
LEADING_ONLY = frozenset("so well yes ok okay look listen actually basically indeed".split())


@lru_cache(maxsize=1)
def dash_markers() -> frozenset[str]:
    """The markers the comma readings take from between commas (`qa.claims.frames`,
    `qa.claims.frames.uncommented`), taken here from between dashes."""
    data = frame_lists()
    return frozenset(m for m in data["markers"] if m not in LEADING_ONLY) \
        | frozenset(data["comment_adverbs"])


def speaker_words(words: list[str]) -> bool:
    """The stretch's words are the speaker's remark: a first person, no name, no figure, no
    relative pronoun opening it, no doubt."""
    lowered = [w.lower().replace("\u2019", "'") for w in words]
    if not lowered or len(lowered) > MAX_ASIDE_WORDS or lowered[0] in RELATIVE:
        return False
    if any(w.isdigit() for w in words) or any(w in DOUBTING or w.endswith("n't")
                                             for w in lowered):
        return False
    if any(w[0].isupper() and w.lower() not in FIRST_PERSON for w in words[1:]):
        return False
    return any(w in FIRST_PERSON for w in lowered)


def dash_remark(words: list[str]) -> bool:
    """Between two dashes: what a comma reading would take from between two commas."""
    phrase = " ".join(w.lower() for w in words)
    if phrase in dash_markers() or discourse_kind(phrase, "adverb"):
        return True
    return len(words) == 2 and words[1] == "enough" and words[0].lower() in dash_markers()


def aside(stretch: str, dashes: bool) -> bool:
    words = WORD_RE.findall(stretch)
    if words and words[0].lower() in ("and", "but"):
        words = words[1:]  # "— and I think this striking —"
    return speaker_words(words) or (dashes and bool(words) and dash_remark(words))


def stretches(text: str) -> list[tuple[re.Match, re.Match]]:
    """The marks around each stretch between two commas or dashes, and around the stretch
    after the last one to the claim's end (its end mark, the empty match before the end)."""
    marks = list(SEPARATOR_RE.finditer(text))
    if not marks:
        return []
    return list(zip(marks, marks[1:] + [END_RE.search(text, marks[-1].end())]))


def asides_removed(text: str) -> str:
    """`text` without the speaker's asides (itself when it has none)."""
    if CUE_RE.search(text) is None:
        return text
    for left, right in stretches(text):
        stretch = text[left.end():right.start()]
        closing = right.end() == len(text) or right.group(0).strip() == ""
        dashes = "," not in left.group(0) and (closing or "," not in right.group(0))
        if aside(stretch, dashes):
            shorter = text[:left.start()] + joined(left, right, closing) + text[right.end():]
            if clause(shorter):
                return asides_removed(shorter)
    return text


def joined(left: re.Match, right: re.Match, closing: bool) -> str:
    """What stands where an aside was: nothing before the claim's end, one space between two
    marks of a kind, the dash where a comma and a dash met ("Tam — born abroad, I might add —
    was" keeps "Tam — born abroad — was")."""
    if closing:
        return right.group(0).strip()
    kinds = {("," in left.group(0)), ("," in right.group(0))}
    return " " if len(kinds) == 1 else " \u2014 "


def negated_doubt(lowered: list[str]) -> bool | None:
    """None without a negation; else whether it negates a word VADER's raters call negative
    ("no doubt", "must not forget", "cannot deny": two negatives make the speaker sure)."""
    if not any(w in NEGATIONS or w.endswith("n't") for w in lowered):
        return None
    return any(w in DOUBTS or valences().get(w, 0.0) < 0 for w in lowered)


def doubting_words(stretch: str) -> bool:
    """The speaker's words doubt what they frame: a word of doubt, or a negation of anything but
    a word VADER's raters call negative ("no doubt", "must not forget", "cannot deny": two
    negatives make the speaker sure)."""
    lowered = [w.lower().replace("\u2019", "'") for w in WORD_RE.findall(stretch)]
    sure = negated_doubt(lowered)
    if sure is not None:
        return not sure
    return any(w in DOUBTS for w in lowered) or bool(HARD_TO_BELIEVE_RE.search(stretch.lower()))


def doubting_remark(text: str) -> bool:
    """The claim's frame or one of its first-person asides doubts its clause ("I am not
    convinced that P", "P, I doubt, ..."): the claim does not assert P."""
    if DOUBT_CUE_RE.search(text) is None:
        return False
    frame = LEADING_FRAME_RE.match(text)
    if frame is not None and doubting_words(frame.group(0)):
        return True
    for left, right in stretches(text):
        words = WORD_RE.findall(text[left.end():right.start()])
        if len(words) <= MAX_ASIDE_WORDS and any(w.lower() in FIRST_PERSON for w in words) \
                and doubting_words(" ".join(words)):
            return True
    return False


def assured(text: str) -> str:
    """The clause after a first-person frame of certainty made of two negatives ("I have no
    doubt that P", "We cannot deny that P"): P, which the speaker asserts (`text` itself
    otherwise). Left in, the frame's "no" reads as the clause's own negation."""
    frame = LEADING_FRAME_RE.match(text)
    if frame is None or not frame.group(0).rstrip().lower().endswith("that"):
        return text
    lowered = [w.lower().replace("\u2019", "'") for w in WORD_RE.findall(frame.group(0))]
    rest = text[frame.end():]
    return rest[0].upper() + rest[1:] if negated_doubt(lowered) and clause(rest) else text
