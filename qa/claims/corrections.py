"""A correction's asserted version, without the alternative it denies (round 55).

A correction sets a version against the one it denies: "It was not X but Y that P", "It was
Y, not X, that P", "P was not X but Y", "Y, not X, P". It asserts "P of Y" and denies "P of
X". Read word by word, the denied X is taken for a fact of the claim: a sentence stating the
asserted version lacks it (not found), and one stating X of something else conflicts with
nothing the claim asserts. `correction_read` gives the asserted version alone ("Y P", "P
Y"): a sentence must state Y to support it, and one stating X in Y's place differs from the
claim as any sentence telling the fact otherwise does, which is the conflict the correction
means.

The alternatives taken out are those a correction sets apart: the focus of a cleft ("It was
not X but Y that"), "not X but Y" within a clause ("was not more than 300 but 174"; not "not
only X but also Y", which asserts both), and "Y, not X," between commas where X is a figure,
a date, a time or a name (two such values of one fact exclude each other; "schools, not
hospitals" names two things a fund may both pay for, and stays for
`qa.claims.contrast_not`). A cleft that only denies ("It was not X who P; ...") stays.
"""
from __future__ import annotations

import re

from ..search.wordnet import can_be_verb
from ..text.analyze import load_stopwords
from ..text.lexicon import words
from .auxiliaries import TENSED_AUXILIARIES

CUE_RE = re.compile(r"\bnot\b", re.IGNORECASE)

# "It was not X but Y that P" / "It was Y, not X, that P" / "It was Y and not X that P"
CLEFT_NOT_BUT_RE = re.compile(
    r"^It\s+(?:was|is|were|had\s+been|has\s+been)\s+not\s+(?P<denied>(?:[^,;:]|\d,\d){1,80}?)\s*,?\s+"
    r"but\s+(?P<focus>[^;:]{1,120}?)\s*,?\s+(?P<rel>that|who|which|when|where)\s+"
    r"(?P<rest>.+)$")
CLEFT_Y_NOT_X_RE = re.compile(
    r"^It\s+(?:was|is|were|had\s+been|has\s+been)\s+(?P<focus>(?!not\b)[^,;:]{1,120}?)"
    r"\s*(?:,\s*|\s+)(?:and\s+)?not\s+(?P<denied>[^,;:]{1,80}?)\s*,?\s+"
    r"(?P<rel>that|who|which|when|where)\s+(?P<rest>.+)$")
# "not X but Y" inside a clause: at most six words denied, no punctuation between
NOT_BUT_RE = re.compile(
    r"\bnot\s+(?!only\b|just\b|merely\b|simply\b|solely\b|even\b)"
    r"(?P<denied>[^\s,;:]+(?:\s+[^\s,;:]+){0,5}?)\s+but\s+(?!also\b)(?=\S)",
    re.IGNORECASE)
# "Y, not X, P": the denied alternative between commas
APPOSED_NOT_RE = re.compile(r",\s+not\s+(?P<denied>[^,;:]{1,60}?)\s*,\s+(?=\S)")
# words that open an adverbial focus ("in 2017", "three days after ..."), fronted when the
# cleft is undone; an object focus goes after its clause
ADVERBIAL_HEADS = frozenset("in on at from since by during after before until till for over "
                            "under within around throughout between when".split())
TIME_WORDS = frozenset("later earlier after before ago afterwards onward onwards day days "
                       "week weeks month months year years decade decades hour hours "
                       "spring summer autumn winter".split()) | frozenset(words()["months"])
# every number word the lexicon holds (the list `spoken` and `facts` read numbers with), and
# "half", which is a value in a correction ("not half but a third") though no count
NUMBER_WORDS = (frozenset(words()["number_words"]) | frozenset(words()["number_scales"])
                | {"half"})
AUXILIARIES = TENSED_AUXILIARIES


def correction_read(text: str) -> str:
    """`text` with only the version a correction asserts (itself when it has none)."""
    if CUE_RE.search(text) is None:
        return text
    undone = cleft_undone(text)
    if undone != text:
        return undone
    kept = NOT_BUT_RE.sub(lambda m: shared_part(m, text), text)
    kept = APPOSED_NOT_RE.sub(lambda m: " " if exclusive(m.group("denied")) else m.group(0),
                              kept)
    kept = " ".join(kept.split())
    return kept if kept != " ".join(text.split()) else text


def cleft_undone(text: str) -> str:
    """"It was not X but Y that P" / "It was Y, not X, that P" -> "Y P" when P lacks its
    subject, "Y, P" when Y is an adverbial, "P Y" otherwise."""
    match = CLEFT_NOT_BUT_RE.match(text) or CLEFT_Y_NOT_X_RE.match(text)
    if match is None:
        return text
    focus, rest = match.group("focus").strip(), match.group("rest").strip()
    # a clause after a semicolon stays after the one the cleft frames
    rest, semi, after = rest.partition(";")
    end = re.search(r"[.!]+$", rest.rstrip())
    rest = rest.rstrip()
    stop = (end.group(0) if end else "") + (semi + after if semi else "")
    rest = rest[:end.start()] if end else rest
    first = rest.split()[0]
    if subject_gap(first):
        return capitalised(f"{focus} {rest}{stop}")
    if adverbial(focus):
        return capitalised(f"{focus}, {rest}{stop}")
    # an object: its gap is before the clause's first subordinate clause ("that Egypt cited
    # when it suspended ..."), else at its end
    link = re.search(r"\s(?:when|while|whereas|because|after|before|since|until|as|so\s+that|"
                     r"in\s+order\s+to)\s", rest)
    if link:
        return capitalised(f"{rest[:link.start()]} {focus}{rest[link.start():]}{stop}")
    return capitalised(f"{rest} {focus}{stop}")


def subject_gap(word: str) -> bool:
    """The clause after the cleft's "that" opens with its verb: the focus is its subject."""
    lower = word.lower()
    return word.islower() and (lower in AUXILIARIES
                               or lower not in load_stopwords() and can_be_verb(lower))


def adverbial(focus: str) -> bool:
    words = focus.lower().split()
    return bool(words) and (words[0] in ADVERBIAL_HEADS or any(w in TIME_WORDS for w in words))


def shared_part(match: re.Match, text: str) -> str:
    """What stays of "not X but " before Y: nothing when X is one value of Y's kind ("not
    more than 300 but 174"); the words X and Y share before their values when Y opens with
    a word X has ("was not set in 2019 but in 2021": "set "); all of it when the
    two are no values of one kind ("not initiated by CO2 but by changes in the orbit": two
    causes, both may be)."""
    words = match.group("denied").split()
    following = re.split(r"[,;:]", text[match.end():], maxsplit=1)[0].split()
    first = following[0].lower() if following else ""
    shared = next((k for k, w in enumerate(words) if w.lower() == first), 0)
    denied, asserted = words[shared:], following[1 if shared else 0:][:VALUE_WORDS]
    if not value_kinds(denied) & value_kinds(asserted) & {"number", "time"}:
        return match.group(0)  # not names either: as `exclusive` says
    return " ".join(words[:shared]) + " " if shared else ""


VALUE_WORDS = 3  # the words of Y read for its kind of value: "174", "in 2017", "the board"
NUMBER_RE = re.compile(r"\d[\d,.]*%?|\d+(?:st|nd|rd|th|s)")


def value_kinds(words: list[str]) -> set[str]:
    """The kinds of value among the words: a number, a time, a name."""
    kinds = set()
    for w in words:
        bare = w.strip(".,;:'\u2019()")
        if NUMBER_RE.fullmatch(bare) or bare.lower() in NUMBER_WORDS:
            kinds.add("number")
        elif bare.lower() in TIME_WORDS:
            kinds.add("time")
        elif bare[:1].isupper() and bare.isalpha():
            kinds.add("name")
    return kinds


def exclusive(denied: str) -> bool:
    """The alternative between commas is a value that excludes another of its kind: a figure,
    a date or a time. Not a name: "the board, not the Holm council, is responsible for the
    levee" denies a party a source may name, and the denial is the claim's point
    (a source naming that party must keep support away, which the name left in does)."""
    words = denied.split()
    return 0 < len(words) <= 5 and bool(value_kinds(words) & {"number", "time"})


def capitalised(text: str) -> str:
    return text[0].upper() + text[1:] if text[:1].islower() else text
