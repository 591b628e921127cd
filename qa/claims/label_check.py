"""A claim's opening label checked against the index: which of its words the corpus writes as
names, and whether a support gives its facts around itself.

`label_facts` reads the label's own text ("Varna, May 2029: ..." -> Varna, May 2029); this
module asks the index the three questions that text cannot answer, for `check.check`:
- is a label's first word a name here (`named_in`: the corpus writes it only capitalised)?
- is a fact no name of the corpus's setting, so that the clause after the label, read alone,
  is read of that place or date (`placed_clause`)?
- does a supporting sentence, its neighbours, its heading or its title give each fact
  (`label_given`)? A label's place or date given nowhere near the support leaves the claim
  unstated though its clause is (`label_unstated`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..index.model import Index
from ..types import CheckResult, Stance, Verdict
from .informal import unlabelled
from .label_facts import facts_given, label_facts, label_of, neighbourhood, written_as_name
from .setting_share import setting_floor

NAME_PASSAGES = 64  # passages read for how a label's first word is written (`named_in`)


@dataclass(frozen=True)
class Label:
    """A claim's label that names facts: its text, the clause after it, its facts, and
    whether it was taken off as a topic before reading (`informal.unlabelled`: "Varna
    harbour: ..." as common words) rather than read with the claim as a fact."""
    text: str
    clause: str
    facts: tuple[str, ...]
    taken_off: bool


def read_label(index: Index, claim: str) -> Label | None:
    """The claim's label, None when it has none or its label names no fact ("Outlook: ...")."""
    labelled = label_of(claim)
    if not labelled:
        return None
    facts = label_facts(labelled[0], lambda word: named_in(index, word))
    if not facts:
        return None
    # a label taken off as a topic before reading says what the claim is about: its document
    # must name it; one read as a fact ("Varna, May 2029: ...") says where and when: the
    # support must give it around itself
    taken_off = not unlabelled(claim).startswith(labelled[0])
    return Label(labelled[0], labelled[1], facts, taken_off)


def label_unstated(index: Index, label: Label, result: CheckResult) -> bool:
    """A supported result whose label facts, left unverified by its reading, are given
    nowhere near its support: the clause may be stated, the claim (where, when) is not."""
    if result.verdict != Verdict.SUPPORTED:
        return False
    left = unverified_of(index, result, label)
    return bool(left) and not label_given(index, result, left, label.taken_off)


def unverified_of(index: Index, result: CheckResult, label: Label) -> tuple[str, ...]:
    """The label's facts the result lists as unverified: a fact its reading verified (an
    acronym spelled out, a year taken from the document, a date reckoned from "a month
    earlier") is stated, wherever the label put it. Every fact, when the label was taken off
    before the claim was read."""
    if label.taken_off:
        return label.facts  # none verified
    terms = index.analyzer.terms
    left = {t for word in result.unverified for t in terms(word)}
    return tuple(fact for fact in label.facts if left.intersection(terms(fact)))


def named_in(index: Index, word: str) -> bool:
    """The corpus writes the word, and only capitalised (`label_facts.written_as_name`),
    read in the passages its term's postings list."""
    terms = index.analyzer.terms(word)
    if len(terms) != 1:
        return False
    ids = index.postings(terms[0])[0][:NAME_PASSAGES]
    return written_as_name([index.passages[int(i)].text for i in ids], word, NAME_PASSAGES)


def placed_clause(index: Index, label: Label | None) -> str | None:
    """The clause after a label with a fact that is no name of the corpus's setting
    ("Varna", "2029", not the country every report is about): that clause, read alone, is
    read of that place or date, and a passage must give the fact near its support."""
    if label is None:
        return None
    floor = setting_floor(index)
    terms = index.analyzer.terms
    placed = any(index.doc_freq(t) <= floor for fact in label.facts for t in terms(fact))
    return label.clause if placed else None


def label_given(index: Index, result: CheckResult, facts: tuple[str, ...],
                whole_document: bool = False) -> bool:
    """A supporting evidence of the result gives each of the label's facts in its sentence,
    the sentence before or after it, its section heading or its document's title (with
    `whole_document`, in any passage of its document); a name of the corpus's setting
    (`setting_share.BACKGROUND`) is given by every passage."""
    floor = setting_floor(index)
    for e in result.evidence:
        if e.stance == Stance.SUPPORTS:
            p = e.hit.passage
            around = " ".join(q.text for q in index.by_source(p.source)) if whole_document \
                else neighbourhood(p.text, e.sentence, p.section, p.title)
            if facts_given(facts, around, index.analyzer.terms,
                           lambda t: index.doc_freq(t) > floor):
                return True
    return False
