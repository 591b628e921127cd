"""Acronyms mined from the corpus itself: "Temporary Operating Bases (TOBs)" teaches that a
question saying TOB means those words, and the reverse. Nothing is taken from outside the
documents being searched, so a user's own folder gets its own acronyms."""
from __future__ import annotations

import re
from typing import Iterable

from .analyze import split_words

# "(TOBs)", "(MDSF)", "(T/PCCs)", "(UNSC)": an upper-case token in parentheses.
DEFINITION_RE = re.compile(r"\(\s*([A-Z][A-Za-z/&]{1,11})\s*\)")
WORD_RE = re.compile(r"[^\W\d_]+")
# Small words a long form may skip or use ("Protection of Civilians" -> POC, "MDSF").
MINOR_WORDS = {"and", "of", "the", "for", "in", "on", "to", "de", "des", "du", "la", "le", "et"}
MAX_LONG_WORDS = 10


def acronym_letters(token: str) -> str:
    """'TOBs' -> 'tob', 'T/PCCs' -> 'tpcc': the letters the long form's initials must spell."""
    letters = re.sub(r"[/&]", "", token)
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    return letters.lower() if letters.isupper() else ""


def match_long_form(words: list[str], letters: str) -> list[str] | None:
    """The shortest run of words ending at the end of `words` whose initials spell `letters`."""
    def search(end: int, remaining: str) -> int | None:
        if not remaining:
            return end
        if end == 0 or len(words) - end >= MAX_LONG_WORDS:
            return None
        word = words[end - 1].lower()
        if word[0] == remaining[-1]:
            found = search(end - 1, remaining[:-1])
            if found is not None:
                return found
        return search(end - 1, remaining) if word in MINOR_WORDS else None

    start = search(len(words), letters)
    if start is None or words[start].lower() in MINOR_WORDS:
        return None
    return words[start:]


def mine_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """{acronym letters: long form} for every acronym defined in parentheses after its words."""
    found: dict[str, str] = {}
    for text in texts:
        for match in DEFINITION_RE.finditer(text):
            letters = acronym_letters(match.group(1))
            if len(letters) < 2:
                continue
            before = WORD_RE.findall(text[max(0, match.start() - 200):match.start()])
            long_form = match_long_form(before, letters)
            if long_form:
                found.setdefault(letters, " ".join(long_form))
    return found


def synonym_table(analyzer, in_corpus) -> dict[str, dict[str, list[str]]]:
    """General English synonyms (`qa.lexicon`) reduced to the terms this corpus contains:
    {"words": {stem, or "stem stem" of a multiword entry: [stem, or [stems] of a multiword
    synonym]}, "names": {"ivory coast": [stems of the other names of that country], "bamako":
    [stems of Mali's names and of its government]}, "phrases": {"pull": [[["out"], [stems of
    withdraw, exit]], ...]}}. Computed at build time so a query needs no stemmer."""
    from .lexicon import (SEAT_OF_GOVERNMENT, SYNONYMS, capital_cities, country_names,
                          phrasal_verbs)

    words: dict[str, list] = {}
    for group in SYNONYMS:
        entries = [e for e in (analyzer.terms(w.replace("_", " ")) for w in group.split()) if e]
        found = [entry for entry in entries if all(in_corpus(t) for t in entry)]
        for entry in entries:  # a question may use a word the corpus lacks: that is the point
            words.setdefault(" ".join(entry), []).extend(
                other[0] if len(other) == 1 else other for other in found if other != entry)
    by_country: dict[str, list[str]] = {}
    for name, country in country_names().items():
        by_country.setdefault(country, []).append(name)
    names = {name: [t for other in by_country[country] if other != name
                    for t in analyzer.terms(other) if in_corpus(t)]
             for name, country in country_names().items()}
    government = analyzer.terms(SEAT_OF_GOVERNMENT)
    for capital, country in capital_cities().items():
        stands_for = [t for name in by_country[country] for t in analyzer.terms(name)]
        names[capital] = [t for t in stands_for + government if in_corpus(t)]
    phrases: dict[str, list] = {}
    for (verb, *particle), synonyms in phrasal_verbs().items():
        found = sorted({t for t in analyzer.terms(synonyms) if in_corpus(t)})
        if found:
            phrases.setdefault(analyzer.stem(verb), []).append([particle, found])
    return {"words": {k: unique_entries(v) for k, v in words.items() if v},
            # keyed by the name's words as split_words gives them, so that a query only has
            # to look for " cote d ivoire " in its own words
            "names": {" ".join(split_words(k)): sorted(set(v)) for k, v in names.items() if v},
            "phrases": phrases}


def unique_entries(entries: list) -> list:
    """Synonyms without repeats, in a stable order (a multiword synonym is a list of stems)."""
    seen: dict[str, str | list[str]] = {}
    for entry in entries:
        seen.setdefault(entry if isinstance(entry, str) else " ".join(entry), entry)
    return [seen[key] for key in sorted(seen)]
