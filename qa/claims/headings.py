"""The setting a passage's headings give: names and the year its sentences leave unsaid.

A report titled "Harbour Board: Annual Report 2019" goes on "In March, the board dredged the
channel"; a section headed "Night ferries to Orlen" goes on "The service was suspended in
July". A reader takes the board's name, the year and the ferry's port from the headings, and
so does a claim written from the report ("In March 2019, the Kessel Harbour Board dredged
the channel"): the sentence states its event, the headings its setting. So, for support only
(as the issue allows: "a passage's sentence plus its heading"), a claim's name that the
sentence leaves unsaid is stated when the document's title or the passage's section heading
names it, and a claim's year when the heading gives one alike and the sentence dates nothing
with a year of its own (the year completing a month the sentence states, "In March", or
standing alone, "in 2019"). Only the setting is lent: a heading's other words ("northern",
"ferries") are its topic, which the sentence itself must state; and a heading's year that
differs from the claim's is no conflict (a report on 2019 mentions other years). A title the
index made of the first words of a paragraph (ending "…") is that paragraph's sentence, no
heading.
"""
from __future__ import annotations

from dataclasses import dataclass

from .compare import agree, name_found
from .facts import Mention, Parsed
from .inherited import month_stated, shown

DERIVED = "…"  # how the index ends a title made of a paragraph's first words


@dataclass(frozen=True)
class FromHeading:
    """A fact of the claim that the passage's heading states."""
    claim: int  # the claim's mention number
    heading: str  # the heading as written

    def shown(self, claim: Parsed) -> str:
        return shown(claim.mentions[self.claim].text, self.heading)


def heading_text(title: str, section: str) -> str:
    """The document's title (unless the index made it of a paragraph's first words) and the
    passage's section heading, one after the other."""
    parts = [] if not title or title.endswith(DERIVED) else [title]
    return ". ".join(parts + ([section] if section and section != title else []))


def heading_facts(claim: Parsed, found, sentence: Parsed, heading: Parsed | None,
                  vocab) -> list[FromHeading]:
    """The claim's names and years the sentence leaves unsaid and the heading states."""
    if heading is None or not heading.mentions:
        return []
    dated = any(m.family == "year" for m in sentence.mentions)
    years = [m for m in heading.mentions if m.family == "year" and not m.bound]
    lent = []
    for n, m in enumerate(claim.mentions):
        if m not in found.unstated:
            continue
        if m.family == "name" and name_found(m, heading, vocab):
            lent.append(FromHeading(n, heading.text))
        elif m.family == "year" and not m.bound and not dated and years \
                and (month_stated(claim, m, found) or not month_before(claim, m)) \
                and any(agree(m, y) for y in years):
            lent.append(FromHeading(n, heading.text))
    return lent


def month_before(claim: Parsed, year: Mention) -> bool:
    """The claim's year completes a month ("March 2019"), not a year alone ("in 2019")."""
    return any(m.family == "month" and m.end <= year.start
               and not claim.text[m.end:year.start].strip(" ,") for m in claim.mentions)


def names_headed(claim: Parsed, heading: Parsed, vocab) -> frozenset[str]:
    """The terms of the claim's countries that the heading names in another form: "Chile"
    under the title "2031 Chilean drought", its demonym (`facts.names` reads a demonym as
    its country). The heading's terms hold "indian", not "india", so the claim's name was
    never counted among the words the headings state and the claim, every other word
    stated, was not found; `heading_facts` already lends such a name. Countries only: a
    word of another name the heading writes in its own form is among its terms as it is."""
    if not heading.mentions:
        return frozenset()
    return frozenset(term for m in claim.mentions
                     if m.family == "name" and m.kind == "country"
                     and name_found(m, heading, vocab)
                     for term in vocab.analyzer.terms(m.text))
