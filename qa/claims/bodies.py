"""A body named by its acronym and by the generic noun its name is built on: a report that
spells out "the Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)" then
writes "the Mission" or "Mission officials" for it, as "the Council" stands for "the United
Nations Security Council (UNSC)". Claim checking must not read "MINUSMA officials" against
"Mission officials" as two actors.

The link comes from the corpus's own definitions, read where the acronym is written: the
capitalised words right before "(ACRONYM)", with the acronym's first letter, whose head is
the last capitalised word before a preposition ("Mission" in "... Mission in Mali") or the
last word. Unlike `qa.text.acronyms`, the initials need not spell the acronym
in order: a body's acronym is often made in another language (MINUSMA is French) or skips
words.
"""
from __future__ import annotations

import re

from ..text.acronyms import MINOR_WORDS
from .facts import Mention, Parsed

WORD_RE = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
BEFORE = 200  # characters before "(ACRONYM)" that may hold its long form
MAX_WORDS = 10
# the small words that open a name's post-modifier ("Mission [in Mali]", "Community [of West
# African States]"); "and" joins two words of the name ("Defense and Security Forces")
PREPOSITIONS = MINOR_WORDS - {"and", "et", "the", "la", "le"}
SCANNED = 200  # passages holding the acronym that are read for its definition, in index order


class Bodies:
    """The corpus's long forms of acronyms, read on first need (most claims never ask), for
    one check."""

    def __init__(self, index):
        self.index = index
        self.heads: dict[str, frozenset[str]] = {}

    def same(self, a: Mention, b: Mention) -> bool:
        """One of the two names is a single capitalised word ("Mission") that heads the
        corpus's long form of the other, an acronym ("MINUSMA")."""
        for acronym, generic in ((a, b), (b, a)):
            word = generic.text
            if not (is_acronym(acronym.text) and word.istitle() and word.isalpha()):
                continue
            if acronym.text not in self.heads:
                self.heads[acronym.text] = corpus_heads(self.index, acronym.text)
            if word.lower() in self.heads[acronym.text]:
                return True
        return False


def is_acronym(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


def corpus_heads(index, acronym: str) -> frozenset[str]:
    terms = index.analyzer.terms(acronym)
    if len(terms) != 1:
        return frozenset()
    ids, _ = index.postings(terms[0])
    pattern = re.compile(r"\(\s*" + re.escape(acronym) + r"s?\s*\)")
    heads = set()
    for pid in list(ids)[:SCANNED]:
        text = index.passages[int(pid)].text
        for match in pattern.finditer(text):
            head = long_form_head(text[max(0, match.start() - BEFORE):match.start()], acronym)
            if head:
                heads.add(head)
    return frozenset(heads)


def long_form_head(before: str, acronym: str) -> str | None:
    """The head noun of the capitalised name that ends `before`, if it starts with the
    acronym's first letter and has two capitalised words at least."""
    words = WORD_RE.findall(before)[-MAX_WORDS:]
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper():
            run.insert(0, word)
        elif word.lower() in MINOR_WORDS and run:
            run.insert(0, word)
        else:
            break
    while run and run[0].lower() in MINOR_WORDS:
        run.pop(0)
    capitals = [w for w in run if w[:1].isupper()]
    if len(capitals) < 2 or run[0][:1].upper() != acronym[:1].upper():
        return None
    minor = next((k for k, w in enumerate(run) if w.lower() in PREPOSITIONS), len(run))
    return run[minor - 1].lower() if minor else None
