"""The year a paragraph leaves to the paragraph before it, under the same heading.

A report sets its year in one paragraph ("Later in 2031, Orsk and Velm said they would leave
the alliance.") and opens the next on its consequences, dated by month alone ("The dispute
grew: the port was closed in May, and in October the council ..."). The reader carries the
year over the paragraph break, as within a paragraph (`qa.claims.inherited`). So, for support
only, a claim's year completing a month the sentence states ("in May 2031") is stated when

- no sentence of the passage before the sentence mentions a year (one that does sets the
  passage's own time, which `inherited.frame_year` reads, or names another time, which blocks:
  "For instance, in 2029, ... In May, ..." may be any year);
- the nearest earlier passage of the document, under the same section heading, to mention a
  year mentions it last in a sentence that opens on it as its time ("Later in 2031,", "In
  2031", `inherited.frames`), not as a bound ("by 2031") or a side date ("the mission,
  deployed in 2024, ...");
- the heading itself gives no year other than that one (a section on 2030 under a report of
  2031 is its own time).

It prevents the not_found of a true claim whose year only the paragraph before gives; a
claim with another year stays unstated (a year in context that differs is no contradiction,
as in `inherited`).
"""
from __future__ import annotations

from ..text.sentences import split_sentences
from .compare import agree
from .facts import Mention, Parsed, parse
from .identity import document_range
from .inherited import last_opening_year

Carried = tuple[Mention, str]  # the year, and the opening phrase that sets it


def carried_year(index, passage_id: int, heading: Parsed | None, vocab) -> Carried | None:
    """The year the passages before `passage_id` under its section heading leave set, with
    the phrase that sets it; None when the nearest of them to mention a year does not end on
    a sentence opening on one, or none does, or the heading gives another year."""
    section = index.passages[passage_id].section
    span = document_range(index, passage_id)
    for earlier in range(passage_id - 1, span.start - 1, -1):
        stored = index.passages[earlier]
        if stored.section != section:
            return None  # another heading: its time is its own
        found = last_frame(parse(stored.text, vocab))
        if found is False:
            continue  # no year here: look further back
        if found is None:
            return None
        if heading is not None and any(
                m.family == "year" and not agree(found[0], m) for m in heading.mentions):
            return None
        return found
    return None


def last_frame(passage: Parsed) -> Carried | None | bool:
    """The year that opens the last sentence of the passage to mention one, with its opening
    phrase; None when that sentence mentions years without opening on one, or opens on a
    bound; False when no sentence mentions a year."""
    return last_opening_year(passage, split_sentences(passage.text))

