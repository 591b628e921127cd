"""How often a claim with one fact changed is still called `supported`.

A fresh set of claims measures checking once: after it is read, it is development data. This
bench makes contradicted claims from supported ones by rule, so that the costliest error (a
changed claim called supported) can be measured on as many claims as there are supported
ones, by kind of change, without reading them: each operator changes one thing of the kind
a writer changes (a number, a year, a month, a negation, a word for its WordNet antonym, a
polar word for its opposite, a country for another the corpus names), and the bench counts
the verdicts of the mutants whose original the tool calls supported.

    python bench/mutations.py bench/gold/heldout_claims*.jsonl [--corpus DIR] [-v]

Prints, per operator: mutants, how many are still called supported (wrong), contradicted
(right) and not_found (safe). `-v` lists the mutants still called supported.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MONTHS = ("January February March April May June July August September October November "
          "December").split()
AUXILIARIES = ("is are was were has have had will would can could should must").split()
# opposite pairs of general English (either direction), for words WordNet gives no antonym
POLAR = [("more", "less"), ("more", "fewer"), ("before", "after"), ("increase", "decrease"),
         ("increased", "decreased"), ("rise", "fall"), ("rose", "fell"), ("largest", "smallest"),
         ("biggest", "smallest"), ("highest", "lowest"), ("first", "last"), ("most", "least"),
         ("above", "below"), ("earlier", "later"), ("higher", "lower"), ("over", "under"),
         ("with", "without"), ("approved", "rejected"), ("accepted", "rejected"),
         ("supported", "opposed"), ("won", "lost"), ("ended", "extended"),
         ("imposed", "lifted"), ("north", "south"), ("northern", "southern"), ("east", "west"),
         ("eastern", "western"), ("all", "none of the"), ("always", "never"), ("only", "also")]
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
NUMBER_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w,]\d)")
WORD_RE = re.compile(r"[A-Za-z]+")


def mutate_number(claim: str) -> str | None:
    for m in NUMBER_RE.finditer(claim):
        raw = m.group(1)
        if YEAR_RE.fullmatch(raw):
            continue
        value = int(raw.replace(",", ""))
        if value <= 31 and re.match(r"\s+(?:" + "|".join(MONTHS) + ")", claim[m.end():]) \
                or re.search(r"(?:" + "|".join(MONTHS) + r")\s+$", claim[:m.start()]):
            new = str(value % 28 + 3)  # a day of the month
        else:
            new = f"{value * 2 + 3:,}" if "," in raw else str(value * 2 + 3)
        return claim[:m.start(1)] + new + claim[m.end(1):]
    return None


def mutate_year(claim: str) -> str | None:
    m = YEAR_RE.search(claim)
    return claim[:m.start()] + str(int(m.group()) + 3) + claim[m.end():] if m else None


def mutate_month(claim: str) -> str | None:
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\b", claim)
    if not m:
        return None
    other = MONTHS[(MONTHS.index(m.group()) + 5) % 12]
    return claim[:m.start()] + other + claim[m.end():]


def mutate_negation(claim: str) -> str | None:
    for m in WORD_RE.finditer(claim):
        if m.group().lower() in AUXILIARIES and m.start() > 0:
            rest = claim[m.end():]
            if rest.lstrip().lower().startswith(("not", "no ", "never")):
                return None
            return claim[:m.end()] + " not" + rest
    return None


def mutate_polar(claim: str) -> str | None:
    for m in WORD_RE.finditer(claim):
        word = m.group().lower()
        for a, b in POLAR:
            if word in (a, b):
                other = b if word == a else a
                if m.group()[0].isupper():
                    other = other.capitalize()
                return claim[:m.start()] + other + claim[m.end():]
    return None


def mutate_antonym(claim: str) -> str | None:
    from qa.search.wordnet import antonyms
    from qa.text.analyze import load_stopwords

    stop = load_stopwords()
    words = [m for m in WORD_RE.finditer(claim)
             if m.group().lower() not in stop and len(m.group()) > 3 and not m.group()[0].isupper()]
    for m in sorted(words, key=lambda m: -len(m.group())):
        found = [a for a in antonyms(m.group()) if " " not in a]
        if found:
            return claim[:m.start()] + found[0] + claim[m.end():]
    return None


def country_names() -> list[str]:
    rows = (ROOT / "qa" / "data" / "countries.tsv").read_text(encoding="utf-8").splitlines()
    return [r.split("\t")[0] for r in rows if r and not r.startswith("#")]


def mutate_country(claim: str, named: list[str]) -> str | None:
    for name in named:
        m = re.search(rf"\b{re.escape(name)}\b", claim)
        if m:
            other = next(n for n in named if n != name and n not in claim)
            return claim[:m.start()] + other + claim[m.end():]
    return None


@lru_cache(maxsize=1)
def vocabulary():
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer

    return vocabulary_for(Analyzer())


def mutate_names(claim: str) -> str | None:
    """Two names of the claim change places: who did what to whom ("France asked Mali" ->
    "Mali asked France"), the actor swap of a passive turned round."""
    from qa.claims.facts import parse

    mentions = [m for m in parse(claim, vocabulary()).mentions if m.family == "name"]
    for a in mentions:
        for b in mentions:
            if a.start < b.start and a.end <= b.start and a.text != b.text \
                    and a.text not in b.text and b.text not in a.text:
                return (claim[:a.start] + b.text + claim[a.end:b.start] + a.text
                        + claim[b.end:])
    return None


def operators(named: list[str]):
    return {"number": mutate_number, "year": mutate_year, "month": mutate_month,
            "negation": mutate_negation, "polar": mutate_polar, "antonym": mutate_antonym,
            "country": lambda claim: mutate_country(claim, named),
            # a country the corpus names less than its setting (the first is often it)
            "country2": lambda claim: mutate_country(claim, named[1:]),
            "names": mutate_names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--corpus", default=None, help="folder of documents (default: the bundled reports)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", action="store_true", help="one JSON object of figures")
    args = parser.parse_args()

    import qa

    corpus = qa.open(args.corpus)
    claims = [row["claim"] for path in args.gold for row in map(json.loads, path.open())
              if row.get("label") == "supported"]
    # countries the corpus names, most passages first: a swap stays on the corpus's ground
    index = corpus._current()
    present = [n for n in country_names() if index.analyzer.terms(n)
               and index.doc_freq(index.analyzer.terms(n)[-1]) > 0]
    present.sort(key=lambda n: -index.doc_freq(index.analyzer.terms(n)[-1]))
    originals = [c for c in claims if corpus.check(c).verdict == "supported"]
    table, slips = {}, []
    for name, operator in operators(present).items():
        counts = Counter()
        for claim in originals:
            mutant = operator(claim)
            if mutant is None or mutant == claim:
                continue
            verdict = corpus.check(mutant).verdict
            counts[verdict] += 1
            if verdict == "supported":
                slips.append((name, claim, mutant))
        table[name] = counts
    total = sum(table.values(), Counter())
    if args.json:
        print(json.dumps({"claims": len(claims), "supported_originals": len(originals),
                          "operators": {k: dict(v) for k, v in table.items()},
                          "total": dict(total)}))
    else:
        print(f"{len(claims)} supported claims, {len(originals)} called supported: mutated")
        print(f"{'operator':10} {'mutants':>7} {'supported':>9} {'contradicted':>12} {'not_found':>9}")
        for name, c in [*table.items(), ("all", total)]:
            n = sum(c.values())
            print(f"{name:10} {n:7} {c['supported']:9} {c['contradicted']:12} {c['not_found']:9}"
                  + (f"   wrongly supported {c['supported'] / n:.2f}" if n else ""))
    if args.verbose:
        for name, claim, mutant in slips:
            print(f"slip {name}: {mutant}\n   was: {claim}", file=sys.stderr)


if __name__ == "__main__":
    main()
