"""Whether a sentence writes the claim's deed only as the aim of a verb it denies.

"The board never took it upon itself to close the quay" writes every word of "the board closed
the quay", "close" among them, yet says the quay was not closed; so do "did not agree to
close", "was not allowed to close", "has not tried to close": the verb after "to" is what a
denied verb reached for, not a deed told done. The negation reaches one word in the parse
(the verb it stands before, `facts.negated_terms`), so the infinitive that ends the chain
is left affirmed, and coverage reads the claim as stated. `unsaid.attempted_only` reads the
same chain after a verb of failure ("struggled to close"); this reads it after a verbal
negation ("not", "never", "-n't").

Support only: whether the aim was then done is not said either way ("did not try to close"
may end in a closure), so the sentence tells nothing against the claim. A denied verb of
negative polarity before its aim ("did not hesitate to close", "never failed to close") is a
double negation that affirms the deed, and is left alone.
"""
from __future__ import annotations

from .compare import negated
from .facts import Parsed, Token, negation_cues
from .main_verb import main_verb
from .offset_events import forms
from .valence import polarity
from ..search.wordnet import can_be_verb

REACH = 5  # words between the negation and the aim's "to" ("never took it upon itself to")
VERBAL_NEGATIONS = frozenset(("not", "never"))
# words that end the denied verb's chain before the "to": a new clause or an exception
# ("had no choice but to close", "did not stay, and went on to close")
CHAIN_ENDS = frozenset("but and or that which who because".split())


def denied_aim(claim: Parsed, sentence: Parsed) -> Token | None:
    """The claim's main verb, affirmed, that the sentence writes (in any form) only as the
    "to" infinitive of a verb it denies; None otherwise."""
    verb = main_verb(claim)
    if verb is None or negated(claim, verb) or aimed(claim, claim.tokens.index(verb)):
        return None  # the claim's own verb an aim ("agreed to close"): read alike on both sides
    mine = forms(verb)
    places = [k for k, t in enumerate(sentence.tokens) if forms(t) & mine]
    if places and all(aimed(sentence, k) and denied_before(sentence, k) for k in places):
        return verb
    return None


def aimed(text: Parsed, k: int) -> bool:
    """The k-th word stands right after "to" in its clause."""
    return k > 0 and not text.tokens[k].brk and text.tokens[k - 1].lower == "to"


def denied_before(sentence: Parsed, k: int) -> bool:
    """A verbal negation stands within `REACH` words before the "to" of the aim at k, in the
    same clause and chain, and the first word it denies is not itself negative ("did not
    hesitate to")."""
    tokens, cues = sentence.tokens, negation_cues(sentence)
    to = k - 1
    for j in range(to - 1, max(-1, to - 2 - REACH), -1):
        if tokens[j + 1].brk or tokens[j].lower in CHAIN_ENDS:
            return False
        word = tokens[j].lower
        if j in cues and (word in VERBAL_NEGATIONS or word.endswith(("n't", "n’t"))):
            if j + 1 < to and tokens[j + 1].lower == "only":
                return False  # "not only agreed to close, but ...": affirmed
            first = next((t for t in tokens[j + 1:to] if t.terms), None)
            return first is None or polarity(first.word.lower()) >= 0
    return False


# how many words may stand between the claim's verb and the "to" of its aim ("set out to")
AIM_REACH = 2


def denied_claim_aim(claim: Parsed, sentence: Parsed) -> Token | None:
    """The aim of an affirmed verb of the claim ("set out to close", "agreed to close": the
    verb after "to"), reached for by a verb of no negative polarity, that the sentence writes
    (in any form) only as the aim of a verb it denies ("did not seek to close"); None
    otherwise. `denied_aim` leaves a claim whose own verb is an aim alone, reading the two
    aims alike; but where the claim's verb that reaches for it is affirmed and the sentence's
    is denied, the two differ as "closed" and "did not try to close" do: the sentence says
    the aim was not even reached for, and a verb of its own in the place of the claim's
    ("seek" for "set out") left the denial out of every comparison."""
    tokens, cues = claim.tokens, negation_cues(claim)
    if cues:
        return None  # a claim denying anything: its own chains read by the usual comparison
    for to in range(1, len(tokens) - 1):
        if tokens[to].lower != "to" or tokens[to].brk or tokens[to + 1].brk \
                or not tokens[to + 1].word.isalpha() or not can_be_verb(tokens[to + 1].lower):
            continue
        reaching = [t for t in tokens[max(0, to - AIM_REACH):to] if t.word.isalpha()]
        if not reaching or any(t.brk for t in tokens[to - len(reaching) + 1:to + 1]) \
                or not any(can_be_verb(t.lower) for t in reaching) \
                or any(polarity(t.lower) < 0 for t in reaching):
            continue
        aim = tokens[to + 1]
        mine = forms(aim)
        places = [j for j, t in enumerate(sentence.tokens) if forms(t) & mine]
        if places and all(aimed(sentence, j) and denied_before(sentence, j) for j in places):
            return aim
    return None
