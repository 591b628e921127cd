"""An actor the claim names by a common noun, replaced in the sentence by another one:
"MINUSMA's force commander was declared persona non grata" / "MINUSMA's human rights director
was declared persona non grata", "jihadist fighters were responsible for killing" / "the
killing ... was carried out by Malian troops". Names have their own checks
(`check.another_named`, `opposition.swapped_names`); a person or a body named by a common
noun ("commander", "fighters", "troops", "official") is an actor too, which a sentence naming
someone else in its place does not support.

A noun is such an actor when WordNet files its first sense under noun.person or noun.group
(`qa.search.wordnet.actor_noun`); as written, it must end its noun phrase (a break, a function
word or a verb follows: "fighters were", "commander was"), since "the general rule" or "fossil
fuel" use such nouns as modifiers.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import actor_noun, verbs
from ..text.analyze import load_stopwords
from .compare import synonym_terms
from .facts import Parsed, Token, groups_of
from .vocabulary import Vocabulary

VERB_ENDINGS = (("", ""), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"), ("ies", "y"), ("ied", "y"))


def another_actor(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                  stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's first actor noun that the sentence does not state (by its term, a synonym
    or another form: `stated`) and the sentence's first actor noun that the claim does not
    state, or None when either is missing."""
    mine = [t for i, t in enumerate(claim.tokens) if actor_at(claim, i)
            and not said(t, sentence, vocab, stated)]
    if not mine:
        return None
    groups = groups_of(claim, vocab)
    theirs = next((t for i, t in enumerate(sentence.tokens) if actor_at(sentence, i)
                   and not any(vocab.matches(term, claim.terms, groups) for term in t.terms)
                   and not synonym_terms(t.word.lower(), vocab) & claim.terms), None)
    return (mine[0], theirs) if theirs else None


def said(token: Token, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]) -> bool:
    groups = groups_of(sentence, vocab)
    return all(t in stated or vocab.matches(t, sentence.terms, groups) for t in token.terms) \
        or bool(synonym_terms(token.word.lower(), vocab) & sentence.terms)


def actor_at(text: Parsed, i: int) -> bool:
    """The text's i-th word is an actor noun ending its noun phrase, outside names: a common
    noun as written (lower case), not a verb form ("escorts"), followed by a break, a function
    word or (unless it can be an adjective: "official") a verb."""
    token = text.tokens[i]
    if not (token.word.islower() and token.word.isalpha()) or verb_form(token.word) \
            or any(m.start <= token.start < m.end for m in text.mentions):
        return False
    adjective = actor_noun(token.word)
    if adjective is None:
        return False
    if i + 1 == len(text.tokens):
        return True
    after = text.tokens[i + 1]
    if after.brk or after.word.lower() in stopwords():
        return True
    return not adjective and verb_form(after.word) and actor_noun(after.word) is None


def verb_form(word: str) -> bool:
    """`word` is a verb or an inflection of one ("escorts", "declared"), by its regular
    endings only: "commander" is no form of "command"."""
    word = word.lower()
    table = verbs()
    return any(word.endswith(ending) and word[:len(word) - len(ending)] + base in table
               for ending, base in VERB_ENDINGS)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return load_stopwords()
