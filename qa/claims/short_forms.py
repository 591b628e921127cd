"""A name and its short form are one actor, never two rivals.

Texts shorten the names they repeat, and a claim often shortens them otherwise than its source:
- an acronym names the whole name, and the name without its first words too: "the UNSC" is
  "the UN Security Council" (an acronym inside a name gives all its letters) and "the Security
  Council" (its last words, the body without the organisation it belongs to);
- a clipped word names the word it starts: "Res 2164" is "Resolution 2164", "Gov." is
  "Government".
Read as two actors, each made a conflict of one name ("actor: the claim says UNSC, the source
says Security Council") and so a contradiction of a true claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .facts import Mention, Parsed

CLIPPED = 3  # the shortest clipping read as one: "Res", "Gov"; "Re" or "Co" are words of their own


def short_form(mine: Mention, theirs: Mention) -> bool:
    """One of the two names is a short form of the other."""
    if mine.family != "name" or theirs.family != "name" or "country" in (mine.kind, theirs.kind):
        return False
    return any(one_word(a) and (acronym_of(a, b) or clipped(a, b) or mixed_acronym_of(a, b))
               for a, b in ((mine.text, theirs.text), (theirs.text, mine.text),
                            *led_alike(mine.text, theirs.text)))


def led_alike(mine: str, theirs: str) -> tuple[tuple[str, str], ...]:
    """Two names that begin with the same words, each rest, the short one first ("Norwegian
    MoD" / "Norwegian Ministry of Defence": "MoD" / "Ministry of Defence"): the leading words
    name the owner both share, the rest is what one of them shortens; () for other names."""
    a, b = mine.split(), theirs.split()
    k = 0
    while k < min(len(a), len(b)) - 1 and a[k] == b[k]:
        k += 1
    if not k:
        return ()
    rest_a, rest_b = " ".join(a[k:]), " ".join(b[k:])
    return (rest_a, rest_b), (rest_b, rest_a)


def mixed_acronym_of(acronym: str, name: str) -> bool:
    """`acronym` in capitals and small letters is the initials of every word of `name`, each
    capital a capitalised word's, each small letter a small word's ("MoD" / "Ministry of
    Defence", "DoJ" / "Department of Justice"): the small words an acronym in capitals leaves
    out, written in by a small letter. Without it the two were rival actors, and a true claim
    naming the ministry by its acronym was called contradicted."""
    if acronym.isupper() or acronym.islower() or not acronym[0].isupper() \
            or not acronym.isalpha():
        return False
    words = [w for w in WORD_GAP_RE.split(name) if w]
    return len(words) == len(acronym) and all(
        w[0].lower() == c.lower() and w[0].isupper() == c.isupper() for w, c in zip(words, acronym))


def spelled_in(name: Mention, text: Parsed) -> bool:
    """The text writes the claim's name in full or clipped: its acronym with every letter ("UNSC"
    / "the UN Security Council"; a name's last words alone are stated by no acronym: "NSC"
    ends "UNSC"), or the word it clips ("Res 2164" / "Resolution 2164")."""
    if name.family != "name" or name.kind == "country":
        return False
    if not one_word(name.text):
        # "Norwegian MoD" / "Norwegian Ministry of Defence": the same leading words, the
        # rest its mixed acronym
        return any(m.family == "name" and m.kind != "country"
                   and any(one_word(a) and mixed_acronym_of(a, b)
                           for a, b in led_alike(name.text, m.text)[:1])
                   for m in text.mentions)
    return any(m.family == "name" and m.kind != "country"
               and (acronym_of(name.text, m.text, whole=True) or clipped(name.text, m.text)
                    or mixed_acronym_of(name.text, m.text))
               for m in text.mentions)


def one_word(short: str) -> bool:
    """A short form is one word of letters, dots aside ("UNSC", "U.N.", "Res."): the cheap test
    both readings need, asked first because names are compared for every claim-sentence pair."""
    return short.replace(".", "").isalpha()


WORD_GAP_RE = re.compile(r"[\s-]+")


@lru_cache(maxsize=4096)  # of each name of a sentence, for every claim's acronym it is asked of
def letters(name: str) -> str:
    """The letters a name gives an acronym: each word's capital, all of an acronym's ("UN
    Security Council" -> "UNSC")."""
    words = [w.strip(".,'’") for w in WORD_GAP_RE.split(name)]
    return "".join(w.replace(".", "") if w.replace(".", "").isupper() else w[0]
                   for w in words if w and w[0].isupper())


def acronym_of(acronym: str, name: str, whole: bool = False) -> bool:
    """`acronym`, one word in capitals, ends with the letters of `name`, of two words or more
    ("UNSC" / "Security Council"): the name is the acronym's, or its last words; with `whole`,
    the acronym's every letter ("UNSC" / "UN Security Council")."""
    acronym = acronym.replace(".", "")
    if not (acronym.isalpha() and acronym.isupper()) or len(name.split()) < 2:
        return False
    own = letters(name)
    if len(own) >= 2 and (acronym == own if whole else acronym.endswith(own)):
        return True
    return len(own) >= 2 and compound_spelled(acronym, name, whole)


COMPOUND_PART = 3  # the shortest half of a closed compound that gives the acronym a letter


@lru_cache(maxsize=4096)
def compound_spelled(acronym: str, name: str, whole: bool) -> bool:
    """`acronym_of` where a closed compound of the name gives the initials of its two halves
    ("DPKO" / "Department of Peacekeeping Operations": peace-keeping), as an acronym of it
    is often made; each half COMPOUND_PART letters at least. Without it the two are rival
    actors, and a true claim naming the body by that acronym is called contradicted."""
    words = [w.strip(".,'’") for w in WORD_GAP_RE.split(name)]
    words = [w for w in words if w and w[0].isupper()]

    def spells(i: int, at: int) -> bool:
        if i == len(words):
            return at == len(acronym)
        word = words[i]
        if word.replace(".", "").isupper():
            plain = word.replace(".", "")
            return acronym.startswith(plain, at) and spells(i + 1, at + len(plain))
        if at >= len(acronym) or word[0] != acronym[at]:
            return False
        if spells(i + 1, at + 1):
            return True
        return at + 1 < len(acronym) and any(
            word[cut].upper() == acronym[at + 1] and spells(i + 1, at + 2)
            for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1))
    # the name's parent body before it ("UN Department of ..."), as `names_acronym` allows
    first = 1 if len(words) > 2 and words[0].isupper() \
        and len(words[0]) <= PARENT_LETTERS and not acronym.startswith(words[0]) else 0
    if whole:
        return spells(0, 0) or bool(first) and spells(first, 0)
    return any(spells(at, start) for at in {0, first} for start in range(len(acronym) - 1))


PARENT_LETTERS = 2  # "UNSC" names the "Security Council" of the UN: a parent body's "UN", "EU"


def names_acronym(name: str, acronym: str) -> bool:
    """The name is the acronym's long form, an acronym in it giving its letters ("UN Security
    Council" for UNSC), or that long form less its parent body's initials ("Security Council"
    for UNSC): a body is named without its parent once the parent is known."""
    own = letters(name)
    return acronym_of(acronym, name) and len(acronym.replace(".", "")) - len(own) <= PARENT_LETTERS


def clipped(short: str, name: str) -> bool:
    """`short`, one word, is the start of `name`, one longer word ("Res" / "Resolution")."""
    short = short.rstrip(".")
    if " " in short or " " in name or len(short) < CLIPPED or len(name) <= len(short):
        return False
    return short.isalpha() and name.lower().startswith(short.lower())


def headed_acronym_in(name: Mention, text: Parsed) -> bool:
    """The text writes the name's last words as their acronym and its first words in full
    ("Selva has kept an FCS" for "a Selva Flood Control Station"): a named thing
    of an owner the text names, shortened as texts shorten what they repeat. The acronym is a
    word of the text in capitals, two letters at least, the initials of two words at least."""
    if name.family != "name" or name.kind == "country":
        return False
    words = [w for w in WORD_GAP_RE.split(name.text) if w]
    if len(words) < 3:
        return False
    capitals = {t.word for t in text.tokens if len(t.word) >= 2 and t.word.isalpha()
                and t.word.isupper()}
    for split in range(1, len(words) - 1):
        head, tail = words[:split], " ".join(words[split:])
        own = letters(tail)
        if len(own) >= 2 and own in capitals \
                and all(re.search(rf"\b{re.escape(w)}\b", text.text) for w in head):
            return True
    return False
