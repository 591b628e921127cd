"""A sentence telling that the claim's deed was refrained from: "Brisk and Holm voted for
the levy" / "the levy passed narrowly, with Brisk and Holm abstaining" (round 55).

WordNet glosses some verbs as not doing another ("abstain: refrain from voting", "fast:
abstain from eating": `tools/wordnet_refrained.py`); no antonym pointer joins them, so a
sentence stating the claim's parties, its object and its date reached support by them with
the deed itself unstated. Where the claim's verb is one such deed, unstated, and the
sentence has a verb that refrains from it, the sentence tells that the deed was not done:
no support (a contradiction would need the two parties placed alike, which this does not
read)."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import TABLE
from .actors import said
from .auxiliaries import DO, MODAL_AUXILIARIES
from .facts import Parsed, Token, remembered
from .occurrence import verb_forms
from .vocabulary import Vocabulary

REFRAINED = TABLE.with_name("wordnet_refrained.txt")


@lru_cache(maxsize=1)
def refraining() -> dict[str, frozenset[str]]:
    """Each deed and the verbs that refrain from it ("vote": abstain), read once."""
    table: dict[str, set[str]] = {}
    for line in REFRAINED.read_text(encoding="utf-8").splitlines():
        verb, deed = line.split("\t")
        table.setdefault(deed, set()).add(verb)
    return {deed: frozenset(verbs) for deed, verbs in table.items()}


# what makes a bare form a verb ("to vote", "did vote"); a past or a participle is one
VERB_BEFORE = DO | MODAL_AUXILIARIES | frozenset("to not never".split())


def deeds(claim: Parsed) -> tuple[tuple[Token, frozenset[str]], ...]:
    """The claim's verbs that are a deed some verb refrains from, with those verbs,
    remembered on its parse. A verb form only ("voted", "voting", "to vote"; not the noun
    of "the vote to renew"), and not where the claim itself has a verb refraining from it
    ("the vote ..., with Brisk and Holm abstaining")."""
    def found():
        table, tokens = refraining(), claim.tokens
        forms = [verb_forms(t.word) if t.word.isalpha() else () for t in tokens]
        own = {f for fs in forms for f in fs}
        return tuple((t, table[form]) for k, t in enumerate(tokens) if as_verb(tokens, k)
                     for form in forms[k] if form in table and not own & table[form])
    return remembered(claim, ("refrained deeds",), found)


def as_verb(tokens: list[Token], k: int) -> bool:
    word = tokens[k].word.lower()
    return word.endswith(("ed", "ing")) \
        or k > 0 and tokens[k - 1].word.lower() in VERB_BEFORE and not tokens[k].brk


def refrained_deed(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                   stated: frozenset[str]) -> Token | None:
    """The sentence's verb refraining from a deed of the claim that it does not state."""
    mine = deeds(claim)
    if not mine:
        return None
    for token, verbs in mine:
        if said(token, sentence, vocab, stated):
            continue
        for other in sentence.tokens:
            if other.word.isalpha() and verbs.intersection(verb_forms(other.word)):
                return other
    return None
