"""A description in apposition to an acronym, that the passage's own long form of the acronym
spells out, is the name itself (round 55).

"The WRA, the regional water authority, approved the plan" describes the WRA by the words of its
long form ("the Wide Regional Water Authority (WRA)" in the passage): those words name it, they
are no fact of their own a sentence must state. A sentence that names the WRA ("The WRA approved
the plan") then states them, as `check.spelled_out` counts a claim's words that spell an acronym
the corpus defines. Unlike there, the description need not spell the acronym (a shortened one,
"the regional water authority", leaves words out) and the long form need not either (letters of
a long form in another language, or of words it leaves out): the passage's words right before
"(WRA)" are its long form. Every word of the description (but small ones) must be in the long
form: "The WRA, the failed regional authority," adds a fact ("failed") a sentence must state,
and "The WRA, a body criticised by farmers," is no spelling out at all; both are read as before.
"""
from __future__ import annotations

import re

from .facts import Parsed, remembered
from .vocabulary import Vocabulary

# "WRA, the regional water authority," : an acronym, a comma, an article and a description
# closed by a comma (or the end of the claim's clause before a verb is not read: a comma only)
APPOSED_RE = re.compile(r"\b([A-Z][A-Za-z]*[A-Z])\s*,\s+(?:the|an?)\s+([^,;:()]{3,80}?)\s*,")
WORD_RE = re.compile(r"[^\W\d_]+")
# the words a description and a long form share without meaning anything of the name
SMALL = frozenset(("the", "a", "an", "of", "in", "to", "for", "on", "and", "at", "by"))
LONG_FORM_WORDS = 10  # the long form is read back this far from "(WRA)", to a break


def described_terms(claim: Parsed, sentence: Parsed, passage: Parsed,
                    vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's description in apposition to an acronym that the sentence
    names, where the passage's long form of that acronym holds each of its words."""
    apposed = apposed_acronyms(claim)
    if not apposed:  # the common case: no claim describes an acronym so
        return frozenset()
    found: set[str] = set()
    for acronym, description in apposed:
        if not re.search(rf"\b{re.escape(acronym)}\b", sentence.text):
            continue
        long_form = long_form_in(passage.text, acronym)
        if not long_form:
            continue
        defined = {w.lower()[:4] for w in long_form}
        words = [w for w in WORD_RE.findall(description) if w.lower() not in SMALL]
        if words and all(w.lower()[:4] in defined for w in words):
            found.update(t for w in words for t in vocab.analyzer.terms(w))
    return frozenset(found)


def apposed_acronyms(claim: Parsed) -> tuple[tuple[str, str], ...]:
    """The claim's acronyms with their descriptions in apposition (`apposed_descriptions`),
    remembered on its parse: the claim's alone, asked for every sentence."""
    return remembered(claim, ("apposed_acronyms",), apposed_descriptions, claim.text)


def apposed_descriptions(text: str) -> tuple[tuple[str, str], ...]:
    """Each (acronym, description) the claim sets in apposition: "WRA, the water body,"."""
    return tuple((m.group(1), m.group(2)) for m in APPOSED_RE.finditer(text))


def long_form_in(text: str, acronym: str) -> list[str]:
    """The words right before the passage's "(ACRONYM)", back to a break or LONG_FORM_WORDS."""
    at = text.find(f"({acronym})")
    if at < 0:
        return []
    before = re.split(r"[.;:,()\u2013\u2014]", text[max(0, at - 200):at])[-1]
    return WORD_RE.findall(before)[-LONG_FORM_WORDS:]
