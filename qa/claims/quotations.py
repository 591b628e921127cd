"""Who said a quotation set off in a paragraph of its own: the text that introduces it.

A report quotes at length: "As a representative of the UN Office for the Coordination of
Humanitarian Affairs (OCHA) observed:" ends one paragraph, the quotation fills the next (in a
PDF, footnotes may come between them). A claim that says who said it ("an OCHA representative
said humanitarian groups approve escorts only as a last resort") is stated by a sentence of
the quotation read with its introduction: the quotation says what was said, the introduction
who said it. `check.align` counts the claim's words the introduction states (its names
included) as stated by each sentence of the quotation, for support only; what the quotation
must state is unchanged.

An introduction is the last sentence of the body paragraph before the passage, in the same
source, when it ends with a colon and has a verb of communication or a reporting verb
("said", "explained", "observed": `attribution.reporting_verbs`): a colon after a list's
heading or a label introduces no speaker.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun, communicates
from ..text.sentences import split_sentences
from .attribution import reporting_verbs
from .facts import Parsed, Token, parse
from .vocabulary import Vocabulary

NOTE = "note"  # the passage kind of a footnote, which a PDF may set between the two


def introduction(index, passage_id: int, vocab: Vocabulary) -> Parsed | None:
    """The sentence that introduces the passage as a quotation, parsed, or None."""
    here = index.passages[passage_id]
    if here.kind == NOTE:
        return None
    j = passage_id - 1
    while j >= 0 and index.passages[j].kind == NOTE and index.passages[j].source == here.source:
        j -= 1
    if j < 0 or index.passages[j].source != here.source:
        return None
    text = index.passages[j].text.rstrip()
    if not text.endswith(":"):
        return None
    spans = split_sentences(text)
    if not spans:
        return None
    start, end = spans[-1]
    last = parse(text[start:end], vocab)
    return last if any(communicates(t.word) or t.word.lower() in reporting_verbs()
                       for t in last.tokens if t.word.isalpha()) else None


def introduced_terms(claim: Parsed, introduced: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's speaker and saying that the introduction states (a synonym or
    another spelling counts): its names, its nouns of a person or a group ("representative")
    and its verbs of saying. Not its other words: the introduction's "Humanitarian Affairs"
    says who speaks, not that the quotation is about humanitarian groups."""
    groups = vocab.expand(introduced.terms)
    names = [(m.start, m.end) for m in claim.mentions if m.family == "name"]
    return frozenset(t for token in claim.tokens
                     if any(s <= token.start < e for s, e in names) or speaker_word(token)
                     for t in token.terms if vocab.matches(t, introduced.terms, groups))


def speaker_word(token: Token) -> bool:
    """A word that may say who spoke or that someone spoke: a noun of a person or a group,
    a verb of communication or a reporting verb."""
    word = token.word.lower()
    return word.isalpha() and (actor_noun(word) is not None or communicates(word)
                               or word in reporting_verbs())
