"""Whether a relation in conflict stands in the claim word's own place, told once, when the
conflict is found.

A conflict in its place names the claim's event by the claim's own words, one of them reversed,
so `check.rest_needed` asks less of the rest of its sentence. A finder that places what it
finds says so on the conflict (`types.Placement`): an antonym beside the same word
(`compare.opposites`), "only" before the verb of the claim's adverb of routine
(`qa.claims.restricted`), the claim's phrase after "without" (`qa.claims.without`), the
claim's word in the clause that holds its other clause (`clauses.crossed_pair`), the
opposite said of the same subject or done to the same object (`reversals.same_head`),
another multiple of the same measure (`tallies.other_multiple`). Other finders find a
reversal by a test of their own (an exclusive pair near a shared word, a change against no
change, an order of events reversed, a reversal anywhere in a sentence that states the
claim), and what they find may still be in place: an opposite with the same word right
before or after it, or across a passive or a "since" (`opposed_in_place`), or the very pair
a same-head finder gives ("accepted the report" / "dismissing the report", found as an
exclusive pair). `with_placement` tells those two of such a conflict when it joins the
sentence's conflicts; the other finders' pairs were never found by another finder on any
claim set (bench/README, round 44), and their tests are not asked again.
"""
from __future__ import annotations

from dataclasses import replace

from ..search.wordnet import direction
from ..types import Conflict, ConflictKind, Placement
from .compare import antonym_terms, same_place, stasis_terms
from .compound_place import compound_place
from .coordinated import coordinated_place
from .facts import Parsed, Token
from .referred import placed_across_reference
from .reversals import increment_opposites, same_head
from .vocabulary import Vocabulary
from .voice import crossed_voice


def with_placement(conflicts: list[Conflict], claim: Parsed, sentence: Parsed,
                   vocab: Vocabulary) -> list[Conflict]:
    """The conflicts, each relation its finder left unplaced marked SAME_HEAD when it is the
    pair `reversals.same_head` finds, else BESIDE when it stands in the claim word's place
    (`opposed_in_place`)."""
    return [placement_of(c, claim, sentence, vocab)
            if c.kind == ConflictKind.RELATION and c.placed is None else c for c in conflicts]


def placement_of(conflict: Conflict, claim: Parsed, sentence: Parsed,
                 vocab: Vocabulary) -> Conflict:
    # the same head first: "the League approved the charter" / "the charter was vetoed by
    # the League" is in place across the voices (BESIDE) and, the charter being what both
    # act on (`passive_patient`), the predicate reversed of it, which places the claim's
    # event as BESIDE does not (`check.predicate_reversed`)
    found = same_head(claim, sentence, vocab)
    if found is not None and found.mine.word == conflict.claim \
            and (found.theirs.start, found.theirs.end) == tuple(conflict.span):
        return replace(conflict, placed=Placement.SAME_HEAD)
    if opposed_in_place(conflict, claim, sentence, vocab):
        return replace(conflict, placed=Placement.BESIDE)
    return conflict


def opposed_in_place(conflict: Conflict, claim: Parsed, sentence: Parsed,
                     vocab: Vocabulary) -> bool:
    """The sentence's word of the conflict is an opposite of the claim's (a WordNet antonym, an
    increment or relation opposite: not merely a word of the other polarity, "died" /
    "joined", which tells another event as often as this one reversed), and the two have the
    same word right before or right after them (`compare.same_place`), or the claim's subject
    is the agent of the sentence's passive (`qa.claims.voice`), or the same word stands
    before both once the sentence's "since" is passed (`qa.claims.referred`), or one
    qualifies a coordination whose other noun the other qualifies ("additional troops and
    resources" / "existing resources", `qa.claims.coordinated`), or one qualifies a noun
    compound and the other its head "of" / "in" its first noun ("a larger pressure gap" / "a
    smaller gap in pressure", `qa.claims.compound_place`)."""
    start, end = conflict.span
    theirs = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    return len(theirs) == 1 and opposite_words(conflict.claim.lower(), theirs[0], vocab) and any(
        same_place(claim, mine, sentence, theirs[0], vocab)
        or crossed_voice(claim, mine, sentence, theirs[0], vocab)
        or placed_across_reference(claim, mine, sentence, theirs[0], vocab)
        or coordinated_place(claim, mine, sentence, theirs[0], vocab)
        or compound_place(claim, mine, sentence, theirs[0], vocab)
        for mine in claim.tokens if mine.word == conflict.claim)


def opposite_words(word: str, other: Token, vocab: Vocabulary) -> bool:
    """WordNet antonyms, increments, exclusive relation words, a change against staying
    as it was ("increased" / "remained": `compare.stasis_terms`, the verbs opposing the
    change's hypernym), and two changes the opposite way ("lowered" / "increasing": a kind of
    decrease and a kind of increase, `wordnet.direction`), which no antonym pointer joins."""
    return direction(word) * direction(other.word) < 0 \
        or bool((antonym_terms(word, vocab) | increment_opposites(word, vocab)
                 | stasis_terms(word, vocab)[0]) & set(other.terms)) or any(
        word in a and other.word.lower() in b or word in b and other.word.lower() in a
        for a, b in vocab.connectives)
