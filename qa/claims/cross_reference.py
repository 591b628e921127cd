"""A cross-reference in a claim, which points the reader elsewhere and asserts nothing: "See
also tidal range.", "Cf. neap tide.", "(see chart opposite)".

A glossary or encyclopedia entry may close on a pointer to related entries, and a text may
send its reader to a figure in brackets. The pointer is an imperative addressed to the
reader, with no subject and no fact of its own: what it names is where to look, not
something the statement says. Left in, its words (the other entry's title, "graphic",
"below") were weighed as claim facts that no source sentence states, so a statement its
sources state whole was left not found; or they reached the sentences of that other entry.

The pointer is read by its form, the reference imperatives of the written language: a
sentence of its own after the statement, opening with "See" (and "also"), "Cf." (Latin
"confer", compare) or "Compare"; or a bracket opening with "see", "cf." or "compare". The
statement without it is the claim; a claim that is nothing but a pointer keeps its words.
"""
from __future__ import annotations

import re

# the reference imperatives, as a sentence after the statement opens ("See also tidal
# range.", "Cf. neap tide.") and as a bracket opens ("(see chart opposite)", "(cf. table 2)")
POINTER = r"(?:see(?:\s+also)?|cf\.?|compare)\s"
CLOSING_RE = re.compile(r"(?<=[.!])\s+" + POINTER + r"[^.!?]*(?:\.[^\s.!?][^.!?]*)*[.!]?\s*$",
                        re.I)
BRACKET_RE = re.compile(r"\s*\(" + POINTER + r"[^()]*\)", re.I)


def unreferenced(claim: str) -> str:
    """The claim without its cross-references (see above); the claim itself when it has
    none, or when nothing else would be left."""
    bare = CLOSING_RE.sub("", claim)
    while bare != claim:
        claim, bare = bare, CLOSING_RE.sub("", bare)
    bare = BRACKET_RE.sub("", claim)
    return bare if bare.strip(" .") else claim
