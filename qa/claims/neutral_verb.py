"""A general verb in the place of the claim's verb, of which that verb and its opposite are
both kinds: "the transport office emphasized the risks" does not state "the transport office
played down the risks", nor "troop levels changed" that they increased.

Support weighs words by rarity, so a sentence stating the claim's subject and object reaches
SUPPORT without the claim's verb, the one word that says what happened; writers paraphrase
verbs freely, so an unstated verb keeps no support away by itself (bench/README, rounds 33,
34 and 45: a veto on it cost 95 right supports for 9 wrong ones). A verb that WordNet files
above both the claim's verb and that verb's antonym (`wordnet_neutral.txt`: "play down" and
"play up" under "emphasize", "increase" and "decrease" under "change", "accept" and "reject"
under "judge") is no paraphrase: it says something happened and leaves out which of the two
opposite things, which is what the claim says. Such a verb in the claim verb's place, the
claim's verb stated neither there nor elsewhere in the sentence, leaves the claim unsupported;
not contradicted, since the sentence's verb fits either side.
"""
from __future__ import annotations

from ..search.wordnet import NEUTRAL, entry
from .facts import Parsed, Token
from .paraphrase import in_place, verb_forms
from .polarity import predicate


def neutral_in_place(claim: Parsed, sentence: Parsed, stated: frozenset[str]
                     ) -> tuple[Token, Token] | None:
    """The claim's verb (a predicate, its terms unstated: `stated` holds the claim terms the
    sentence states, forms and synonyms counted) and the sentence's predicate in its place that
    is a general verb of it and its opposite; None if there is none."""
    for i, token in enumerate(claim.tokens):
        if not token.terms or set(token.terms) & (stated | sentence.terms) \
                or not predicate(claim, i):
            continue
        general = general_verbs(claim, i)
        if not general:
            continue
        for j, other in enumerate(sentence.tokens):
            if other.word.isalpha() and predicate(sentence, j) \
                    and not general.isdisjoint(verb_forms(other.word.lower())) \
                    and in_place(claim, i, sentence, j):
                return token, other
    return None


def general_verbs(text: Parsed, i: int) -> frozenset[str]:
    """The general verbs of the text's i-th word and its opposite (`wordnet_neutral.txt`), as a
    phrasal verb with the particle after it ("played down": play down) or as one word."""
    forms = verb_forms(text.tokens[i].word.lower())
    after = text.tokens[i + 1].word.lower() if i + 1 < len(text.tokens) \
        and not text.tokens[i + 1].brk else ""
    for key in ([f"{f} {after}" for f in forms] if after.isalpha() else []) + list(forms):
        found = entry(key, NEUTRAL)
        if found:
            return frozenset(found.split("|"))
    return frozenset()
