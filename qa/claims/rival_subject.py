"""A figure or relation in conflict read in a sentence about another subject of the claim's
kind.

A corpus that tells of several things of one kind says the same of each: "the highest
temperature recorded in Tarland is 51 °C", "agriculture accounts for 12 percent of
emissions". Against the claim "Vellmark's highest recorded temperature is 53 °C" such a
sentence differs in a figure, and reads as the claim's fact told otherwise; but its document
never names Vellmark: it tells of another place's record, and is no evidence against the
claim at all.

The claim's subject is its names before its first verb (from the last clause break before
it), the corpus's setting left out (it goes unsaid); with no name, its common nouns
(`subject_head.subject_words`: none for a pronoun, an actor noun, a figure or a date). The
conflict is dropped when neither the sentence nor any passage of its document (nor its
title) names the subject: the subject a sentence leaves to its article's title or to a
paragraph before ("It holds the record", "the petition's website") is still its subject.
A conflict that replaces a subject name is left alone: an actor in the actor role is the
claim's event with another actor, which the claim sets read as contradicted ("France
mediated the talks" / "Algeria as the principal mediator"), as they do a role swapped ("the
harbour master of Brask questioned the Halden council" / "The Halden council questioned the
harbour master of Brask").
"""
from __future__ import annotations

from ..search.lookup import stored
from ..types import ConflictKind
from .actors import said as word_said
from .compare import loosely_named, name_found
from .facts import Mention, Parsed
from .subject_head import first_verb, subject_words
from .vocabulary import Vocabulary

NAMED = frozenset({ConflictKind.ACTOR, ConflictKind.PLACE})


def rival_subject(index, passage_id: int, claim: Parsed, sentence: Parsed, found, conflicts,
                  vocab: Vocabulary, background: set[str], verb_at: int) -> bool:
    """No conflict is a subject name replaced (an actor in the actor role stays a conflict),
    the sentence names none of the claim's subject names, and the sentence's document names
    none of them either, or, where the subject has no name, states none of its words: the
    sentence tells of another subject."""
    names = subject_names(claim, background, verb_at)
    if not names:
        words = subject_words(claim)
        return bool(words) and not any(word_said(t, sentence, vocab, frozenset())
                                       for t in words) \
            and not any(in_document(index, passage_id, t.terms) for t in words)
    replaced = {c.claim for c in conflicts if c.kind in NAMED}
    if any(m.text in replaced or said(m, sentence, found.unstated, replaced, vocab)
           for m in names):
        return False
    return not any(in_document(index, passage_id, vocab.analyzer.terms(m.text))
                   for m in names)


def in_document(index, passage_id: int, terms) -> bool:
    """Some passage of the passage's document, or its title, holds every one of the terms:
    a subject the sentence leaves to its article's title, its paragraph or one before
    ("It holds the record ...", "The petition's website ...")."""
    terms = list(terms)
    if not terms:
        return True
    entry = index.sources[index.document_of(passage_id)]
    first, last = entry["first"], entry["first"] + entry["count"]
    title = index.passages[passage_id].title
    if title and set(terms) <= set(index.analyzer.terms(title)):
        return True
    shared = None
    for term in terms:
        ids = {int(i) for i in stored(index, term)[0] if first <= int(i) < last}
        shared = ids if shared is None else shared & ids
        if not shared:
            return False
    return True


def said(name: Mention, text: Parsed, missed, replaced: set[str], vocab: Vocabulary) -> bool:
    """The text names the name: the comparison found it there (by an acronym, an adjective,
    a long form: neither among `missed` nor in conflict), or by its words, loosely."""
    return all(m is not name for m in missed) and name.text not in replaced \
        or name_found(name, text, vocab) or loosely_named(name, text, vocab)


def subject_names(claim: Parsed, background: set[str], verb_at: int) -> list[Mention]:
    """The claim's names before its first verb (the first of `first_verb` and `verb_at`, the
    checker's end of the subject: a past verb read as a participle by one reading is a verb
    to the other), from the last clause break before it; the corpus's setting left out."""
    verb = first_verb(claim)
    tokens = claim.tokens
    verb = min(verb if verb is not None else len(tokens),
               next((i for i, t in enumerate(tokens) if t.start >= verb_at), len(tokens)))
    if verb >= len(tokens):
        return []
    start = tokens[max((i for i in range(verb + 1) if tokens[i].brk), default=0)].start
    end = tokens[verb].start
    return [m for m in claim.mentions if m.family == "name" and start <= m.start < end
            and m.text not in background]
