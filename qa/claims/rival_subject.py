"""A conflict read in a sentence about another subject of the claim's kind.

A corpus that tells of several things of one kind says the same of each in its own words:
"Lake Tarn is cool in every season", "Norvik sent 1,400 troops". Against the claim "Lake
Vell is cool" or "Tarsk sent 1,400 troops", such a sentence differs in the name alone, and
reads as the claim's actor replaced. It is no evidence against the claim when the corpus
speaks of the claim's subject elsewhere: the sentence is about its own subject, the claim's
is another, of which the corpus says other things ("Lake Vell lies south of the ridge").
So too for a figure or a relation in conflict, read in a sentence whose passage never names
the claim's subject: another lake's temperature, another city's record.

The claim's subject is the names before its first verb (from the last clause break before
it, as `subject_said` reads it), the corpus's setting left out (it goes unsaid). A conflict
stands where the sentence names the subject: its value told otherwise, or its role swapped
("the Halden council questioned the harbour master of Brask" / "the harbour master of Brask
questioned the Halden council"); and where the corpus never names the subject, for the
sentence may then be the claim's own event, its actor misnamed.
"""
from __future__ import annotations

from ..search.lookup import stored
from ..types import ConflictKind
from .compare import loosely_named, name_found
from .facts import Mention, Parsed
from .subject_head import first_verb
from .vocabulary import Vocabulary

NAMED = frozenset({ConflictKind.ACTOR, ConflictKind.PLACE})


def rival_subject(index, claim: Parsed, sentence: Parsed, passage: Parsed, found,
                  conflicts, vocab: Vocabulary, background: set[str], verb_at: int) -> bool:
    """The sentence names none of the claim's subject names, the corpus names them
    elsewhere, and either the conflicts replace names that head the subject (another subject
    in its place; not "a Norland hospital" / "a Tarland hospital", one hospital whose owner
    is told otherwise) or, no subject name in conflict, the passage names none of them (a
    value or relation of another subject)."""
    names = subject_names(claim, background, verb_at)
    replaced = {c.claim for c in conflicts if c.kind in NAMED}
    if not names or any(said(m, sentence, found.unstated, replaced, vocab) for m in names):
        return False
    if not all(named_in_corpus(index, m, vocab) for m in names):
        return False
    ours = [m for m in names if m.text in replaced]
    if ours:  # a subject name replaced: another subject only where it is the subject itself
        return all(heads_subject(claim, m, verb_at) for m in ours)
    return not any(said(m, passage, found.absent, replaced, vocab) for m in names)


def said(name: Mention, text: Parsed, missed, replaced: set[str], vocab: Vocabulary) -> bool:
    """The text names the name: the comparison found it there (by an acronym, an adjective,
    a long form: neither among `missed` nor in conflict), or by its words, loosely."""
    return all(m is not name for m in missed) and name.text not in replaced \
        or name_found(name, text, vocab) or loosely_named(name, text, vocab)


def heads_subject(claim: Parsed, name: Mention, verb_at: int) -> bool:
    """No word with terms stands between the name and the claim's first verb: the name is
    the subject itself ("Lake Vell is", "Tarsk sent"), not a word qualifying its head."""
    return not any(t.terms for t in claim.tokens if name.end <= t.start < verb_at)


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


def named_in_corpus(index, name: Mention, vocab: Vocabulary) -> bool:
    """Some passage of the corpus holds every term of the name."""
    terms = vocab.analyzer.terms(name.text)
    if not terms:
        return False
    shared = None
    for term in terms:
        ids = {int(i) for i in stored(index, term)[0]}
        shared = ids if shared is None else shared & ids
        if not shared:
            return False
    return True
