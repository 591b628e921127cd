"""A figure of another actor's clause: "Okafor scored 19 goals in his first season, while Brandt
scored only twice" gives the 19 to Okafor. A claim about Brandt ("Brandt scored two goals"),
whose actor the sentence names in another clause, is not contradicted by Okafor's figure, as
`dated.dates_another_actor` reads a date of another actor's event. The actor of a figure is
the last name before it in its clause, as far as word order tells."""
from __future__ import annotations

from .facts import Mention, Parsed, clause_bounds

FIGURES = ("count", "percent", "amount")


def figure_actor(text: Parsed, figure: Mention) -> Mention | None:
    """The last name before the figure in its clause."""
    low, _ = clause_bounds(text, figure.start, figure.end)
    return next((m for m in reversed(text.mentions) if m.family == "name"
                 and low <= m.start and m.end <= figure.start), None)


def capitalised_subject(text: Parsed, figure: Mention, claim: Parsed) -> bool:
    """A capitalised word the claim does not state opens the figure's clause before it (a
    sentence's first name is often not read as a name: "Okafor scored 19 goals")."""
    low, _ = clause_bounds(text, figure.start, figure.end)
    first = next((t for t in text.tokens if t.start >= low), None)
    return first is not None and first.end <= figure.start and first.word[:1].isupper() \
        and bool(first.terms) and not set(first.terms) & claim.terms


def counts_another_actor(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                         named) -> bool:
    """The sentence's figure is in the clause of an actor the claim does not name, while the
    claim's figure's actor is named in another clause of the sentence (`named(name, text)`:
    `compare.name_found`)."""
    if mine.family not in FIGURES or theirs.family not in FIGURES:
        return False
    ours, other = figure_actor(claim, mine), figure_actor(sentence, theirs)
    if ours is None or not named(ours, sentence):
        return False
    if other is not None and named(other, claim) \
            or other is None and not capitalised_subject(sentence, theirs, claim):
        return False
    low, high = clause_bounds(sentence, theirs.start, theirs.end)
    # the claim's actor stands outside the figure's clause: another clause's subject
    return not any(m.family == "name" and low <= m.start < high and named(m, claim)
                   for m in sentence.mentions)
