"""The words a claim tells a reversed phrase with, which a sentence stating the claim's scene
may put otherwise: "When the council extended the licence in 2019, it provided additional
funds for the task" against "the decision in 2019 to extend the licence within existing
funds".

The claim's fronted adverbial clause sets the scene, the event (`unsaid.main_clause`); its
main clause says what came with it, here an adjective reversed beside the same noun
("additional" / "existing funds", `Placement.BESIDE`). The sentence gives that phrase without
a verb of its own ("within existing funds"), so the main clause's verb and adjuncts ("provided
... for the task", "gave the mission ... to do it", "came with") are unsaid however the
sentence reverses it, and the rest, counting them, reads the claim's event as another. A claim
that says two things is false when one is (`qa.claims.scene`, the mirror case: a reversed main
clause with its scene unsaid).

Read narrowly:
- only reversals placed beside their noun (the event named by its own words, reversed), each
  inside the main clause, none a function word;
- the main clause's subject is the scene's: a pronoun ("it"), or words of the scene or of the
  corpus's setting ("the Council"); a new subject ("the fishing guild raised additional
  funds") tells another's deed, which the sentence on the scene's event does not deny;
- the main clause's verb tells a transfer ("provided", "gave", "received": its first WordNet
  sense a kind of give or get, `tools/wordnet_giving.py`): "it needed / sought / requested
  additional funds" says the want of them, which existing funds do not deny;
- the main clause holds no fact of its own (a name, a figure, a date other than the corpus's
  setting), which the sentence would then have to state;
- the head noun the reversed word qualifies stays counted (the sentence must state "funds");
- the scene must be stated as any conflicting sentence must state the rest (CONTRADICT, the
  caller's `threshold`), and the share without the told words is read beside the share with
  them, never instead.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import TABLE, base_forms
from ..types import ConflictKind, Placement
from .facts import Parsed
from .past_forms import past_form
from .unsaid import main_clause
from .vocabulary import Vocabulary

GIVING = TABLE.with_name("wordnet_giving.txt")


@lru_cache(maxsize=1)
def giving_verbs() -> frozenset[str]:
    """The table's words, read once, on first use."""
    return frozenset(line for line in GIVING.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def told_terms(claim: Parsed, conflicts, background: set[str],
               vocab: Vocabulary) -> frozenset[str]:
    """The main clause's terms a sentence reversing its phrase in place may leave unsaid, or
    nothing when a condition above fails."""
    if not conflicts or any(c.kind != ConflictKind.RELATION or c.placed != Placement.BESIDE
                            for c in conflicts):
        return frozenset()
    main = main_clause(claim)
    if not main:
        return frozenset()
    scene = {t for token in claim.tokens for t in token.terms} - main
    if not scene:
        return frozenset()
    setting = {t for name in background for t in vocab.analyzer.terms(name)}
    subject, verb = subject_and_verb(claim)
    if subject - scene - setting or verb is None \
            or not any(form in giving_verbs() for form in base_forms(verb.lower())):
        return frozenset()
    kept: set[str] = set()
    for c in conflicts:
        terms = set(vocab.analyzer.terms(c.claim))
        if not terms or not terms <= main or terms & scene:
            return frozenset()
        kept |= terms | head_terms(claim, c.claim)
    told = frozenset(main - scene - kept)
    if any(m.text not in background and set(vocab.analyzer.terms(m.text)) & told
           for m in claim.mentions):
        return frozenset()
    return told


def subject_and_verb(claim: Parsed) -> tuple[set[str], str | None]:
    """The terms of the main clause's words before its first past verb (`main_clause` found
    one there): its subject, with any adverb before the verb ("the Council also gave"); and
    that verb."""
    tokens = claim.tokens
    start = next(k for k in range(1, len(tokens)) if tokens[k].brk)
    found: set[str] = set()
    for token in tokens[start:]:
        if past_form(token.word):
            return found, token.word
        found.update(token.terms)
    return found, None


def head_terms(claim: Parsed, word: str) -> set[str]:
    """The terms of the word right after the claim's `word` in its clause (the noun it
    qualifies: "additional funds")."""
    tokens = claim.tokens
    for k, token in enumerate(tokens[:-1]):
        if token.word == word and not tokens[k + 1].brk:
            return set(tokens[k + 1].terms)
    return set()
