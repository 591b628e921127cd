"""A contradiction from an article about another thing of the claim's kind: "Velden had a
wetter spring than ever" against a sentence of the article "Norvik" that leaves its subject
to the title ("The town had a drier spring than ever").

A sentence of an encyclopedia article often leaves its subject to the article's title ("this
period", "the city"). A claim naming a subject the passage never names, read against such a
sentence, is read against the title's subject: where the title is itself a name the claim does
not give, the sentence tells of that other thing, and its conflict is no conflict with the
claim (a claim on one geological epoch was contradicted by the article on the next one once
the relation in conflict was placed, `qa.claims.compound_place`). Only a title that is one
name as a whole ("Norvik", "Storm Alder"): a report's title names its setting among other
words, and the corpus's setting may go unsaid.
"""
from __future__ import annotations

from .compare import loosely_named, name_found
from .facts import Parsed
from .vocabulary import Vocabulary


def part_of(name, subject) -> bool:
    """Every word of one name is a word of the other: one names the other in part."""
    mine, theirs = set(name.text.lower().split()), set(subject.text.lower().split())
    return mine <= theirs or theirs <= mine


def titled_other(claim: Parsed, found, passage: Parsed, title: Parsed | None,
                 background: set[str], vocab: Vocabulary) -> bool:
    """The claim names something the passage does not, and the article's title is one name,
    of something the claim does not name, even in part."""
    if title is None or len(title.mentions) != 1:
        return False
    subject = title.mentions[0]
    if subject.family != "name" or subject.text != title.text.strip() \
            or name_found(subject, claim, vocab) \
            or any(m.family == "name" and (name_found(m, title, vocab) or part_of(m, subject))
                   for m in claim.mentions):
        return False  # the claim names the title's subject, whole or in part ("the North
        # Slope" under "Alaska North Slope"; not "the Varro Stage" under "Lumen Stage")
    return any(m.family == "name" and m.text not in background
               and not loosely_named(m, passage, vocab) for m in found.absent)
