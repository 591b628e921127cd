"""A WordNet antonym of the claim's word standing in that word's place: the claim reversed.

`opposition.opposed` finds an antonym anywhere in a sentence, which keeps support away but is
no proof of a contradiction: "the united front" may face "a divided city" in another clause.
`polarity.reversed_in_place` places the reverse of a relation word or a predicate of opposite
polarity between the claim's stated words on each side of it; an antonym is placed the same
way here ("important figures in the regime were united in wanting the mission to leave" /
"important regime figures are divided on the mission"; "provided additional resources" /
"within existing resources", a closed class of its own, as are the adverbs of degree, "relies
heavily" / "depends little", `increments`): the sentence's word after the
sentence's form of one of the claim's nearest stated words before it, and before one of those
after it, each within the claim's distance and some slack (`polarity.in_place`). Both words
must be free of negation, the sentence's word no word of the claim, and the claim's word
unstated by the sentence (then it is not reversed, only said twice). Unlike a relation word,
an antonym after a determiner stays ("a divided council", "its existing pilots"): it is an
adjective there, not an order placing a noun against the sentence's event. An adverb of a
passive ("were often used") is placed against an active claim ("rarely relied on contracts")
with the claim's sides swapped: the passive's subject is the active's object. A side with no stated
word passes, as in `reversed_in_place`, but PLACED of the claim's stated words must be
around it, one at least after it (what the word qualifies or governs: "cold ones" against
"mostly due to warming" has nothing of the claim there): a lone antonym with a word of the
claim before it is about something else.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..text.lexicon import words
from ..types import Placement
from .compare import antonym_terms, names_span, negated
from .facts import Parsed, Token, denied_before, groups_of, remembered
from .fixed_adverb import closes_fixed_adverb
from .opposition import PASSIVE_AUXILIARIES, active, anaphoric, crossed_sides, passive
from .acted_on import reversed_action
from .past_forms import past_shaped
from .predicated import reversed_predicate
from .polarity import anchor_sides, in_place, reversed_in_place, stated_places
from .vocabulary import Vocabulary


@lru_cache(maxsize=1)
def increments() -> dict[str, frozenset[str]]:
    """Each word of what is added ("additional", "extra") -> the words of what there already
    is ("existing"), and the other way round: a closed class WordNet does not link as
    antonyms ("additional" has only "subtractive"), yet "additional resources" is what
    "within existing resources" denies (`words.json`, increment_opposites). And each adverb
    of degree that amplifies ("heavily", "strongly") -> those that tone down ("little",
    "slightly"), each of high frequency ("regularly") -> those of low ("seldom"), and the other
    way round (degree_opposites): WordNet gives "heavily", "slightly" and "seldom" no antonym,
    yet "relies heavily on grants" is what "depends little on grants" denies, "grew strongly"
    what "grew slightly" does, and "regularly flew" what "seldom flew" does."""
    table: dict[str, frozenset[str]] = {}
    for added, present in words()["increment_opposites"] + words()["degree_opposites"]:
        for one, other in ((added, present), (present, added)):
            for word in one.split():
                table[word] = table.get(word, frozenset()) | frozenset(other.split())
    return table


def increment_opposites(word: str, vocab: Vocabulary) -> set[str]:
    """The stems of the words that reverse `word` as an increment or a degree (`increments`)."""
    return {t for w in increments().get(word, ()) for t in vocab.analyzer.terms(w)}


# words from a passive verb to its agent's name, "by" and a long name included
AGENT = 8
# the claim's stated words around its word that the antonym must stand among: one alone
# places a word of any clause
PLACED = 2


class Reversal(NamedTuple):
    """The claim's word and the sentence's word that reverses it, with how the finder placed
    the two (`types.Placement`) where it placed them by its own test (`check.rest_needed`)."""

    mine: Token
    theirs: Token
    placed: Placement | None = None


def reversed_placed(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                    ) -> tuple[Token, Token] | Reversal | None:
    """`reversed_in_place`, else a WordNet antonym in the claim word's place, else the
    opposite of what the claim says of the same subject or object (`same_head`)."""
    return reversed_in_place(claim, sentence, vocab) or placed_antonym(claim, sentence, vocab) \
        or same_head(claim, sentence, vocab)


def same_head(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> Reversal | None:
    """The opposite of what the claim says its subject is, said of the same subject
    (`predicated.reversed_predicate`), else a verb of the opposite polarity acting on the
    same thing (`acted_on.reversed_action`): placed by the head both share."""
    return placed_as(reversed_predicate(claim, sentence, vocab)
                     or reversed_action(claim, sentence, vocab), Placement.SAME_HEAD)


def placed_as(found: tuple[Token, Token] | None, placement: Placement) -> Reversal | None:
    """The pair a finder found, with how it placed it; None if it found none."""
    return Reversal(*found, placement) if found else None


def placed_antonym(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                   ) -> tuple[Token, Token] | None:
    """The claim's word and the sentence's antonym of it in its place, or None."""
    groups = groups_of(sentence, vocab)
    stated = None
    reversing = remembered(claim, ("reversible", vocab), reversible, claim, vocab)
    for i, a, reverses in reversing:
        if any(vocab.matches(t, sentence.terms, groups) for t in a.terms):
            continue
        opposite = reverses & sentence.terms
        if not opposite:
            continue
        stated = stated_places(claim, sentence, vocab, countries=True) if stated is None \
            else stated
        sides = anchor_sides(claim, i, sentence, stated, vocab)
        if not sides[1] or sum(len(anchors) for anchors in sides) < PLACED:
            continue  # nothing of the claim after its word: what it qualifies is unstated
        for k, b in enumerate(sentence.tokens):
            # an adverb of a passive against an active claim: its object's words come first
            # and a passive with its agent against an active claim ("the rebels accepted the
            # deal" / "the deal was rejected by the rebels"): the same trade of places
            turned = sides[::-1] if active(claim, i) and passive_adverb(sentence, k) else None
            if opposite & set(b.terms) and b.word.isalpha() and not negated(sentence, b) \
                    and not denied_clause(sentence, k) \
                    and not claim.terms & set(b.terms) \
                    and any(all(in_place(k, anchors, after) for after, anchors in enumerate(way))
                            for way in (sides, turned) if way is not None) \
                    and not anaphoric(sentence, b) \
                    and not (names_span(claim, a) and names_span(sentence, b)) \
                    and closes_fixed_adverb(sentence.tokens, k) \
                    == closes_fixed_adverb(claim.tokens, i) \
                    and not crossed_sides(claim, a, sentence, b, vocab):
                # ("so far" / "short of": a fixed adverb's word is not the word alone,
                # `fixed_adverb`)
                return a, b  # (two spans of time: "the early" / "the late 20th century")
            if opposite & set(b.terms) and b.word.isalpha() and active(claim, i) \
                    and passive(sentence, k) and not negated(sentence, b) \
                    and not denied_clause(sentence, k) and not claim.terms & set(b.terms) \
                    and in_place(k, sides[1], False) \
                    and in_place(k, [(max(reach, AGENT), [n for n in at if agent_at(sentence, k, n)])
                                     for reach, at in sides[0]], True) \
                    and crossed_sides(claim, a, sentence, b, vocab):
                # the agent after "by" may be a long name with its acronym ("rejected by the
                # Coordination of Azawad Movements (CMA)": the claim's subject within AGENT
                # words), and the passive crosses the sides itself: crossed they must be
                return a, b
    return None


def agent_at(text: Parsed, verb: int, n: int) -> bool:
    """The n-th word is in the agent phrase of the passive verb: after it, in its clause (an
    acronym in brackets closing the name counts: "by the Western Fishermen's Union (WFU)")."""
    return n > verb and not any(
        t.brk for t in text.tokens[verb + 1:n]) and (
        not text.tokens[n].brk or text.text[:text.tokens[n].start].rstrip().endswith("("))


def reversible(claim: Parsed, vocab: Vocabulary) -> list[tuple[int, Token, frozenset[str]]]:
    """The claim's words an antonym may reverse (plain, affirmed, outside names), each with
    the stems of its antonyms and increment opposites: the claim's alone, remembered on its
    parse (`placed_antonym` asks it for every sentence)."""
    names = [(m.start, m.end) for m in claim.mentions if m.family == "name"]
    found = []
    for i, a in enumerate(claim.tokens):
        if not a.terms or not a.word.isalpha() or negated(claim, a) or denied_clause(claim, i) \
                or any(s <= a.start < e for s, e in names):
            continue
        word = a.word.lower()
        reverses = frozenset(antonym_terms(word, vocab) | increment_opposites(word, vocab))
        if reverses:
            found.append((i, a, reverses))
    return found


def denied_clause(text: Parsed, i: int) -> bool:
    """A negation before the i-th word in its clause, however far ("was not followed by any
    additional boats"): the word is denied with the rest of the clause, and its reverse
    ("within existing boats") says what the claim says, not the opposite."""
    return denied_before(text, i)


def passive_adverb(text: Parsed, k: int) -> bool:
    """The k-th word stands between a form of "be" and a past participle ("contracts were
    often used for personnel"): an adverb of a passive, whose subject is what an active
    claim has after its verb ("relied on contracts"), so the claim's sides trade places."""
    tokens = text.tokens
    if not 0 < k < len(tokens) - 1 or tokens[k].brk or tokens[k + 1].brk:
        return False
    participle = tokens[k + 1].word.lower()
    return tokens[k - 1].word.lower() in PASSIVE_AUXILIARIES \
        and past_shaped(participle)
