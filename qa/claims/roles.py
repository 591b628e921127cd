"""Who did what to whom, read from the shape of a clause, for participants named by common
nouns as well as by names: a claim that gives the sentence's participants each other's roles
around the same verb says the deed went another way.

`opposition.swapped_names` and `subjects.subject_swapped` read the sides of two *names* around
a verb. A writer swaps bodies named by common nouns just as often ("the government terminated
the agreement at the request of the council" / "the council terminated the agreement at the
government's request"; "the authorities obstructed the mission's use of the airport" / "the
mission obstructed the authorities' use ..."), and those fell through: with every word of the
claim stated, the sentence was read as support (1.0).

A participant (`Party`) is an outermost name, or a noun phrase that ends in an actor noun
(WordNet files its first sense under noun.person or noun.group: "government", "council",
"authorities", "union") with up to three modifiers before it ("the port authorities", "the
Malian government", "Mali's government"). Its roles at a verb, read only where the clause
says them plainly:

- agent: the participant right before an active verb (an auxiliary, a negation or an adverb
  between), or after the "by" of a passive ("was terminated by the government");
- patient: the participant right after an active verb (an article between), or right before
  the passive's form of "be";
- owner: the participant in the possessive that opens the thing acted on ("obstructed the
  mission's use", "the mission's use ... was obstructed by");
- principal: the one at whose word it was done, anywhere in the clause: "at the request of
  X", "at X's request", "on behalf of X", "on X's behalf", "by a decision of X", "at the
  behest of X", "at the invitation of X".

A deed's noun is read as its verb: "the council's decision to", "the expulsion of the envoy
by the council" (WordNet's derivations match it to the claim's "decided", "expelled").

A swap is read only when it is crossed both ways: the claim's two participants, distinct,
each hold in the sentence the other's place (a role at one of the claim's verbs, which the
sentence states by its word, a synonym, another form or its noun), and neither holds its own
anywhere. A faithful restatement (a passive for an active, "at X's request" for "at the
request of X", "X's decision to" for "X decided to") gives every participant its own role,
and a participant the sentence's reading misses (a pronoun, a clause the reading does not
parse) gives no swap: the reading withholds nothing it cannot see. Half a swap (`role_taken`)
only withholds support.

The participants themselves are read in `participants`; a noun's holder ("X has the duty",
"the duty rests with X") and the agent of "there to" in `held_roles`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import can_be_verb, derivations, verb_base
from .compare import as_text, name_found
from .facts import UNMADE, Parsed, Token, inside_name, remembered
from .held_roles import holder, there_to
from .occurrence import event_noun
from .participants import (ARTICLES, REACH, Party, clause_start, ending_before, listed_after,
                           listed_before, parties, starting)
from .opposition import (AUXILIARY_WORDS, PASSIVE_AUXILIARIES, dated_by, finite, occurrences,
                         passive, used_as_verb)
from .vocabulary import Vocabulary

NOUN_REACH = 6  # words between a deed's noun and its agent's "by" ("the expulsion of the envoy by")

# "at the request of X", "on behalf of X", "by a decision of X": X is the one at whose word
# the deed was done; "at X's request", "on X's behalf": the same, in the genitive
PRINCIPAL_NOUNS = frozenset("request requests behest behalf invitation instruction "
                            "instructions decision order orders urging".split())
PRINCIPAL_OPENERS = frozenset("at on upon by following after followed follows".split())
PRINCIPAL_OF = frozenset("of from by".split())  # "a request from X", "a decision by X"
# the verb of a clause whose subject is a deed's noun, which tells when or at whose word the
# deed was done: "the council's termination of the deal came at the mayor's request"
LINKING = frozenset("came come comes was were is followed follows".split())
CLAUSE_OPENERS = frozenset("which who whom whose that while whereas but".split())


def roles_at(text: Parsed, verb: int, vocab: Vocabulary) -> dict[str, tuple[Party, ...]]:
    """`read_roles`, remembered on the text's parse (a claim's, asked for every sentence; a
    sentence's, for every claim)."""
    memo_key = ("roles at", verb, vocab)
    found = text.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, memo_key, read_roles, text, verb, vocab)
    return found


def read_roles(text: Parsed, verb: int, vocab: Vocabulary) -> dict[str, tuple[Party, ...]]:
    """The participants the text gives roles at its verb (the k-th word): agent, patient,
    owner of the thing acted on, and principal; each role held by one participant or a list."""
    tokens = text.tokens
    roles: dict[str, tuple[Party, ...]] = {}
    if tokens[verb].word.lower() in AUXILIARY_WORDS \
            or any(p.first <= verb <= p.last for p in parties(text, vocab)):
        return {}  # "planning" in "the planning board": a word of a participant's phrase
    if passive(text, verb):
        by = next(k for k in range(verb + 1, len(tokens)) if tokens[k].word.lower() == "by")
        agent = starting(text, by + 1, vocab)
        if agent is not None and not agent.possessive:
            roles["agent"] = listed_after(text, agent, vocab)
        be = next((k for k in range(verb - 1, -1, -1)
                   if tokens[k].word.lower() in PASSIVE_AUXILIARIES), None)
        if be is not None:
            patient = ending_before(text, be, vocab)
            if patient:
                roles["patient"] = patient
            owner = starting(text, clause_start(text, be), vocab)
            if owner is not None and owner.possessive:
                roles["owner"] = (owner,)
    elif verb >= 2 and tokens[verb - 1].word.lower() == "to" and not tokens[verb - 1].brk \
            and can_be_verb(tokens[verb].word) and tokens[verb].word.islower():
        # "led the authorities to restrict the mission's movement": the participant right
        # before "to" does the infinitive's deed (a subject's own "decided to end" is left)
        # "the guard is there to assist", "with the guard there to assist" (`held_roles`)
        agent = listed_before(text, verb - 2, vocab) or there_to(text, verb, vocab)
        if agent:
            roles["agent"] = agent
        roles.update(object_role(text, verb, vocab))
    elif finite(text, verb):
        if not tokens[verb].word.lower().endswith("ing") and any(
                t.word.lower() in PASSIVE_AUXILIARIES for t in tokens[max(0, verb - REACH):verb]):
            return {}  # a passive without its agent, or a form of "be" this reading does not
            # parse: no roles rather than the wrong ones
        agent = ending_before(text, verb, vocab)
        if agent:
            roles["agent"] = agent
        roles.update(object_role(text, verb, vocab))
    elif event_noun(tokens[verb]) and not inside_name(text, tokens[verb]):
        # a deed named by its noun: "the council's decision to", "the expulsion of the envoy
        # by the council" (an "of" after it may name either side: "the decision of the
        # council", "the expulsion of the envoy", so it is not read)
        owners = [p for p in parties(text, vocab) if p.last == verb - 1 and p.possessive]
        if owners:
            roles["agent"] = (owners[0],)
        by = next((m for m in range(verb + 1, min(len(tokens), verb + 1 + NOUN_REACH))
                   if tokens[m].word.lower() == "by" and not tokens[m].brk), None)
        agent = starting(text, by + 1, vocab) if by is not None and "agent" not in roles \
            and not any(t.brk for t in tokens[verb + 1:by + 1]) else None
        if agent is not None and not agent.possessive:
            roles["agent"] = (agent,)
        if not roles:
            role, held = holder(text, verb, vocab, event=True)  # "support from X"
            if not held:
                return {}
            roles[role] = held
    else:
        role, held = holder(text, verb, vocab)  # a noun of a part: "the duty rests with X"
        if not held:
            return {}
        roles[role] = held
    principal = principal_of(text, verb, vocab)
    if principal is not None:
        roles["principal"] = (principal,)
    return {role: held for role, held in roles.items()
            if not any(dated(text, party) for party in held)}



def object_role(text: Parsed, verb: int, vocab: Vocabulary) -> dict:
    """The participant right after the verb: the owner of what it acts on when possessive
    ("obstructed the mission's use"), else its patient, with those listed with it."""
    tokens = text.tokens
    if verb + 1 < len(tokens) and not tokens[verb + 1].brk:
        after = starting(text, verb + 1, vocab)
        if after is not None:
            return {"owner": (after,)} if after.possessive \
                else {"patient": listed_after(text, after, vocab)}
    return {}

def dated(text: Parsed, party: Party) -> bool:
    return party.named is not None and dated_by(text, party.named)


def principal_of(text: Parsed, verb: int, vocab: Vocabulary) -> Party | None:
    """The participant at whose word the verb's deed was done, in the verb's clause or in a
    phrase that opens the sentence before it ("By a decision of the council, the army
    withdrew"): no relative pronoun or conjunction of another clause between, nor another
    finite verb but the phrase's own ("the decision followed a request from X")."""
    tokens = text.tokens
    found = None
    for k, token in enumerate(tokens):
        if token.word.lower() not in PRINCIPAL_NOUNS or k == verb:
            continue
        party, opener = None, opener_of(tokens, k)
        # "at the request of X", "by a decision of X", "following a request from X"
        if k + 1 < len(tokens) and tokens[k + 1].word.lower() in PRINCIPAL_OF \
                and opener is not None and not tokens[k + 1].brk:
            party = starting(text, k + 2, vocab)
        # "at X's request", "on X's behalf", "following X's request"
        if party is None and k:
            owners = [p for p in parties(text, vocab) if p.last == k - 1 and p.possessive]
            opener = opener_of(tokens, owners[0].first) if owners else None
            if opener is not None:
                party = owners[0]
        if party is None:
            continue
        lo, hi = (verb, opener) if verb < opener else (party.last, verb)
        noun = not can_be_verb(tokens[verb].word) or event_noun(tokens[verb]) \
            and not finite(text, verb)
        if any(t.word.lower() in CLAUSE_OPENERS or finite(text, m)
               and not (noun and t.word.lower() in LINKING)
               for m, t in enumerate(tokens[lo + 1:hi], lo + 1)) \
                or re.search(r"[;:]", text.text[tokens[lo].end:tokens[hi].start]):
            continue  # the principal of another clause's deed
        found = party
    return found


def opener_of(tokens: list[Token], k: int) -> int | None:
    """The index of the preposition that opens a principal phrase whose noun (or owner) is
    the k-th word, an article between at most: "at the request", "by a decision", "on
    behalf", "followed a request"; None if there is none."""
    j = k - 1
    while j >= 0 and tokens[j].word.lower() in ARTICLES:
        j -= 1
    return j if j >= 0 and tokens[j].word.lower() in PRINCIPAL_OPENERS else None


def alike(a: Party, claim: Parsed, b: Party, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The two participants are one: names named alike, or one's words all stated by the
    other's ("the council" / "the harbour council")."""
    if a.named is not None and b.named is not None:
        return name_found(a.named, as_text(b.named), vocab) \
            or name_found(b.named, as_text(a.named), vocab)
    return bool(a.terms) and bool(b.terms) and (a.terms <= b.terms or b.terms <= a.terms)


def holds(held: tuple[Party, ...], text: Parsed, others: tuple[Party, ...], other: Parsed,
          vocab: Vocabulary) -> bool:
    """One of the participants holding a role in one text is one of those in the other's."""
    return any(alike(a, text, b, other, vocab) for a in held for b in others)


def roles_swapped(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                  ) -> tuple[Party, Party] | None:
    """The claim's participant and the sentence's one in its place, where the sentence gives
    two of the claim's participants each other's places, and neither its own anywhere; None
    otherwise. A place is a role at one of the claim's verbs, which the sentence states (its
    word, a synonym, another form or its noun): two roles at one verb ("the council ended it
    at the mayor's request" / "the mayor ended it at the council's request"), or the same or
    another role at two ("the board decided to close it after the union asked" / "the union
    decided ... after the board asked")."""
    crossable = crossable_slots(claim, vocab)
    if not crossable:
        return None  # no two slots of distinct participants: the sentence is not read
    readings = {n: verb_readings(claim.tokens[n], sentence, vocab)
                for n in {n for n, _, _ in role_slots(claim, vocab)}}
    for n, first, a, m, second, b in crossable:
        if any(role in r and holds(held, claim, r[role], sentence, vocab)
               for verb, role, held in ((n, first, a), (m, second, b))
               for r in readings[verb]):
            continue  # a participant in its own place somewhere: no swap read
        pairs = [(r, r) for r in readings[n]] if n == m else \
            [(r, q) for r in readings[n] for q in readings[m]]
        for r, q in pairs:
            if first in r and second in q and holds(b, claim, r[first], sentence, vocab) \
                    and holds(a, claim, q[second], sentence, vocab):
                return a[0], r[first][0]
    return None


def role_slots(claim: Parsed, vocab: Vocabulary) -> tuple[tuple[int, str, tuple[Party, ...]], ...]:
    """(verb, role, participants) of each role the claim gives at each of its words, in
    order: the claim's alone, remembered on its parse (`roles_swapped` and
    `part_given.part_given_other` asked for it with every sentence, a pass over every word)."""
    memo_key = ("role slots", vocab)
    found = claim.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, memo_key, find_role_slots, claim, vocab)
    return found


def find_role_slots(claim: Parsed, vocab: Vocabulary) -> tuple:
    return tuple((n, role, held) for n in range(len(claim.tokens))
                 for role, held in roles_at(claim, n, vocab).items())


def crossable_slots(claim: Parsed, vocab: Vocabulary) -> tuple:
    """Each two of the claim's `role_slots` (the first before the second) whose participants
    are not one (`holds` of the claim against itself): the only ones a swap may cross. The
    claim's alone, remembered on its parse; none for most claims, whose sentences
    `roles_swapped` then does not read."""
    memo_key = ("crossable slots", vocab)
    found = claim.memo.get(memo_key, UNMADE)
    if found is UNMADE:
        found = remembered(claim, memo_key, find_crossable_slots, claim, vocab)
    return found


def find_crossable_slots(claim: Parsed, vocab: Vocabulary) -> tuple:
    slots = role_slots(claim, vocab)
    return tuple((n, first, a, m, second, b) for i, (n, first, a) in enumerate(slots)
                 for m, second, b in slots[i + 1:] if not holds(a, claim, b, claim, vocab))


def verb_readings(token: Token, sentence: Parsed, vocab: Vocabulary) -> list[dict]:
    """The sentence's roles (`roles_at`) at each place it states the claim's verb
    (`verb_places`), those with a role only."""
    return [theirs for k in verb_places(token, sentence, vocab)
            for theirs in [roles_at(sentence, k, vocab)] if theirs]


def verb_places(token: Token, sentence: Parsed, vocab: Vocabulary) -> tuple[int, ...]:
    """`find_verb_places`, remembered on the sentence's parse by the claim word's spelling and
    terms, all it reads of the word (asked for the same claim verb by `roles_swapped`,
    `role_taken`, `mirrored` and the vetoes of `part_given`, `agent_in_object`,
    `holder_other`, `partner_swapped`, each a pass over the sentence's words)."""
    memo_key = ("verb places", token.word, token.terms, vocab)
    found = sentence.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(sentence, memo_key, find_verb_places, token, sentence, vocab)
    return found


def find_verb_places(token: Token, sentence: Parsed, vocab: Vocabulary) -> tuple[int, ...]:
    """Where the sentence states the claim's verb as a verb: its term or a synonym, or
    another form of it that stemming leaves apart ("froze" / "frozen")."""
    base, stated = lemma(token.word), set(occurrences(token, sentence, vocab))
    return tuple(k for k, other in enumerate(sentence.tokens)
                 if (k in stated or base and lemma(other.word) == base) and (
                     used_as_verb(sentence, k) or relative_verb(sentence, k))
                 or k in stated and not can_be_verb(token.word)  # a noun of a part: "duty"
                 or kin(token.word, other.word) and event_noun(other))


@lru_cache(maxsize=1 << 16)  # asked of word pairs of every sentence a claim is aligned with
def kin(verb: str, noun: str) -> bool:
    """The noun names the verb's deed, or the verb the noun's ("decided" / "decision",
    "rejection" / "rejected"): WordNet's derivations, either way round."""
    verb, noun = verb.lower(), noun.lower()
    return noun in derivations(verb) or noun.rstrip("s") in derivations(verb) \
        or bool(lemma(verb) or verb) and any(
            form in (verb, lemma(verb)) or verb.startswith(form)
            for form in derivations(noun) if form)


def relative_verb(text: Parsed, k: int) -> bool:
    """The k-th word is a verb right after a relative "that" ("the ministry that cancelled"),
    which `used_as_verb` takes for a determiner ("that contract")."""
    return k > 0 and text.tokens[k - 1].word.lower() == "that" and finite(text, k)


def lemma(word: str) -> str | None:
    """The verb an irregular form is a form of ("froze", "frozen" -> freeze)."""
    return verb_base(word.lower())


def role_taken(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """Half a swap: one of the claim's participants holds, at the claim's verb, the role the
    claim gives its other participant, and neither holds its own ("the mission restricted the
    government's movement" / "the authorities restricted the mission's movement"; "the
    mission obstructed the authorities' use of air assets" / "the authorities were
    obstructing the use of air assets in the mission"). The sentence's participant in the
    other role, if any, may be the claim's under another name ("the host authorities" for
    "the government"), so this withholds support and draws no conflict."""
    for n, mine in two_role_verbs(claim, vocab):
        readings = verb_readings(claim.tokens[n], sentence, vocab)
        for first, a in mine.items():
            for second, b in mine.items():
                if first == second or holds(a, claim, b, claim, vocab):
                    continue
                if any(role in r and holds(held, claim, r[role], sentence, vocab)
                       for r in readings for role, held in ((first, a), (second, b))):
                    continue
                if any(second in r and holds(a, claim, r[second], sentence, vocab)
                       and not (first in r and holds(b, claim, r[first], sentence, vocab))
                       for r in readings):
                    return True
    return False


def two_role_verbs(claim: Parsed, vocab: Vocabulary) -> tuple[tuple[int, dict], ...]:
    """(index, roles) of each claim word the claim gives two roles or more at (`roles_at`):
    the only ones `role_taken` reads. The claim's alone, remembered on its parse (it was a
    pass over every claim word with every sentence)."""
    memo_key = ("two-role verbs", vocab)
    found = claim.memo.get(memo_key, UNMADE)
    if found is UNMADE:
        found = remembered(claim, memo_key, find_two_role_verbs, claim, vocab)
    return found


def find_two_role_verbs(claim: Parsed, vocab: Vocabulary) -> tuple[tuple[int, dict], ...]:
    return tuple((n, mine) for n in range(len(claim.tokens))
                 for mine in [roles_at(claim, n, vocab)] if len(mine) >= 2)
