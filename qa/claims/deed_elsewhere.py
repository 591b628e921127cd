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

import re

from ..search.wordnet import actor_noun, can_be_verb, derived_forms
from .compare import as_text, government, name_found
from .facts import Mention, Parsed, Token, last_words, word_terms
from .main_verb import main_verb
from .owned_part import part_of_claims
from .opposition import (active, agents_of, finite, occurrences, outermost, same_actor,
                         used_as_verb)
from .short_forms import short_form
from .straddled import PREPOSITIONS
from .vocabulary import Vocabulary


def done_by_another(claim: Parsed, sentence: Parsed, passage: Parsed, vocab: Vocabulary,
                    stated: set[str] | frozenset[str]) -> Mention | None:
    """The agent the passage gives the claim's main verb, which the sentence does not state
    (`stated`: the claim terms it states, forms and synonyms counted), when the claim names
    no agent of it there; None otherwise."""
    verb = main_verb(claim) or next(
        (t for n, t in enumerate(claim.tokens) if t.terms and finite(claim, n)
         and headed_agents(claim, n)), None)  # a passive's ("was rejected by X") or a
    # verb of saying's ("X opposed"), which `main_verb` leaves to what is said
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


def agent_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary, bodies=None
                    ) -> tuple[Mention, Mention] | None:
    """The claim's verb, which the sentence states with named agents none of whom is the
    claim's ("the Malian government rejected the deal" / "the deal was rejected by the CMA";
    "the deal was rejected by the Malian government" / "...signed by the Malian government.
    However, the deal was rejected by the CMA"): the sentence tells that another did it. The
    claim's agent may stand before its active verb with the noun it qualifies between ("the
    Malian government rejected"), or after a passive's "by the" (`agents_of` reads a name
    right before the verb only, and `opposition.passive_agent_replaced` a name right after
    "by"). Read for abstention only: the two agents may be two names of one body under a
    title the tables miss, so no conflict is drawn. `bodies`: the corpus's long forms of
    acronyms (`qa.claims.bodies`), by which "the UN" and "MINUSMA" are one. Returns (the
    claim's agent, the sentence's), or None when a sentence's agent is the claim's, or the
    verb has none."""
    for n, token in enumerate(claim.tokens):
        if not token.terms or not finite(claim, n):
            continue
        mine = headed_agents(claim, n)
        if not mine:
            continue
        theirs = [agents for k in occurrences(token, sentence, vocab)
                  if used_as_verb(sentence, k) for agents in [headed_agents(sentence, k)]
                  if agents] + [agents for k in nominal(token, sentence, vocab)
                                for agents in [owners(sentence, k)] if agents]
        if theirs and not any(alike(mine, agents, claim, sentence, vocab, bodies)
                              for agents in theirs):
            return mine[0], theirs[0][0]
    return None


def headed_agents(text: Parsed, verb: int) -> list[Mention]:
    """`agents_of`, and for an active verb a name and the one noun it qualifies right before
    it ("the Malian government rejected", "French troops left")."""
    found = [m for m in agents_of(text, verb) if not governed(text, m)]
    if found or verb < 2 or not active(text, verb):
        return found
    head = text.tokens[verb - 1]
    if not (head.word.isalpha() and head.word.islower() and actor_noun(head.word) is not None) \
            or text.text[head.end:text.tokens[verb].start].strip():
        return []  # "West African troops, imposed after ...": a participle's phrase
    names = [m for m in text.mentions if m.family == "name" and m.start < head.start]
    found = [m for m in names if not text.text[m.end:head.start].strip()]
    # and the names coordinated with it: "Malian and French militaries" are both the agents
    # of "joined", whichever order a writer lists them in
    while found:
        joined = [m for m in names if COORDINATED_RE.fullmatch(text.text[m.end:found[-1].start])]
        if not joined:
            break
        found.append(joined[-1])
    return found


def nominal(verb: Token, sentence: Parsed, vocab: Vocabulary) -> list[int]:
    """Where the sentence names the claim's verb by its noun ("decided" / "the decision",
    "withdrew" / "the withdrawal"; WordNet's derivations)."""
    nouns = {term for form in derived_forms(verb.word) if not form.endswith("ing")
             for term in word_terms(form, vocab)} - set(verb.terms)
    return [k for k, t in enumerate(sentence.tokens) if nouns & set(t.terms)]


def owners(text: Parsed, k: int) -> list[Mention]:
    """The agent of the k-th word, a noun of a deed: the name whose genitive stands right
    before it ("the UN Security Council's decision"), or right after its "by" or "from" ("a
    request from the Malian Foreign Minister")."""
    noun = text.tokens[k]
    return [m for m in outermost(text)
            if GENITIVE_RE.fullmatch(text.text[m.end:noun.start])
            or AGENT_AFTER_RE.fullmatch(text.text[noun.end:m.start])]


GENITIVE_RE = re.compile(r"['’]s?\s+")
AGENT_AFTER_RE = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?", re.IGNORECASE)
# between two names of one list: "Malian and French", "Chad, Niger and Togo"
COORDINATED_RE = re.compile(r"\s*,?\s*(?:and|or)\s+|\s*,\s*", re.IGNORECASE)


def noun_agent_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary, bodies=None
                         ) -> tuple[Mention, Mention] | None:
    """A noun of a deed the claim gives an agent ("a request from the UN Security Council",
    "the Council's decision") that the sentence gives only other agents ("a request from the
    Malian Foreign Minister"): the nominal counterpart of `agent_elsewhere`. A noun of a deed
    is one that can be a verb ("request", "escort") or is made from one ("decision"), not
    "ability" ("MINUSMA's ability": what it can do, no deed done). Returns (the claim's
    agent, the sentence's), or None."""
    for n, token in enumerate(claim.tokens):
        if not token.terms or used_as_verb(claim, n) or not deed_noun(token.word):
            continue
        mine = owners(claim, n)
        if not mine:
            continue
        theirs = [agents for k in occurrences(token, sentence, vocab)
                  if not used_as_verb(sentence, k) for agents in [owners(sentence, k)]
                  if agents]
        if theirs and not any(alike(mine, agents, claim, sentence, vocab, bodies)
                              for agents in theirs):
            return mine[0], theirs[0][0]
    return None


def deed_noun(word: str) -> bool:
    """The word can be a verb, or WordNet derives it from one."""
    return can_be_verb(word) or any(can_be_verb(form) and not form.endswith("ing")
                                    for form in derived_forms(word))


def governed(text: Parsed, name: Mention) -> bool:
    """A preposition stands right before the name (or its "the"): it says where or whose,
    within the agent's phrase ("The St Ives Harbour Trust in Penwith opened"), and is no
    agent itself."""
    before = [w.lower() for w in last_words(text.text, name.start, 2)]
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and before[-1] in PREPOSITIONS and before[-1] != "by"


def phrase_names(text: Parsed, agents: list[Mention]) -> list[Mention]:
    """The agents' names, and with each the names within it ("Norwegian" in "the Norwegian
    Ministry of Defence"), the one its genitive owns ("Norway's Ministry of Defence") and its
    short form in brackets ("the Coordination of Azawad Movements (CMA)"): the agent is
    named by any of them."""
    names = [m for m in text.mentions if m.family == "name"]
    found = list(agents)
    for agent in agents:
        for m in names:
            gap = text.text[agent.end:m.start] if m.start >= agent.end else None
            if m is not agent and (agent.start <= m.start and m.end <= agent.end
                                   or gap is not None and (BRACKET_AFTER.fullmatch(gap)
                                                           or GENITIVE_RE.fullmatch(gap))):
                found.append(m)
    return found


# what may stand between a name and its short form in brackets: the rest of its words
# ("the Fishermen['s Union (]FU)")
BRACKET_AFTER = re.compile(r"[\w\s'’-]*\(")


def alike(mine: list[Mention], theirs: list[Mention], claim: Parsed, sentence: Parsed,
          vocab: Vocabulary, bodies=None) -> bool:
    """The two agents are one (`phrase_names` of each): a name written otherwise ("Mali" /
    "Malian"), one stating the other, a capital acting for its country, a short form,
    (`bodies`) an acronym and its generic noun or the body it belongs to, or the sentence's a
    part the claim's owns ("the Board's Safety Committee", `qa.claims.owned_part`)."""
    return any(same_actor(a, b, vocab) or name_found(a, as_text(b), vocab)
               or name_found(b, as_text(a), vocab)
               or governs(government(a, claim, sentence), b, vocab)
               or governs(government(b, sentence, claim), a, vocab) or short_form(a, b)
               or bodies is not None and (bodies.same(a, b) or bodies.related(a, b))
               or part_of_claims(sentence, b, lambda name: name_found(a, as_text(name), vocab))
               for a in phrase_names(claim, mine) for b in phrase_names(sentence, theirs))


def governs(country: Mention | None, agent: Mention, vocab: Vocabulary) -> bool:
    """The country a capital acts for (`compare.government`) is the other text's agent: the
    capital stands for that country, not for whatever the other text names ("Bamako" is
    "Mali", not "Abidjan", where a sentence names Mali elsewhere)."""
    return country is not None and (same_actor(country, agent, vocab)
                                    or name_found(country, as_text(agent), vocab)
                                    or country.value == agent.value)
