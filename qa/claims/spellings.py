"""Two spellings of one thing that share no word: a chemical formula and its substance's name
("CO2 levels rose" / "carbon dioxide levels rose", "water" / "H2O").

Neither the terms nor the thesaurus can match them. The pairs come from WordNet, which lists
some formulas among the lemmas of their substance (`qa/search/data/wordnet_formulas.txt`,
`tools/wordnet_formulas.py`). A formula is read as text writes it, its symbols and counts run
together or apart ("CO2", "CO 2", "CO₂", any case); a name as its words in order, spaced or
hyphenated ("carbon-dioxide levels"). As a name the sentence spells out
(`check.spelled_out`): the claim's words of the one spelling are stated where the sentence
writes the other, and a name so stated is in no conflict.

A temperature's unit after a degree sign and its name ("1.5 °C" / "1.5 degrees Celsius")
were read here too and left out: on CLIMATE-FEVER dev they let a rate ("0.2 degrees Celsius
per decade") be contradicted by a total ("around 1 °C since the pre-industrial period"),
bench/README, round 31, branch cf11.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import TABLE, table
from .facts import Parsed, remembered

FORMULAS = TABLE.with_name("wordnet_formulas.txt")
SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


@lru_cache(maxsize=1)
def spellings() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """(the formula, its names) as patterns, for each row of the table."""
    text, start = table(FORMULAS)
    rows = [line.split("\t") for line in text[start:].splitlines() if line]
    return tuple((formula_pattern(formula), names_pattern(names.split("|")))
                 for formula, names in rows)


def formula_pattern(formula: str) -> re.Pattern:
    """"co2" as CO2, CO 2, co2: each run of letters or digits, a space allowed between."""
    runs = re.findall(r"[a-z]+|\d+", formula)
    return re.compile(r"(?<!\w)" + r"\s?".join(map(re.escape, runs)) + r"(?!\w)", re.IGNORECASE)


def names_pattern(names: list[str]) -> re.Pattern:
    """Any of the names, its words in order, spaced or hyphenated."""
    spelled = [r"[\s-]+".join(map(re.escape, re.split(r"[_\s-]+", name))) for name in names]
    return re.compile(rf"\b(?:{'|'.join(spelled)})\b", re.IGNORECASE)


def spans(text: Parsed) -> tuple[tuple[int, set, set], ...]:
    """(row, where the text writes the formula, where it writes a name) for each row the text
    writes one way or the other, remembered on the parse."""
    def find():
        plain = text.text.translate(SUBSCRIPTS)
        found = []
        for n, (formula, names) in enumerate(spellings()):
            written = {m.span() for m in formula.finditer(plain)}
            named = {m.span() for m in names.finditer(plain)}
            if written or named:
                found.append((n, written, named))
        return tuple(found)
    return remembered(text, ("spellings",), find)


def spelling_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The claim's terms of a formula the sentence names, or of a name it writes as the
    formula."""
    mine = spans(claim)
    if not mine:
        return frozenset()
    theirs = {n: (written, named) for n, written, named in spans(sentence)}
    found = set()
    for n, written, named in mine:
        if n not in theirs:
            continue
        other_written, other_named = theirs[n]
        for claimed, stated in ((written, other_named), (named, other_written)):
            if stated:
                found |= {t for s, e in claimed for token in claim.tokens
                          if s <= token.start < e for t in token.terms}
    return frozenset(found)
