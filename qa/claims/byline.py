"""A claim that names the author of the text it was read in, by a frame `qa.claims.cited`
does not read as a citation: "a Harbor Trust analyst wrote that ...", "the Harbor Trust
piece says that ...", "Harbor Trust's Ann Lee said ...", "..., per Harbor Trust.". The name
is the byline of a text or of its writer (a noun citations name a text or its writer by),
not an actor of the event: a report names its publisher once, in its title lines, its
header or its "about the authors", and then reports in its own voice. So the name is a fact
of the evidence's *document*, stated by each of its sentences when the document names the
body as its own (`identity.in_byline`: its title or a heading, its back matter, "my
organization, X"), and the frame's words are stated with it. A document that names the body
only in passing (a footnote citing it, a meeting held under its rule) or never (another
publisher's) does not state it, and the claim stays unsupported however well the rest
matches.
"""
from __future__ import annotations

from .attribution import document_nouns, reporting_verbs
from .cited import cited, lists as citation_lists
from .facts import POSSESSIVE_ENDINGS, Mention, Parsed, remembered

PER = "per"


def bylines(claim: Parsed) -> dict[int, tuple[int, ...]]:
    """The claim's names (by their place among its mentions) that are the author of what it
    cites, each with the positions of its frame's words (`byline_frame`); a writer named
    after the body's possessive ("Harbor Trust's Ann Lee said") is one too, with the same
    frame. Remembered on the claim's parse."""
    def find() -> dict[int, tuple[int, ...]]:
        found: dict[int, tuple[int, ...]] = {}
        if cited(claim.text) is not None:
            # a citation frame is `check.check_cited`'s: its content is read alone, the
            # source a fact of the evidence's document, and supported only when the
            # sentence states all of it. Stated here too, the source let the claim read
            # whole pass with words unstated (read sets: "Per X, ..." claims with a reversed
            # or an added fact turned supported)
            return found
        for n, mention in enumerate(claim.mentions):
            frame = byline_frame(claim, mention)
            if frame is None:
                continue
            found[n] = frame
            person = writer_after(claim, mention)
            if person is not None:
                found[person] = frame
        return found
    return remembered(claim, ("bylines",), find)


def byline_frame(claim: Parsed, mention: Mention) -> tuple[int, ...] | None:
    """The positions of the words that make the claim's name the author of what it says: a
    text or writer noun right after the name or its possessive and a verb of saying after it
    ("a Harbor Trust study said", "Harbor Trust's analysts found"), a person named after its
    possessive and the verb ("Harbor Trust's Ann Lee wrote"), or "per" before the name
    closing the claim ("..., per Harbor Trust."). None when the name is no byline: a text
    that says nothing ("the Harbor Trust report was published") is a thing of the event."""
    if mention.family != "name" or mention.kind == "country":
        return None
    tokens = claim.tokens
    inside = [i for i, t in enumerate(tokens) if t.start < mention.end and t.end > mention.start]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    if first and tokens[first - 1].lower == PER and tokens[first - 1].brk \
            and last + 1 == len(tokens):
        return (first - 1,)  # "..., per Harbor Trust.": a source closing the claim
    after = last + 1
    if after + 1 >= len(tokens) or tokens[after].brk or tokens[after + 1].brk:
        return None
    if writes(tokens[after].word) and says(tokens[after + 1].lower):
        return (after, after + 1)
    person = writer_after(claim, mention)
    if person is None:
        return None
    verb = next((i for i, t in enumerate(tokens) if t.start >= claim.mentions[person].end), None)
    if verb is None or tokens[verb].brk or not says(tokens[verb].lower):
        return None
    return (verb,)


def writer_after(claim: Parsed, mention: Mention) -> int | None:
    """The name right after the mention's possessive ("Harbor Trust's Ann Lee"), if any."""
    token = next((t for t in claim.tokens if t.start < mention.end <= t.end), None)
    if token is None or not token.word.endswith(POSSESSIVE_ENDINGS):
        return None
    following = min((t.start for t in claim.tokens if t.start >= token.end), default=None)
    return next((k for k, m in enumerate(claim.mentions) if m.family == "name"
                 and m.start == following and m.kind != "country"), None)


def writes(word: str) -> bool:
    """The lower-case noun names a written text or its writer, as citations name them
    (qa/data/citations.json, qa/data/attribution.json): "study", "article", "piece", "note",
    "analyst", "researchers" (a pilot or a minister who says something is a party of the
    story, not a text's writer)."""
    if not word.isalpha() or not word.islower():
        return False
    persons = citation_lists()["source_persons"]
    return word in document_nouns() or word in citation_lists()["source_nouns"] \
        or word in persons or word + "s" in persons


def says(word: str) -> bool:
    """A verb reporting what a text or writer says ("said", "wrote", "notes", "found"), as
    the lists of reporting and citing verbs have it: WordNet's verbs of communication take in
    nouns of other readings ("Harbor Trust's Safe Seas program ran ...")."""
    return word in reporting_verbs() or word in citation_lists()["citing_verbs"]
