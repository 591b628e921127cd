"""Whether a sentence goes on about the event told just before it, read for support of a
claim two neighbouring sentences state together (`check.neighbour_pairs`).

Besides a pronoun or a time counted from the first's event (`qa.claims.joined`), a sentence
refers back by a connective that tells its event as the first's outcome ("A rocky first year
showed ... . Hence, on 25 June the council renewed ...") or by a definite noun phrase whose
noun the first names ("... the Support Mission (SM) was deployed. The peacekeeping mission
..."), itself or in the long form of an acronym it states. Such a pair is a looser unit than
one sentence, so it may leave unsaid only a gradable adjective of the claim (WordNet gives it
an attribute: "difficult" as a degree of difficulty, which a source words as "rocky"), never
a noun, verb or name ("a flood destroyed" is not stated by "a fire destroyed").
"""
from __future__ import annotations

from ..search.wordnet import attributes, can_be_verb
from .facts import Parsed, word_terms
from .joined import DEFINITE, DESCRIBED, LEANING
from .past_forms import past_verb_form

# connectives that open a sentence telling the outcome of the event told just before it
CONSEQUENCE_LINKS = frozenset("hence thus therefore consequently".split())
RESULT_PHRASE = ("as", "a", "result")
# how far into a sentence its subject may open, after a phrase of time ("On 3 March
# 2019 the guild ...")
OPENING = LEANING + 2


def continues(first: Parsed, second: Parsed, vocab, defined: dict[str, str]) -> bool:
    """The second sentence opens on a connective of consequence or names the first's thing
    again by a definite noun (`defined`: the corpus's acronyms and their long forms)."""
    return follows_from(second) or named_again(first, second, vocab, defined)


def follows_from(second: Parsed) -> bool:
    """The sentence opens on a connective that tells its event as the outcome of the one
    told before ("Hence, ...", "As a result, ...")."""
    words = [t.lower for t in second.tokens[:len(RESULT_PHRASE)]]
    return bool(words) and (words[0] in CONSEQUENCE_LINKS or tuple(words) == RESULT_PHRASE)


def named_again(first: Parsed, second: Parsed, vocab, defined: dict[str, str]) -> bool:
    """The second sentence opens on a definite noun phrase ("The mission", "The UN
    peacekeeping mission") whose noun the first states, itself or in the long form of an
    acronym it states."""
    tokens = second.tokens[:OPENING + DESCRIBED]
    for n, token in enumerate(tokens[:OPENING]):
        if token.lower not in DEFINITE:
            continue
        phrase = []
        for after in tokens[n + 1:n + 1 + DESCRIBED]:
            if after.brk or not after.word.isalpha() or after.word.islower() and told(after.lower):
                break
            if after.terms:  # (a stopword such as "UN" describes, it is no noun)
                phrase.append(after.terms[0])
        if not phrase:
            return False
        known = set(first.terms)
        for t in first.tokens:
            long_form = defined.get(t.lower) if t.word.isupper() else None
            if long_form:
                known.update(word_terms(long_form, vocab))
        return phrase[-1] in known
    return False


def told(word: str) -> bool:
    """The word is a verb in the past ("hired", "was", "began"): the phrase before it is the
    sentence's subject."""
    return past_verb_form(word)


def graded_only(claim: Parsed, terms: set[str]) -> bool:
    """Each of `terms` is a word of the claim that is a gradable adjective and no verb."""
    words = {t: tok.lower for tok in claim.tokens for t in tok.terms}
    return all(t in words and attributes(words[t]) and not can_be_verb(words[t])
               for t in terms)
