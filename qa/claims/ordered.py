"""Whether a sentence states both events the claim puts in order.

"The sanctions had been lifted before the Council ended the mandate" orders two events; a
sentence on the sanctions alone ("with the imposition of additional sanctions in January, ...")
states neither the order nor the second event, however much of the claim's weight it has. An
order word of the claim ("after", "before", "followed", "preceded") with content words on each
side in its clause is stated only by a sentence that states some content word of each side (a
synonym or another form counts; names and figures are no content words here): a claim "An increase in troop levels followed the addition of a
priority" is not stated by "the Council added a priority", whose increase is nowhere.
"""
from __future__ import annotations

from .clause_ends import clause_end
from .facts import Parsed, Token, groups_of
from .opposition import ORDER, attributive
from .sequence import claim_order_words, fronted, gap_start, order_words, told_in_order
from .vocabulary import Vocabulary


# content words a side must have for its absence to count: a lone verb ("MINUSMA was created
# after the Council authorised it") is often paraphrased by the other side's words
SIDE = 2


def unstated_side(claim: Parsed, sentence: Parsed, vocab: Vocabulary, weights: dict[str, float],
                  forms: frozenset[str]) -> Token | None:
    """The claim's order word one of whose sides (its clause's weighted words before it, or
    after it; SIDE of them at least) the sentence states no word of (`forms`: the claim's terms it states in another
    form); None if every order word of the claim has both sides stated, or none has two."""
    groups = groups_of(sentence, vocab)
    said = lambda token: any(weights.get(t, 0) > 0 and (
        t in forms or vocab.matches(t, sentence.terms, groups)) for t in token.terms)
    # names and figures are left out: the actor or the year is often the two events' own
    # ("an increase in MINUSMA's troops" / "MINUSMA's mandate"), their content words are not
    inside = [(m.start, m.end) for m in claim.mentions]
    weighed = lambda token: any(weights.get(t, 0) > 0 for t in token.terms) \
        and not any(s <= token.start < e for s, e in inside)
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if token.word.lower() not in ORDER or attributive(claim, token):
            continue
        # the clause before the word: its own, or the one a comma ends (", before the vote")
        start = max((k for k in range(i) if tokens[k].brk), default=0)
        end = clause_end(tokens, i)
        sides = [[t for t in tokens[start:i] if weighed(t)],
                 [t for t in tokens[i + 1:end] if weighed(t)]]
        if all(sides) and any(len(side) >= SIDE and not any(map(said, side)) for side in sides):
            return token
    return None


def order_told_before(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> Token | None:
    """The claim's word of order, where the sentence's only word of order opens it and
    refers back to the sentence before ("Three days later, the UK announced ...") and its
    clause is the claim's event on the other side of time: "the UK announced three days
    before X" is not stated by it (the UK's announcement is the later event there); read
    with its neighbour (`check.neighbour_pairs`) the pair tells both events, and which came
    first. None if the claim orders nothing, the sentence orders its own events, or its
    clause is the claim's event of its time ("three days after X, the UK announced")."""
    mine = claim_order_words(claim, vocab)
    if not mine or not time_linked(sentence, vocab):
        return None
    return next((a for a, _ in mine for b, _ in order_words(sentence, vocab)
                 if told_in_order(claim, a, sentence, b, vocab) < 0), None)


def time_linked(sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence's only words of order open it and refer back to the sentence before
    ("Three days later, the UK announced ...", "After this, ..."): its one event is timed
    from its neighbour's."""
    theirs = order_words(sentence, vocab)
    return bool(theirs) and all(
        fronted(sentence, t) and gap_start(sentence, sentence.tokens.index(t)) == 0
        for t, _ in theirs)
