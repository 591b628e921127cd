"""Which sentences of a draft state something the sources could confirm or deny.

Not checked: headings; questions; quotations (a block quote, or a sentence mostly inside
double quotation marks: the draft reports what someone said, not a fact of its own); and
sentences that state no fact: no number, date or name, and fewer than MIN_WORDS informative
words, where a word informs when the corpus gives it weight (a stopword does not, nor does a
word found in more than half of the passages, which BM25 weighs at its floor: "mission" in
reports about one mission). "This matters." and "The story is more complicated than that."
have nothing to check; "Peacekeepers escorted the convoys." does.
"""
from __future__ import annotations

import re

from ..index.model import Index
from ..types import BlockKind, DraftBlock, SkipReason
from .facts import parse
from .vocabulary import vocabulary_for

MIN_WORDS = 3  # informative words a sentence without a number, date or name needs
QUOTED = 0.5  # share of a sentence's words inside quotation marks that makes it a quotation
FACTS = ("count", "percent", "amount", "year", "month", "ordinal", "name")
QUOTE_MARK_RE = re.compile(r'["“”«»]')
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
TRAILING = "\"'”’»)]*"


def skip_reason(sentence: str, block: DraftBlock, index: Index) -> SkipReason | None:
    """Why `sentence` (of `block`) is not checked, or None when it is."""
    if block.kind in (BlockKind.TITLE, BlockKind.HEADING):
        return SkipReason.HEADING
    if sentence.rstrip().rstrip(TRAILING).endswith("?"):
        return SkipReason.QUESTION
    if block.quoted or quoted_share(sentence) > QUOTED:
        return SkipReason.QUOTATION
    if not states_a_fact(sentence, index):
        return SkipReason.NO_FACT
    return None


def states_a_fact(sentence: str, index: Index) -> bool:
    vocab = vocabulary_for(index.analyzer)
    if any(m.family in FACTS for m in parse(sentence, vocab).mentions):
        return True
    half = len(index.passages) / 2
    informative = {t for t in index.analyzer.terms(sentence) if index.doc_freq(t) <= half}
    return len(informative) >= MIN_WORDS


def quoted_share(sentence: str) -> float:
    """The share of the sentence's words inside quotation marks. A closing mark with no
    opening one closes a quotation begun in an earlier sentence; an opening mark never closed
    runs to the end of the sentence."""
    words = [m.start() for m in WORD_RE.finditer(sentence)]
    if not words:
        return 0.0
    inside = sum(any(s <= w < e for s, e in quoted_spans(sentence)) for w in words)
    return inside / len(words)


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans between double quotation marks (a single curly one is also the apostrophe:
    soldiers’)."""
    spans, opened = [], None
    for mark in QUOTE_MARK_RE.finditer(sentence):
        i = mark.start()
        if opened is None and opens(sentence, i):
            opened = i
        elif opened is None:  # closes a quotation that began before this sentence
            spans.append((0, i))
        else:
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans


def opens(text: str, i: int) -> bool:
    """A curly mark says which it is; a straight one opens at the start or after a space."""
    if text[i] in "“«":
        return True
    if text[i] in "”»":
        return False
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-"
