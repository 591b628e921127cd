"""The claim's deed, which a supporting sentence leaves unsaid, told beside it as another's:
"the government rejected the deal" against "The deal was signed by the government in March.
However, the deal was rejected by the rebels."

Coverage weighs words by rarity, so the first sentence reaches support by the claim's actor,
object and date without its verb, the one word that says what happened. Writers paraphrase
verbs, so an unsaid verb keeps no support away by itself (bench/README, round 33); but where
the sentence's own passage tells that very verb (its word or a form of it) with an agent the
claim never names, the claim's deed is that agent's, and the sentence that leaves it out is
no evidence that the claim's actor did it.
"""
from __future__ import annotations

from .compare import as_text, name_found
from .facts import Mention, Parsed
from .main_verb import main_verb
from .opposition import agents_of
from .vocabulary import Vocabulary


def done_by_another(claim: Parsed, sentence: Parsed, passage: Parsed, vocab: Vocabulary,
                    stated: set[str] | frozenset[str]) -> Mention | None:
    """The agent the passage gives the claim's main verb, which the sentence does not state
    (`stated`: the claim terms it states, forms and synonyms counted), when the claim names
    no agent of it there; None otherwise."""
    verb = main_verb(claim)
    if verb is None or not verb.terms or set(verb.terms) & stated \
            or not set(verb.terms) & passage.terms:
        return None
    names = [m for m in claim.mentions if m.family == "name"]
    for k, token in enumerate(passage.tokens):
        if not set(verb.terms) & set(token.terms) or within(sentence, passage, token):
            continue
        agents = agents_of(passage, k)
        if agents and not any(name_found(mine, as_text(agent), vocab)
                              for mine in names for agent in agents):
            return agents[0]
    return None


def within(sentence: Parsed, passage: Parsed, token) -> bool:
    """The passage's token stands inside the sentence's text (the sentence itself)."""
    at = passage.text.find(sentence.text)
    return at >= 0 and at <= token.start < at + len(sentence.text)
