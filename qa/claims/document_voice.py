"""A claim told in the voice of the text it was read in: "The field memo says that P", "P,
the commentary reports.", "In May, the brief recalls, P", "As the chronicle recounts, P",
"According to the memo, P", "Per the workshop note, P".

The frame says where P is written, not what happened: the documents are those texts, and
they state P in their own voice without naming themselves. Weighed with P, the frame's words
("field", "memo", "says") are facts no sentence states, and a P the sources state word for
word is not found. `check.check` reads P alone when the whole claim finds nothing, as it
reads a speaker's clause (`qa.claims.reported_clause`, `check.clause_read`): a support of
every fact of P by a sentence that gives P to no other speaker, or a contradiction.

Read by syntactic place and WordNet's classes, not a list of phrases:
- the source is a text without a name: an optional "the", "this" or "our", up to two
  lower-case modifiers and a noun whose first sense is one of communication ("note",
  "commentary", "memo", "record": `tells_as_text`) or a listed document noun ("author").
  A capitalised word names the source ("CIVIC reports", "the Harbor Trust memo says"): who
  said it is then a fact, read by `qa.claims.cited` and `qa.claims.byline`;
- the verb is in the present, the text speaking now ("says", "recounts", "reminds us"),
  and one of saying (WordNet's verb.communication or verb.cognition, or a listed reporting
  verb: "finds", "shows", "observes"). The past ("the review concluded that") may be an
  event of the story. A verb that only puts its clause forward ("argues", "claims",
  "suggests") asserts nothing: such a frame is not taken off, the claim is read as written.
  One that doubts or denies ("disputes", "denies", `doubts`) asserts the opposite: a source
  stating the clause does not support the claim (`text_doubts`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import communicates, tells_as_text, thinks
from ..text.lexicon import frame_lists
from .attribution import document_nouns, reporting_verbs
from .cited import BARE_CLAUSE
from .corrections import capitalised
from .facts import DETERMINERS
from .own_text import PUT_FORWARD
from .reported_clause import Frame
from .saying_adverbs import discrediting, judging_saying
from .speaker_hedges import negative
from .unsaid import asks_for

DOCUMENT = "document"  # the frame's voice: the text the claim was read in
MODIFIERS = 2  # lower-case words before the noun: "the (weekly) field memo"
DETERMINER = r"(?:the|this|our)\s+"
# the verb, an adverb that may judge it before it ("correctly notes", `saying_adverbs`) and
# what may follow it before the clause: "reminds us", "points out"
VERB = r"(?:also\s+)?(?:(?P<adverb>[a-z]+ly)\s+)?(?P<verb>[a-z]+)(?:\s+(?:us|out))?"


def source(determiner: str, n: int) -> str:
    """The source with `n` lower-case modifiers: "the field memo", "memo"."""
    return rf"{determiner}(?:[a-z][a-z-]*\s+){{{n}}}(?P<noun>[a-z]+)"


def by_size(template: str, determiner: str = f"(?:{DETERMINER})?") -> tuple[re.Pattern, ...]:
    """The frame's pattern for each number of modifiers, fewest first: the noun is the first
    word after the modifiers that reads as one."""
    return tuple(re.compile(template.replace("SOURCE", source(determiner, n)))
                 for n in range(MODIFIERS + 1))


LEADING_RES = by_size(rf"^(?:The|This|Our)\s+SOURCE\s+{VERB}"
                      r"(?:\s+(?P<that>that)\b\s*,?|\s*,)?\s+(?=\S)", "")
CLOSING_RES = by_size(rf",\s*SOURCE\s+{VERB}\s*(?=[.!]*\s*$)")
INTERJECTED_RES = by_size(rf",\s*SOURCE\s+{VERB}\s*,\s*", DETERMINER)
AS_RES = by_size(rf"^As\s+SOURCE\s+{VERB}(?:\s+it)?\s*,\s*(?=\S)", DETERMINER)
ACCORDING_RES = by_size(r"^(?:According\s+to|Per)\s+SOURCE\s*,\s*(?=\S)")
ACCORDING_CLOSING_RES = by_size(r",\s*(?:according\s+to|per)\s+SOURCE\s*(?=[.!]*\s*$)")


def first_match(patterns: tuple[re.Pattern, ...], claim: str, test, at_start: bool):
    """The first match of the patterns that `test` accepts, or None."""
    for pattern in patterns:
        match = pattern.match(claim) if at_start else pattern.search(claim)
        if match is not None and test(match):
            return match
    return None


@lru_cache(maxsize=4096)  # a claim is checked again in parts and sentences
def document_frame(claim: str) -> Frame | None:
    """The frame that gives the claim to the text it was read in, and the clause it frames,
    or None."""
    for read in (leading, closing, interjected, as_frame, according):
        frame = read(claim)
        if frame is not None:
            return frame
    return None


def leading(claim: str) -> Frame | None:
    """"The field memo says (that) P", "This memo reminds us that P"."""
    match = first_match(LEADING_RES, claim, lambda m: spoken_by_text(m) and (
        m.group("that") or m.group("verb") in BARE_CLAUSE), at_start=True)
    return match and framed(match.group(0), capitalised(claim[match.end():]))


def closing(claim: str) -> Frame | None:
    """"P, the commentary reports." / "P, field memo says."."""
    match = first_match(CLOSING_RES, claim, spoken_by_text, at_start=False)
    return match and framed(match.group(0), claim[:match.start()] + claim[match.end():])


def interjected(claim: str) -> Frame | None:
    """"In May, the note recalls, P": the commas become one space."""
    match = first_match(INTERJECTED_RES, claim, spoken_by_text, at_start=False)
    return match and framed(match.group(0), claim[:match.start()] + " " + claim[match.end():])


def as_frame(claim: str) -> Frame | None:
    """"As the chronicle recounts, P", "As the authors tell it, P"."""
    match = first_match(AS_RES, claim, spoken_by_text, at_start=True)
    return match and framed(match.group(0), capitalised(claim[match.end():]))


def according(claim: str) -> Frame | None:
    """"According to the memo, P", "Per the workshop note, P", "P, per the brief."."""
    match = first_match(ACCORDING_RES, claim, lambda m: text_noun(m.group("noun")),
                        at_start=True)
    if match is not None:
        return framed(match.group(0), capitalised(claim[match.end():]))
    match = first_match(ACCORDING_CLOSING_RES, claim, lambda m: text_noun(m.group("noun")),
                        at_start=False)
    return match and framed(match.group(0), claim[:match.start()] + claim[match.end():])


@lru_cache(maxsize=4096)  # asked of every supported claim and of each of its parts
def text_doubts(claim: str) -> bool:
    """The claim gives its clause to a text that doubts or denies it ("The memo disputes that
    P", "P, the commentary denies."): it asserts no P, so a source stating P does not support
    it (`check.check`, beside a speaker's doubt)."""
    def doubting(match: re.Match) -> bool:
        noun, verb = match.group("noun"), match.group("verb")
        return text_noun(noun) and present(verb, noun.endswith("s")) and (
            doubts(verb) or bool(match.group("adverb")) and judging_saying(match.group("adverb"))
            and discrediting(match.group("adverb")))
    return any(first_match(patterns, claim, doubting, at_start)
               for patterns, at_start in ((LEADING_RES, True), (CLOSING_RES, False),
                                          (INTERJECTED_RES, False), (AS_RES, True)))


def framed(words: str, clause: str) -> Frame:
    return Frame(words.strip(" ,"), "", " ".join(clause.split()), DOCUMENT)


def spoken_by_text(match: re.Match) -> bool:
    noun = match.group("noun")
    return text_noun(noun) and asserting_present(match.group("verb"), noun.endswith("s")) \
        and not judged_wrong(match)


def judged_wrong(match: re.Match) -> bool | None:
    """The frame's adverb judges the saying ("correctly notes") and judges it wrong
    ("wrongly states", `saying_adverbs.discrediting`); None if it has no adverb, and a word
    in "-ly" that is no adverb ("The family notes") makes no frame."""
    adverb = match.group("adverb")
    if adverb is None:
        return None
    return not judging_saying(adverb) or discrediting(adverb)


def text_noun(noun: str) -> bool:
    """The noun names a text or its author ("note", "commentary", "author")."""
    return noun in document_nouns() or tells_as_text(noun)


def base_of(verb: str) -> str:
    """The verb without its present's "-s" ("says" -> say, "stresses" -> stress)."""
    if verb.endswith("ies") and len(verb) > 4:  # "denies" -> deny
        return verb[:-3] + "y"
    return re.sub(r"(?<=ss)es$|(?<=[sxz]h)es$|s$", "", verb)


def present(verb: str, plural: bool) -> bool:
    """The verb is in the present and agrees with its noun: "the note says", "the authors
    note". A past ("concluded", "said") may be an event of the story."""
    return (base_of(verb) == verb) == plural and not verb.endswith("ss")


def doubts(verb: str) -> bool:
    """A verb that doubts or denies its clause: a listed one ("denies", "disputes", "doubts",
    "questions": qa/data/frames.json) or a verb of cognition rated negative ("rejects")."""
    base = base_of(verb)
    return base in frame_lists()["denied_doubts"] or thinks(base) and negative(base)


@lru_cache(maxsize=512)
def asserting_present(verb: str, plural: bool) -> bool:
    """A verb of saying in the present ("says", "recalls", "recounts", "warns"; "tell" after
    a plural noun) that asserts its clause: not one that doubts or denies it, nor one that
    only puts it forward ("argues", "claims", "suggests": `own_text.PUT_FORWARD`), nor one
    that asks for it ("recommends", "urges", "demands": `unsaid.asks_for`), whose clause is
    a deed not yet done."""
    base = base_of(verb)
    if not present(verb, plural) or doubts(verb) or {verb, base + "s"} & PUT_FORWARD \
            or asks_for(verb):
        return False
    return verb in reporting_verbs() or base + "s" in reporting_verbs() \
        or communicates(base) or thinks(base)


WORDS_RE = re.compile(r"[\w'\u2019]+")


def voiced_by_speaker(sentence: str) -> bool:
    """The sentence gives what it states to a speaker: "according to", or a plain reporting
    verb ("said", "noted", `attribution.reporting_verbs`) not after a determiner ("the notes"
    is a noun). A sentence that does states another's saying, not the text's own."""
    if re.search(r"\baccording\s+to\b", sentence, re.I):
        return True
    words = [w.lower() for w in WORDS_RE.findall(sentence)]
    return any(w in reporting_verbs() and (k == 0 or words[k - 1] not in DETERMINERS)
               for k, w in enumerate(words))
