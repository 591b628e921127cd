"""The word lists qa reads from `qa/data/`: closed-class words (`words.json`: numbers, months,
hedges, negation cues, abbreviations...), a small thesaurus, exclusive predicates, countries,
capitals and phrasal verbs. Each file states its source in its header. They are general
English, not tuned to any corpus, and each is read once, on first use.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=None)
def words() -> dict:
    """The closed-class word lists of `words.json`, by key (see its `_uses`)."""
    return json.loads((DATA / "words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def frame_lists() -> dict:
    """The frame word lists of `frames.json` (`qa.claims.frames`), by key: read here too for
    the verbs of doubt (`denied_doubts`) other readings ask about."""
    return json.loads((DATA / "frames.json").read_text(encoding="utf-8"))


def rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of a data file, comments and blanks left out."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def thesaurus() -> tuple[str, ...]:
    """Groups of words that say the same thing, each a space-separated string ("_" joins
    the words of a phrase: "blue_helmets")."""
    return tuple(fields[0] for fields in rows("thesaurus.txt"))


@lru_cache(maxsize=1)
def exclusive_predicates() -> tuple[tuple[str, str], ...]:
    """Pairs of predicates that cannot both describe one event: (words, other words)."""
    return tuple((a, b) for a, b in rows("exclusive_predicates.tsv"))


@lru_cache(maxsize=1)
def country_spellings() -> dict[str, str]:
    """Every spelling as written -> the country's name as written: 'Malian' -> 'Mali'."""
    names: dict[str, str] = {}
    for country, others in rows("countries.tsv"):
        for name in [country, *others.split("|")]:
            names[name] = country
    return names


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every spelling (lowercase) -> the country's name: 'malian' -> 'mali'."""
    return {name.lower(): country.lower() for name, country in country_spellings().items()}


@lru_cache(maxsize=1)
def capital_cities() -> dict[str, str]:
    """Every capital (lowercase) -> its country's name as `country_names` gives it."""
    return {city.lower(): country.lower()
            for country, cities in rows("capitals.tsv") for city in cities.split("|")}


@lru_cache(maxsize=1)
def unchanged_pasts() -> frozenset[str]:
    """The verbs whose past forms are their base ("cut", "set", "put"): `unchanged_pasts.txt`."""
    return frozenset(fields[0] for fields in rows("unchanged_pasts.txt"))


@lru_cache(maxsize=1)
def phrasal_verbs() -> dict[tuple[str, ...], str]:
    """{(every written form of the verb, ..., particle words): its single-verb synonyms}."""
    forms_of: dict[str, list[str]] = {}
    for past, verb in rows("irregular_verbs.tsv"):
        forms_of.setdefault(verb, []).append(past)
    table: dict[tuple[str, ...], str] = {}
    for phrase, synonyms in rows("phrasal_verbs.tsv"):
        verb, *particle = phrase.split()
        for form in [verb, *forms_of.get(verb, [])]:
            table[(form, *particle)] = synonyms
    return table


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Each word's polarity, -4 (most negative) to +4 (VADER's raters, `polarity.txt`)."""
    return {word: float(value) for word, value in rows("polarity.txt")}
