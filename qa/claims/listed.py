"""A name the sentence gives only as one item of a list.

"When Islamic armed groups such as Ansar Dine, the Movement for Unity and Jihad in West Africa
(MUJAO), and al-Qaida in the Islamic Maghreb (AQIM) advanced southwards ..." names MUJAO, and
says of it only what it says of the whole list. A claim about MUJAO alone ("MUJAO was formed
as a splinter group of al-Qaida") finds its name there and most of its weight in the other
names, yet none of what it says MUJAO was. Where the claim's subject (its first name, not
itself a list) stands in the sentence only between two commas, in a stretch of at most ITEM
words (brackets left out: an acronym after a name), the claim's other words, besides names,
figures and dates, must be stated as support asks of the whole claim (`shares.SUPPORT`).
"""
from __future__ import annotations

import re

from .facts import AUXILIARY_WORDS, Mention, Parsed

ITEM = 10  # words of a list item between its two commas
# words besides list joiners that may stand between two listed names ("the Vela task force,
# the Norte fleet and Sur training teams": "force", "fleet")
BETWEEN_ITEMS = 2
JOINERS = frozenset("and or the a an its their".split())
BRACKETS_RE = re.compile(r"\([^)]*\)")
LIST_GOES_ON_RE = re.compile(r"\s*(?:,|and\b|or\b)")


def subject_listed(claim: Parsed, sentence: Parsed) -> bool:
    """The claim's subject, a name, is named by the sentence only as an item of a list."""
    subject = next((m for m in claim.mentions if m.family == "name"), None)
    if subject is None or claim.text[:subject.start].strip().lower() not in ("", "the") \
            or LIST_GOES_ON_RE.match(claim.text, subject.end):
        return False  # not the claim's opening name, or a list itself ("A, B and C held")
    here = [m for m in sentence.mentions if m.family == "name" and m.kind == subject.kind
            and names(m, subject)]
    return bool(here) and all(item(sentence, m) for m in here)


def names(mention: Mention, subject: Mention) -> bool:
    """The sentence's mention names the claim's subject."""
    if subject.kind == "country":
        return mention.value == subject.value
    return bool(subject.value) and subject.value <= mention.value


def item(sentence: Parsed, mention: Mention) -> bool:
    """The mention stands between two commas, in a stretch of at most ITEM words, with no
    auxiliary after it there: "First, Osterburg has delayed the convoys, citing ..." is a
    clause whose subject the name is, after an opening adverb, not an item of a list (round
    66, branch capital70: a capital opening a claim is now its subject name)."""
    text = sentence.text
    left, right = text.rfind(",", 0, mention.start), text.find(",", mention.end)
    if left < 0 or right < 0:
        return False
    if any(mention.end <= t.start < right and t.lower in AUXILIARY_WORDS
           for t in sentence.tokens):
        return False
    return len(BRACKETS_RE.sub("", text[left + 1:right]).split()) <= ITEM


def in_list(text: Parsed, mention: Mention) -> bool:
    """The name is one item of a list of names: the next name before or after it is apart
    from it by a comma, "and" or "or" and at most BETWEEN_ITEMS other words (the rest of an
    item: "the Vela task force, the Norte fleet and Sur training teams")."""
    return len(list_of(text, mention)) > 1


def partial_list(text: Parsed, mention: Mention) -> bool:
    """The name is an item of a list that says it names only some members of a set
    ("including A, B and C", "such as A and B", "A, B and other bodies"): another list of
    the same set may name others, so a name in one is no rival of a name in the other,
    though both stand in the same place. A list that does not say so may be the whole set
    ("abstained: A and B", "organized by A, B and C"), where another member contradicts."""
    items = list_of(text, mention)
    if len(items) < 2:
        return False
    before = WORD_RE.findall(text.text[:items[0].start].lower())[-OPENING:]
    after = WORD_RE.findall(text.text[items[-1].end:].lower())[:CLOSING]
    return any(" ".join(before[k:]) in PARTIAL_OPENERS for k in range(len(before))) \
        or bool(PARTIAL_CLOSERS & set(after))


WORD_RE = re.compile(r"[a-z]+")
OPENING = 3  # words before a list's first item that may open it as a part ("such as the")
CLOSING = 4  # words after its last item that may close it so ("and a range of other")
PARTIAL_OPENERS = frozenset({"including", "including the", "such as", "such as the", "like",
                             "like the", "among them", "among them the", "notably",
                             "notably the", "among others"})
PARTIAL_CLOSERS = frozenset({"other", "others", "etc"})


def list_of(text: Parsed, mention: Mention) -> tuple[Mention, ...]:
    """The names of the list the mention is an item of, in order (itself alone if none).
    Remembered on the parse: a rival is sought name against name, sentence after sentence."""
    found = text.lists.get(mention)
    if found is None:
        found = text.lists[mention] = tuple(items_around(text, mention))
    return found


def items_around(text: Parsed, mention: Mention) -> list[Mention]:
    names = sorted((m for m in text.mentions if m.family == "name"), key=lambda m: m.start)
    k = names.index(mention) if mention in names else None
    if k is None:
        return [mention]
    first = last = k
    while first and joined(BRACKETS_RE.sub("", text.text[names[first - 1].end:
                                                          names[first].start])):
        first -= 1
    while last + 1 < len(names) and joined(BRACKETS_RE.sub(
            "", text.text[names[last].end:names[last + 1].start])):
        last += 1
    return names[first:last + 1]


def joined(between: str) -> bool:
    """The words between two names join two items of a list."""
    words = between.replace(",", " , ").lower().split()
    if not ("," in words or "and" in words or "or" in words):
        return False
    return len([w for w in words if w != "," and w not in JOINERS]) <= BETWEEN_ITEMS
