"""Whether the claim's own figure or date, which one sentence gives otherwise, is what another
retrieved sentence states of the claim's event.

A sentence that gives another value for the claim's date or figure contradicts the claim only
if it tells of the claim's event. When another sentence states the claim's very value, with
as much of the claim as the contradicting sentence states or more, and words of the claim that
the contradicting one leaves out, that sentence is the claim's event and the contradicting one
another: "March 2015: the government signs a preliminary peace deal in Algiers" is not
contradicted by "In June 2015, the government and armed groups signed the Agreement ... from
the Algiers peace process" when another sentence says "a preliminary peace deal was signed by
the government in March 2015"; "Mali demanded France's removal as penholder because France had
proposed raising the troop ceiling in 2021" is not contradicted by "In March 2023, the
government demanded the removal of France as penholder" when another says "France did propose
raising the troop ceiling in 2021": the claim's 2021 is the proposal's. (Whatever else the
claim says of that event is for support to judge: the agreeing sentence is related evidence.
A sentence that supports the claim is another matter: it and the contradicting one are two
accounts of one fact, the disagreement `check.decide` weighs.)

A changed date or figure is still contradicted: the sentence that states the claim's event
gives the other value, and a sentence stating the claim's wrong value with less of the claim
("in 2014, ...": another event that year) takes nothing away.
"""
from __future__ import annotations

from dataclasses import replace

from ..types import VALUE_KINDS, Stance


def value_attested(alignments: list, analyzer, event: float) -> list:
    """The alignments, with each contradicting one whose conflicts are all values the claim
    gives (`VALUE_KINDS`) made related when another, neither in conflict nor a support,
    states each of those values as the claim does, at least as much of the claim, a term of
    the claim besides those values that the contradicting one does not state, and of the rest
    of the claim the share `event` a contradicting sentence must state to tell of the claim's
    event (`check.EVENT`): "two years later" states the figure of "on the ground for two
    years" and a word or two more, but of no event of the claim's."""
    contradicting = [a for a in alignments if a.stance == Stance.CONTRADICTS and a.conflicts
                     and all(c.kind in VALUE_KINDS for c in a.conflicts)]
    if not contradicting:
        return alignments
    # a support is left alone: it and the contradicting sentence are two accounts of the
    # claim's fact, a disagreement the verdict weighs ("more than 500 people were killed" /
    # "more than 300 people died", `check.decide`)
    attested = [a for a in alignments if not a.conflicts and a.values
                and a.stance != Stance.SUPPORTS]
    if not attested:
        return alignments
    other_event = set()
    for a in contradicting:
        claimed = {c.claim for c in a.conflicts}
        value_terms = {t for text in claimed for t in analyzer.terms(text)}
        if any(a is not b and b.coverage >= a.coverage and b.rest >= event
               and claimed <= {text for text, _ in b.values}
               and (b.said - a.said) - value_terms
               for b in attested):
            other_event.add(id(a))
    if not other_event:
        return alignments
    return [replace(a, stance=Stance.RELATED, conflicts=()) if id(a) in other_event else a
            for a in alignments]
