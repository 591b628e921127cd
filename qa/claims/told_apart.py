"""Two sentences of one document, not neighbours, that tell one event of the claim between
them: "The Tarvik guild, which bought a dredger in 2031, hired twelve pilots" / "The Tarvik
guild bought a dredger in 2031." ... (three sentences on) ... "That spring the Tarvik guild
also hired twelve pilots."

`check.neighbour_pairs` reads a sentence with the one after it; a report often gives the
second fact of a claim further on, in the same paragraph or another, told again of the same
subject. Read as one, such a pair is a looser unit still than two neighbours, so only the
issue's full rule lets it support: each sentence states some of the claim and conflicts with
none of it, the two state every word of the claim (the corpus's setting may go unsaid), the
claim's ends and manners included (`joined.ends_said`), and the second place is about the
claim's own subject: both sentences name it as a subject of theirs (`subject_shared`). Two
sentences that share only some other word tell two events ("The guild hired twelve pilots."
and, paragraphs on, "Norland bought a dredger in 2031."): a sentence whose subject is
another name is not read (`check.acting_elsewhere`), nor is a pair that would lend one
sentence's date or figure to the other's verb (`joined.lent_fact`). Only for support, and
only where no sentence or neighbour pair supports or contradicts the claim alone.
"""
from __future__ import annotations

from .actors import said
from .joined import ends_said, lent_fact, subject_tokens
from .polarity import predicate

MIN_SHARE = 0.2  # share of the claim each of the two sentences must state (as `check.PAIR`)


def subject_shared(claim, first, second, vocab) -> bool:
    """Each sentence (their alignments) tells its event of the claim's named subject: a word
    of the subject's name stands in a subject of the sentence's own (`own_subject`), and
    every word of that name is stated. A common noun is shared by many events ("The harbour
    budget for the northern fleet was adopted in May." and "The licence of the southern fleet
    was unanimously renewed."), a word outside a subject is no subject ("Oil is the largest
    source of carbon dioxide" / "emissions come from coal, oil and gas" and "The burning of
    coal and oil is the largest source of emissions"), nor is a definite noun without the
    name ("the Kell Ice Shelf ..." / "The shelf has been of concern ...", which may be
    another)."""
    names = [t for t in subject_tokens(claim) if t.terms and any(
        m.family == "name" and m.start <= t.start < m.end for m in claim.mentions)]
    return bool(names) and all(
        all(said(t, x.parsed, vocab, x.named) for t in names)
        and any(set(t.terms) <= own_subject(x.parsed) for t in names)
        for x in (first, second))


def own_subject(sentence) -> set[str]:
    """The terms of the sentence's words that stand before one of its predicates with no
    predicate between: the subjects of its clauses ("..., but the guild later hired"); not
    those after its last predicate, its objects and lists ("come from coal, oil and gas")."""
    subjects, clause = set(), set()
    for n, tok in enumerate(sentence.tokens):
        if predicate(sentence, n):
            subjects |= clause
            clause = set()
        else:
            clause.update(tok.terms)
    return subjects


def apart_candidates(claim, placed, needed: frozenset[str], vocab):
    """The pairs of sentences (alignments) of one document, not neighbours, that may tell the
    claim's event between them, by the cheap tests first: `placed` holds each sentence's
    alignment with its place (document, passage, sentence number), in the text's order;
    `needed`: the claim's weighted terms that must be stated (its setting taken out)."""
    open_ = [(place, a) for place, a in placed
             if not a.conflicts and a.coverage >= MIN_SHARE and a.said & needed]
    for n, (place, first) in enumerate(open_):
        for other, second in open_[n + 1:]:
            if other[0] != place[0] or other[1] == place[1] and other[2] - place[2] < 2:
                continue  # another document, or the neighbour `neighbour_pairs` reads
            if not needed <= first.said | second.said \
                    or needed <= first.said or needed <= second.said:
                continue
            if subject_shared(claim, first, second, vocab) \
                    and ends_said(claim, first, second, vocab) \
                    and lent_fact(claim, first, second, vocab, True) is None:
                yield first, second
