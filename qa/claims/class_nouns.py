"""A claim's generic noun stated by the acronym of the body it stands for: "the UN mission
left" is stated by "after MINUSMA's departure" where the corpus spells MINUSMA out as "the
Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)". The noun heads the
acronym's long form (`bodies.Bodies.headed`), so a sentence naming the body by its acronym
names it by that noun too, as a sentence naming "the Mission" does.

Only a noun phrase that names no other body: its words before the noun, back to its
determiner, may be names only where they are the corpus's setting ("the Mali mission") or a
body the acronym belongs to ("the UN mission": "UN" opens "United Nations ... Mission in
Mali"), and other words only where the sentence states them itself; "the AU-ECOWAS mission"
or "the river service" is another body, which the acronym does not state. And only an
acronym the sentence names as an owner ("MINUSMA's departure"): elsewhere it is often a side
mention in a sentence on something else, where the extra stated word carried false claims
over the line (bench/README, round 39, support19).
"""
from __future__ import annotations

from ..search.wordnet import verb_base
from .actors import past_verb
from .around import AUX
from .bodies import Bodies
from .compare import DETERMINERS
from .facts import POSSESSIVE_ENDINGS, Parsed, Token, is_acronym, remembered, without_possessive

PHRASE_REACH = 4  # words between a noun and its determiner ("the UN peacekeeping mission")


def headed_terms(claim: Parsed, sentence: Parsed, bodies: Bodies,
                 background: set[str]) -> frozenset[str]:
    """The terms of the claim's generic nouns that head the long form of an acronym the
    sentence names as an owner ("MINUSMA's departure", "MINUSMA's leadership") or as a
    clause's subject ("MINUSMA deployed to Mali in 2013", `opens_clause`):
    the body whose deed or part the sentence tells, in a noun phrase naming no other body. An
    acronym in another place is often a side mention of the body in a sentence on something
    else ("... leaving MINUSMA with little leverage" does not state "the mission left")."""
    acronyms = owning_acronyms(sentence)
    if not acronyms:
        return frozenset()
    found: set[str] = set()
    for word, terms, names, others in noun_phrases(claim):
        if not all(set(t.terms) <= sentence.terms for t in others):
            continue
        for acronym in acronyms:
            if word in bodies.heads_of(acronym) and all(
                    name in background or bodies.within(name, acronym) for name in names):
                found.update(terms)
                break
    return frozenset(found)


def owning_acronyms(sentence: Parsed) -> list[str]:
    """The acronyms the sentence names as an owner or as a clause's subject (`headed_terms`):
    the sentence's alone, remembered on its parse (asked again for every claim)."""
    text = sentence.text
    return remembered(sentence, ("owning acronyms",), lambda: [
        m.text for m in sentence.mentions if m.family == "name" and is_acronym(m.text)
        and (text.startswith(POSSESSIVE_ENDINGS, m.end) or opens_clause(sentence, m))])


def opens_clause(sentence: Parsed, mention) -> bool:
    """The name is the subject of a clause: it opens the sentence (function words before it
    only: "The", none) or follows a break ("Despite these limitations, MINUSMA has brought"),
    and a verb comes right after it: an auxiliary or a past form ("has", "deployed", "took";
    not a present form, "MINUSMA troops" and "CPSR boats" being nouns as often as verbs)."""
    tokens = sentence.tokens
    n = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    if n is None or n + 1 >= len(tokens) or tokens[n + 1].brk:
        return False
    after = tokens[n + 1].word
    return (tokens[n].brk or all(not t.terms for t in tokens[:n])) \
        and (after in AUX or after.islower() and (past_verb(after) or bool(verb_base(after))))


def noun_phrases(claim: Parsed) -> list[tuple[str, tuple[str, ...], list[str], list[Token]]]:
    """Each lower-case noun of the claim with a determiner before it (`modifiers`): the noun,
    its terms, and the phrase's names and other words; remembered on the claim's parse, as
    it is asked of every sentence naming an acronym as an owner."""
    return remembered(claim, ("class noun phrases",), find_noun_phrases, claim)


def find_noun_phrases(claim: Parsed) -> list[tuple[str, tuple[str, ...], list[str], list[Token]]]:
    found = []
    for n, token in enumerate(claim.tokens):
        word = noun_of(token.word)
        phrase = modifiers(claim, n) if word is not None and token.terms else None
        if phrase is not None:
            found.append((word, token.terms, *phrase))
    return found


def noun_of(word: str) -> str | None:
    """The lower-case noun as the long form's head would be written: possessives dropped
    ("mission's"); None for a capitalised word (a name of its own)."""
    word = without_possessive(word)
    return word if word.isalpha() and word.islower() else None


def modifiers(claim: Parsed, n: int) -> tuple[list[str], list[Token]] | None:
    """The names, and the other words, before the claim's n-th word back to its determiner (a
    determiner, or a possessive ending the phrase's first word: "Mali's mission"); None when
    no determiner opens the phrase within `PHRASE_REACH` words, or a clause break comes
    first."""
    tokens = claim.tokens
    names, others = [], []
    for k in range(n - 1, max(-1, n - 1 - PHRASE_REACH), -1):
        if tokens[k + 1].brk:
            return None
        word = tokens[k].word
        if word.lower() in DETERMINERS:
            return names, others
        mention = next((m for m in claim.mentions if m.family == "name"
                        and m.start <= tokens[k].start < m.end), None)
        if mention is not None:
            names.append(mention.text)
        elif tokens[k].terms:
            others.append(tokens[k])
        if word.endswith(POSSESSIVE_ENDINGS):
            return names, others
    return None
