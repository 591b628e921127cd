"""Who a sentence's pronoun stands for, when the claim's name is not in the sentence.

A name of the claim that its passage gives elsewhere counts as stated by a sentence that says
"it" or "its": reports name an actor once and go on about it. But "its" stands for the name
just before it: "Meanwhile, Norvik ... is weighing its options. In June, it temporarily
halted ... its 40-boat fleet" is about Norvik, not about Velden, which the passage names two
sentences earlier. When the sentence before names someone the claim does not
and not the claim's name, the sentence's pronoun is that other actor's.
"""
from __future__ import annotations

from ..text.sentences import split_sentences
from .attribution import attributed
from .compare import loosely_named, name_found
from .facts import Mention, Parsed, clause_bounds, parse
from .vocabulary import Vocabulary

PRONOUNS = frozenset("it its they their them he his him she her".split())


def another_antecedent(found, claim: Parsed, sentence: Parsed, passage: Parsed,
                       background: set[str], vocab: Vocabulary,
                       spans: list[tuple[int, int]] | None = None
                       ) -> tuple[Mention, Mention] | None:
    """The claim's name that the sentence leaves to its passage, and the name of the sentence
    before that the sentence's pronoun stands for instead; None when the sentence has no
    pronoun, or the sentence before names the claim's name or nobody else. With `spans`
    (where the sentence gives its values in conflict with the claim's), the pronoun must
    stand before each of them in its clause: the owner of that figure or date, not a
    pronoun of some other clause."""
    absent = {id(m) for m in found.absent}
    left = [m for m in found.unstated if m.family == "name" and id(m) not in absent
            and m.text not in background and not attributed(claim, m)]
    pronouns = [t for t in sentence.tokens if t.word.lower() in PRONOUNS]
    if spans is not None:
        pronouns = [t for t in pronouns if all(owns(sentence, t, span) for span in spans)]
    if not left or not pronouns:
        return None
    previous = sentence_before(sentence, passage, vocab)
    if previous is None:
        return None
    others = [m for m in previous.mentions if m.family == "name"
              and m.text not in background and m.value not in background
              and not name_found(m, claim, vocab)]
    for mine in left:
        if others and not (name_found(mine, previous, vocab)
                           or loosely_named(mine, previous, vocab)):
            return mine, others[0]
    return None


def sentence_before(sentence: Parsed, passage: Parsed, vocab: Vocabulary) -> Parsed | None:
    """The passage's sentence right before `sentence`, parsed."""
    at = passage.text.find(sentence.text)
    if at <= 0:
        return None
    spans = split_sentences(passage.text[:at])
    if not spans:
        return None
    start, end = spans[-1]
    return parse(passage.text[start:end], vocab)


def owns(sentence: Parsed, pronoun, span: tuple[int, int]) -> bool:
    """The pronoun stands before the span, in its clause."""
    low, _ = clause_bounds(sentence, *span)
    return low <= pronoun.start < span[0]
