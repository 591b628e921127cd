"""An event that recurs, read as the claim's event on another date.

Some deeds come back year after year: a mandate is renewed, a report published, a licence
extended. "The board renewed the ferry licence in May 2023" is not contradicted by "In May
2019 the board renewed the licence": that was an earlier renewal. Which events recur is
read from the corpus, not from a list of verbs: an event recurs when the corpus states it
(the claim's main verb, or a noun the analyzer stems alike: "renewed" / "the renewal", with
a word of its object) in sentences dated with several years, among them both the claim's
year and the conflicting sentence's. Then the sentence's year is another occurrence, and
the claim's own the corpus attests elsewhere: no contradiction. A year the corpus never
gives the event ("renewed in 2015", where it tells renewals of 2014 and 2022) still
contradicts.
"""
from __future__ import annotations

import re

from ..search.lookup import remembered, stored
from ..text.sentences import split_sentences
from ..types import ConflictKind
from .around import AUX
from .cited import YEAR
from .compare import name_found
from .facts import Parsed
from .main_verb import main_verb

YEAR_RE = re.compile(rf"\b{YEAR}\b")
SCANNED = 200  # passages holding the verb's term that are read, in index order
# the prepositions that open a date fronted before the claim's subject ("In June 2014, ...")
OPENERS = frozenset("in on by during".split())
# words that open another clause between a verb and a date
CLAUSE_WORDS = frozenset("and but or that which who while whereas although because after "
                         "before until so".split())
OBJECT_WORDS = 3  # content words after the verb read as its object ("MINUSMA's mandate")


def recurring_dates(index, claim: Parsed, sentence: Parsed, conflicts, vocab) -> bool:
    """The conflicts are all dates, each a year set against another year, both of which the
    corpus gives the claim's event (`event_years`); each date the main verb's own
    (`verb_dated`), and the sentence names every name of the claim (the same participants:
    "the Velden accord" signed in 2013 is not the harbour treaty signed in 2015)."""
    if not conflicts or any(c.kind != ConflictKind.DATE for c in conflicts):
        return False
    event = event_terms(index, claim)
    if event is None or not all(name_found(m, sentence, vocab) for m in claim.mentions
                                if m.family == "name"):
        return False
    years = event_years(index, *event)
    for conflict in conflicts:
        mine, theirs = YEAR_RE.findall(conflict.claim), YEAR_RE.findall(conflict.source)
        if len(mine) != 1 or len(theirs) != 1 or mine == theirs \
                or not {mine[0], theirs[0]} <= years or not verb_dated(claim, mine[0]):
            return False
    return True


def verb_dated(claim: Parsed, year: str) -> bool:
    """The claim's year dates its main verb: it opens the claim ("In June 2014, the board
    renewed"), or stands after the verb in its clause, no break, conjunction, relative word
    or other verb between them ("renewed the licence in May 2019"; not "confirmed the plan and
    added that the fees stay until May 2023")."""
    verb = main_verb(claim)
    at = next((i for i, t in enumerate(claim.tokens) if t.word == year), None)
    if verb is None or at is None:
        return False
    start = claim.tokens.index(verb)
    if at < start:
        return not any(t.brk for t in claim.tokens[1:at]) \
            and claim.tokens[0].word.lower() in OPENERS
    dates = [m for m in claim.mentions if m.family in ("month", "year")]
    return not any((t.brk or t.word.lower() in CLAUSE_WORDS or t.word.lower() in AUX
                    or t.word.lower().endswith("ed"))
                   and not any(m.start <= t.start < m.end for m in dates)  # "May" of a date
                   for t in claim.tokens[start + 1:at])


def event_terms(index, claim: Parsed) -> tuple[str, frozenset[str]] | None:
    """The claim's main verb's term and the terms of the first content words after it (its
    object), or None."""
    verb = main_verb(claim)
    if verb is None or not verb.terms:
        return None
    at = claim.tokens.index(verb)
    stop = index.analyzer.stopwords
    after = [t for t in claim.tokens[at + 1:] if t.terms and t.word.lower() not in stop]
    objects = frozenset(term for t in after[:OBJECT_WORDS] for term in t.terms)
    return (verb.terms[0], objects) if objects else None


def event_years(index, verb: str, objects: frozenset[str]) -> frozenset[str]:
    """The years of the corpus's sentences that state the verb's term and a term of its
    object; remembered on the index (they depend on the corpus alone)."""
    return remembered(index, "_event_years", (verb, objects),
                      lambda: find_event_years(index, verb, objects))


def find_event_years(index, verb: str, objects: frozenset[str]) -> frozenset[str]:
    """`event_years`, worked out."""
    ids, _ = stored(index, verb)  # as the index holds them: no numpy for a small one
    years = set()
    for pid in ids[:SCANNED]:
        text = index.passages[int(pid)].text
        for start, end in split_sentences(text):
            sentence = text[start:end]
            if not YEAR_RE.search(sentence):
                continue
            terms = set(index.analyzer.terms(sentence))
            if verb in terms and not objects.isdisjoint(terms):
                years.update(YEAR_RE.findall(sentence))
    return frozenset(years)
