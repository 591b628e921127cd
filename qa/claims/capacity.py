"""Whether a sentence calls full the thing a claim says has room to spare, or the other way.

"The base in Mopti-Sévaré still has plenty of room for extra peacekeepers" and "the base in
Mopti-Sévaré is already full" say opposite things of one subject, yet share no word of the
predicate and no relation WordNet gives joins them: "full" is the antonym of "empty", and
"room", "space" and "capacity" are nouns of a quantity (WordNet: "space for movement", "an
empty area"), not adjectives. What makes them opposites is the shape: a thing that has free
room in it is not full. So the claim is read structurally:

- the free room: a noun of free capacity (`words.json`, free_capacity: "room", "space", and
  "capacity" only with a word of spare before it: "a capacity of 2,000" is a size, not room
  left) that the container has ("has", "had", "retains", a quantity of plenty at most
  between: "has plenty of spare room", "had ample space") or that there is in it ("there was
  still room in the base");
- the container: the head of the verb's subject (`predicated.subject_head`: "MINUSMA's base
  in Mopti-Sévaré has" -> base), or of the noun phrase after "in" / "at";
- full: an adjective of a full container (`words.json`, full_states: "full", "overcrowded")
  that a copula says the sentence's subject is, the subject's head the container's (or a
  synonym), neither side negated.

What the room is for ("to host extra peacekeepers", "for more troops") is part of what is
reversed: a full base has room for nothing, so those words are no rest the sentence must
state (`check.align` leaves them out, as it leaves out the manner of a reversed verb). The
two are placed by the subject both share (`Placement.SAME_HEAD`), as a predicate reversed of
the same subject is (`qa.claims.predicated`).
"""
from __future__ import annotations

from functools import lru_cache

from ..text.lexicon import words
from ..types import Conflict, ConflictKind, Placement
from .clause_ends import clause_end
from .compare import negated
from .facts import Parsed, Token, negation_cues, remembered
from .predicated import COPULAS, copula_at, subject_head
from .vocabulary import Vocabulary

HOLDING = frozenset("has had have having retains retained retain still keeps kept".split())
EXISTENTIAL = frozenset(("there",))
CONTAINER_PREPOSITIONS = frozenset(("in", "at", "inside", "within"))
QUANTITY_REACH = 4  # words between the verb and the noun of room ("plenty of spare")
# words that open an adjunct of the claim's own after what the room is for ("during the
# summer", "since 2020"): a fact the sentence must still state; "without" stays in what the
# room is for ("room to host more troops without expanding"): a full base needs what it denies
ADJUNCT_OPENERS = frozenset("during in at on since until before after by from when "
                            "while because although".split())
DETERMINERS_OF_ONE = frozenset("a an the its their this that".split())


@lru_cache(maxsize=1)
def lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns of free room, nouns of size that are room only with a word of spare before them,
    words of plenty and spare that may stand before the noun, adjectives of a full thing)."""
    table = words()["free_capacity"]
    return (frozenset(table["room"]), frozenset(table["sized"]), frozenset(table["plenty"]),
            frozenset(table["full"]))


def capacity_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """(the claim's word, the sentence's word, the claim's terms the reversal covers) where
    one text says the container has free room and the other that it is full; None if not."""
    # the claim's alone, remembered on its parse: asked for every sentence, and most claims
    # have neither
    room = remembered(claim, ("free room",), free_room, claim)
    if room is not None:
        full = full_container(sentence, room[1], vocab)
        if full is not None:
            return room[0], full, room[2]
    full_at = remembered(claim, ("full state",), full_state, claim)
    if full_at is not None:
        room = free_room(sentence)
        if room is not None and same_head(full_at[1], room[1], vocab):
            return full_at[0], room[0], frozenset(full_at[0].terms)
    return None


def free_room(text: Parsed) -> tuple[Token, Token, frozenset[str]] | None:
    """(the noun of free room, the container's head, the terms from the holding verb to the
    end of what the room is for: the clause's end or an adjunct of its own) of an affirmed
    free room in the text; None if none."""
    rooms, sized, plenty, _ = lexicon()
    tokens = text.tokens
    for n, token in enumerate(tokens):
        word = token.word.lower()
        if word not in rooms and word not in sized:
            continue
        if negated(text, token) or denied_before(text, n):
            continue
        if n + 1 < len(tokens) and not tokens[n + 1].brk and tokens[n + 1].terms:
            continue  # the noun heads no phrase of its own: "space programmes", "room service"
        k = n - 1  # back over the words of plenty ("plenty of spare room")
        spare = False
        while k >= 0 and n - k <= QUANTITY_REACH and not tokens[k + 1].brk \
                and tokens[k].word.lower() in plenty:
            spare = spare or tokens[k].word.lower() != "of"
            k -= 1
        if word in sized and not spare:
            continue  # "a capacity of 2,000": a size
        if k >= 0 and tokens[k].word.lower() in DETERMINERS_OF_ONE:
            continue  # "has a room for detainees": a room, not room
        if k < 0 or tokens[k + 1].brk:
            continue
        held = tokens[k].word.lower()
        container = None
        if held in HOLDING:
            verb = k
            while verb > 0 and tokens[verb - 1].word.lower() in HOLDING and not tokens[verb].brk:
                verb -= 1  # "still has", "had retained"
            container = subject_head(text, verb)
        elif held in COPULAS and k > 0 and tokens[k - 1].word.lower() in EXISTENTIAL \
                or held in COPULAS and k > 1 and tokens[k - 1].word.lower() == "still" \
                and tokens[k - 2].word.lower() in EXISTENTIAL:
            container = container_after(text, n)
        if container is None:
            continue
        # what the room is for: up to the clause's end or an adjunct of its own
        end = clause_end(tokens, n, ADJUNCT_OPENERS)
        covered = {t for m in range(k, end) for t in tokens[m].terms}
        if held not in HOLDING:  # "there was room in the base": the container stays a fact
            covered -= set(container.terms)
            covered -= {t for m in range(n + 1, end) for t in tokens[m].terms
                        if tokens[m].word[:1].isupper()}
        return token, container, frozenset(covered)
    return None


def container_after(text: Parsed, n: int) -> Token | None:
    """The head of the noun phrase after "in" / "at" that follows the noun of room ("room in
    MINUSMA's base at Mopti-Sévaré" -> base): the last word of its first run of content
    words; None if no such phrase follows in the clause."""
    tokens = text.tokens
    for m in range(n + 1, min(len(tokens), n + 6)):
        if tokens[m].brk:
            return None
        if tokens[m].word.lower() in CONTAINER_PREPOSITIONS:
            head = None
            for t in tokens[m + 1:]:
                if t.brk and head is not None:
                    break
                if t.terms:
                    head = t
                elif head is not None:
                    break
            return head
    return None


def full_state(text: Parsed) -> tuple[Token, Token] | None:
    """(the adjective of a full thing, the head of its subject) where a copula says the
    text's subject is full, affirmed; None if not."""
    full = lexicon()[3]
    for n, token in enumerate(text.tokens):
        if token.word.lower() not in full or negated(text, token) or denied_before(text, n):
            continue
        # a copula before it (an adverb at most between: "is already full"); a participle
        # counts ("was overcrowded"), which `predicated.predicative` leaves to the verbs
        if n + 1 < len(text.tokens) and text.tokens[n + 1].word.lower() == "of":
            continue  # "full of promise", "full of stores": what it abounds in, often a figure
        copula = copula_at(text, n) if n > 0 else None
        if copula is None:
            continue
        head = subject_head(text, copula)
        if head is not None:
            return token, head
    return None


def full_container(sentence: Parsed, container: Token, vocab: Vocabulary) -> Token | None:
    """The sentence's adjective of a full thing said of the claim's container; None if none."""
    found = full_state(sentence)
    if found is not None and same_head(container, found[1], vocab):
        return found[0]
    return None


def same_head(a: Token, b: Token, vocab: Vocabulary) -> bool:
    """The two heads name the same thing: the same terms or a synonym."""
    terms = set(b.terms)
    return bool(set(a.terms) & terms) \
        or any(vocab.matches(t, terms, vocab.expand(terms)) for t in a.terms)


def denied_before(text: Parsed, n: int) -> bool:
    """A negation in the word's clause before it ("there is no room", "was not full")."""
    cues = negation_cues(text)
    tokens = text.tokens
    for j in range(n - 1, -1, -1):
        if j in cues:
            return True
        if tokens[j].brk:
            return False
    return False


def capacity_conflict(claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """The conflict of a free room against a full container, placed by the subject both
    share, with the claim terms it covers; None if there is none."""
    found = capacity_reversed(claim, sentence, vocab)
    if found is None:
        return None
    mine, theirs, covered = found
    return Conflict(mine.word, theirs.word, ConflictKind.RELATION, (theirs.start, theirs.end),
                    Placement.SAME_HEAD), covered
