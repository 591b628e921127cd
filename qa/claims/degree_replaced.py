"""A claim's comparative or superlative the sentence puts otherwise: its antonym, or, told of
what a linking verb's subject is or has become, one of another scale.

A comparative is the claim's fact of direction ("the buds opened later", "the losses grew
smaller"), one word among many for coverage: a sentence stating every other word supported
the claim with the comparative unverified. Two ways the sentence shows it says something else:
- it writes the comparative's antonym (`degree.positive` and WordNet's antonyms: "later" /
  "earlier", "smaller" / "larger"), anywhere: "the night ferries tended to sail later" is
  not told by "the night ferries' sailing times tended to move earlier", whichever words the
  two comparatives follow. Not where both texts compare with "than": "A came
  later than B" and "B came earlier than A" are one fact told from either side;
- claim and sentence both say what their subject became by a linking verb ("grew slower" /
  "became larger") and the two comparatives measure scales WordNet keeps apart (speed,
  size: `superlative_scale.scales`, as it reads two superlatives); so too a superlative
  ("was the wettest summer" / "was warmer than average").
The claim's comparative stated anywhere in the sentence withholds nothing, nor one that only
measures a gap after a span ("three weeks later" / "three weeks earlier", `gap`). The veto
turns the support into not_found; which way the sentence's fact goes is left to the contradiction
readings, which need the same thing compared in the same role.
"""
from __future__ import annotations

from ..search.wordnet import antonyms, can_be_verb, hypernyms
from .comparatives import compares
from .degree import AMOUNTS, positive
from .facts import UNITS, Parsed, Token, inside_name
from .linked_predicate import LINKING
from .superlative_scale import scales
from .vocabulary import Vocabulary

# words of degree that may stand between a linking verb and its comparative ("grew much
# smaller", "became slightly earlier"); an "-ly" adverb too
DEGREE_WORDS = frozenset("much far even still somewhat rather considerably a bit the".split())
# what counts the span before a comparative that measures a gap ("a week later", "several
# years earlier"), besides a figure and a number word
SPAN_COUNTS = frozenset("a an one several few some many".split())


def degree_replaced(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    told: frozenset[str]) -> Token | None:
    """The claim's comparative or superlative (an "-er" or "-est" form whose positive has
    antonyms, not "more" or "less") that the sentence does not state and puts otherwise (the
    module's two ways); None for most pairs (the sentence has no such word of another)."""
    # (not a word the claim writes too: "even though B is closer" in both is their shared
    # fact, no replacement of the claim's "hotter")
    own = {t.lower for t in claim.tokens}
    theirs = [(j, p) for j, t in enumerate(sentence.tokens)
              if (p := graded_positive(t.lower)) and t.lower not in AMOUNTS
              and t.lower not in own]
    if not theirs:
        return None
    both_compare = None
    for k, token in enumerate(claim.tokens):
        mine = graded_positive(token.lower)
        if not mine or token.lower in AMOUNTS or set(token.terms) & told \
                or inside_name(claim, token) or gap(claim, k):
            continue
        opposed = set(antonyms(mine))
        linked = after_linking(claim, k)
        for j, other in theirs:
            word = sentence.tokens[j].lower
            if word == token.lower or inside_name(sentence, sentence.tokens[j]) \
                    or gap(sentence, j):
                continue
            if other in opposed or mine in antonyms(other):
                if both_compare is None:
                    both_compare = compares(claim) and compares(sentence)
                if not both_compare:
                    return token
            elif linked and after_linking(sentence, j) and other_scale(mine, other, vocab):
                return token
    return None


def graded_positive(word: str) -> str | None:
    """The positive of a comparative ("later" -> late) or superlative ("wettest" -> wet)
    whose positive WordNet opposes to another word; None."""
    return positive(word) or positive(word, "est")


def gap(text: Parsed, k: int) -> bool:
    """The k-th word measures a gap after a span ("three weeks later", "years earlier"): a
    period (WordNet's hypernym) or a counted word that is no verb right before it. "X, and
    three weeks later Y" against "Y ..., X three weeks earlier" is one order told from either
    event."""
    if k == 0:
        return False
    before = text.tokens[k - 1]
    if before.brk:
        return False
    if "period" in hypernyms(before.lower):
        return True
    if k < 2 or can_be_verb(before.lower):
        return False  # "2031 was warmer": the verb's complement, no span
    count = text.tokens[k - 2].lower
    return count in SPAN_COUNTS or count in UNITS or count[:1].isdigit()


def after_linking(text: Parsed, k: int) -> bool:
    """The k-th word follows a linking verb ("became", "grew", "was"), words of degree (or a
    superlative's "the") between."""
    for before in reversed(text.tokens[:k]):
        if before.brk:
            return False
        word = before.lower
        if word in LINKING:
            return True
        if word not in DEGREE_WORDS and not word.endswith("ly"):
            return False
    return False


def other_scale(mine: str, other: str, vocab: Vocabulary) -> bool:
    """Two positives measured on scales WordNet keeps apart ("slow": speed, "large": size);
    False where either has no scale known or the thesaurus joins them."""
    own, others = scales((mine,)), scales((other,))
    if not own or not others or own & others:
        return False
    return not vocab.expand(set(vocab.stems(mine))) & vocab.expand(set(vocab.stems(other)))
