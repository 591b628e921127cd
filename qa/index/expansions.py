"""The other names a question may use for what the corpus says, reduced at build time to the
terms this corpus contains and stored in the index (`synonyms.json`), so that a query needs
no stemmer: the thesaurus, other names of countries, what a capital stands for, and the
single verbs for phrasal verbs."""
from __future__ import annotations

from ..text.analyze import split_words
from ..text.lexicon import (capital_cities, country_names, phrasal_verbs, thesaurus,
                            words as lexicon_words)


def synonym_table(analyzer, in_corpus) -> dict[str, dict[str, list[str]]]:
    """General English synonyms (`qa.text.lexicon`) reduced to the terms this corpus contains:
    {"words": {stem, or "stem stem" of a multiword entry: [stem, or [stems] of a multiword
    synonym]}, "names": {"ivory coast": [stems of the other names of that country], "bamako":
    [stems of Mali's names and of its government]}, "phrases": {"pull": [[["out"], [stems of
    withdraw, exit]], ...]}}. Computed at build time so a query needs no stemmer."""
    words: dict[str, list] = {}
    for group in thesaurus():
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
    government = analyzer.terms(lexicon_words()["seat_of_government"])
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
