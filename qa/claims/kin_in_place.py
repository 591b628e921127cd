"""Another thing of the claim's noun's own kind beside the same word: "fasting for up to
several years" is not stated by "fasting for up to several months", nor "the primary gases
include carbon dioxide and argon" by "carbon dioxide, methane ... are the primary gases",
however much else the sentence states.

Coverage reads support by weight, and one unstated noun among many stated words leaves it
high; a noun a writer rewords is often unstated too, so an unstated word alone is no test
(a gate asking for the claim's rarest word lost 171 right supports of the bundled sets).
What tells another thing from a rewording is the sentence's own word in the claim word's
place: beside the word the claim's noun stands beside (the nearest content word on one side,
small words skipped), the sentence has a noun the claim does not state, and the two nouns are
of one kind (WordNet's first-sense hypernyms, two steps up, share a word: a year and a month
are each a period, argon and methane each a gas), both concrete kinds (WordNet files their
first sense as a substance, a span of time, an artifact ...: `wordnet.concrete_kind`). Two
abstract nouns of one kind are a writer's rewording as often as not ("paused the work of
the harbour crews" / "the activities of the harbour crews", "the first occasion" / "the first
time"), and are left alone. A noun that is the other's kind ("a period"
/ "several years") states it vaguely, and is no other thing. `occasion_in_place` asks the
same after "at a"; here the place is any neighbour, so the kin test is what keeps it narrow.
Where one text joins the noun to the word by "of" and the other writes it before the word
("the level of methane" / "the CO2 level"), the word's other side is the place too
(`places`).
"""
from __future__ import annotations

from ..search.wordnet import base_forms, compound_hypernyms, concrete_kind, hypernyms
from ..text.analyze import load_stopwords
from .actors import said, stated_by_claim
from .facts import Parsed, Token, groups_of
from .vocabulary import Vocabulary

SKIPPED = 2  # small words between a noun and its neighbour: "dioxide and argon", "rise of the"


def kin_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                 stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's unstated noun and the sentence's other noun of its kind beside the word
    the claim's noun stands beside; None if there is none."""
    stop = load_stopwords()
    groups = None
    for i, mine in enumerate(claim.tokens):
        kinds, first, last = kinds_at(claim, i)
        if not kinds or last != i or said(mine, sentence, vocab, stated):
            continue  # a two-word noun is read once, at its head
        for step in (-1, 1):
            j = neighbour(claim, first if step < 0 else last, step, stop)
            if j is None or not said(claim.tokens[j], sentence, vocab, stated):
                continue
            anchor = set(claim.tokens[j].terms)
            for k, token in enumerate(sentence.tokens):
                if not anchor & set(token.terms):
                    continue
                for m in places(claim, (j, first if step < 0 else last), sentence, k, step,
                                stop):
                    other = sentence.tokens[m]
                    if other.lower == mine.lower:
                        continue
                    their_kinds, start, head = kinds_at(sentence, m)
                    if not kinds & their_kinds or names_kind(sentence.tokens[head], kinds) \
                            or names_kind(mine, their_kinds):
                        continue
                    if groups is None:
                        groups = groups_of(claim, vocab)
                    # (every word of a formula: the "2" of "CO 2" may be the claim's figure)
                    if not all(stated_by_claim(t, claim, vocab, groups)
                               for t in sentence.tokens[min(start, m):head + 1]):
                        return mine, other
    return None


def places(claim: Parsed, ends: tuple[int, int], sentence: Parsed, k: int, step: int,
           stop) -> list[int]:
    """The sentence's words in the claim noun's place beside the anchor at `k`: its
    neighbour on the claim noun's side, and, where one text joins noun and anchor by "of"
    and the other writes the noun before the anchor ("the level of methane" / "the CO2
    level"), its neighbour on the other side too."""
    found = [m for m in (neighbour(sentence, k, -step, stop),) if m is not None]
    other = neighbour(sentence, k, step, stop)
    if other is not None and (joined_by_of(claim, *ends) or joined_by_of(sentence, k, other)):
        found.append(other)
    return found


def joined_by_of(text: Parsed, i: int, j: int) -> bool:
    """Words i and j (either order) have "of" between them."""
    low, high = min(i, j), max(i, j)
    return any(t.lower == "of" for t in text.tokens[low + 1:high])


def kinds_at(text: Parsed, i: int) -> tuple[frozenset[str], int, int]:
    """The kinds of the concrete noun at word i, and the indices of its first and last
    words: a two-word noun WordNet lists whole, ending or starting at i ("carbon dioxide" a
    gas, where "dioxide" alone is an oxide only, "carbon" an element), a chemical formula
    ending at i ("CO2", which the tokens split as "CO" "2"), else the common noun's own
    kinds; empty where it is no concrete noun."""
    tokens = text.tokens
    for first in (i - 1, i):
        if 0 <= first and first + 1 < len(tokens) and not tokens[first + 1].brk \
                and plain_noun(tokens[first], text) and plain_noun(tokens[first + 1], text):
            kinds = compound_hypernyms(tokens[first].lower, tokens[first + 1].lower)
            if kinds:
                return kinds, first, first + 1
    word = tokens[i].lower
    if i > 0 and word.isdigit() and tokens[i - 1].word.isalpha() and not tokens[i].brk:
        formula = tokens[i - 1].lower + word
        return compound_hypernyms(formula), i - 1, i
    if plain_noun(tokens[i], text) and concrete_kind(word):
        return hypernyms(word), i, i
    return frozenset(), i, i


def names_kind(head: Token, kinds: frozenset[str]) -> bool:
    """Whether the noun whose last word is `head` is one of `kinds`, or a kind of it: a
    noun that is the other's kind ("a gas" / "methane") states it vaguely, and so does a
    two-word noun whose head is ("improvised explosive devices" / "improvised bombs", "a
    greenhouse gas" / "methane"); no other thing."""
    return any(form in kinds for form in base_forms(head.lower))


def plain_noun(token: Token, text: Parsed) -> bool:
    """A common noun as written (lower case, letters only), outside names and figures."""
    return token.word.isalpha() and token.word.islower() and bool(token.terms) \
        and not any(m.start <= token.start < m.end for m in text.mentions)


def neighbour(text: Parsed, i: int, step: int, stop) -> int | None:
    """The index of the nearest word with terms on the side `step` of word i, at most SKIPPED
    small words between; None where there is none."""
    tokens, k = text.tokens, i + step
    for _ in range(SKIPPED + 1):
        if not 0 <= k < len(tokens):
            return None
        if tokens[k].terms and tokens[k].lower not in stop:
            return k
        k += step
    return None
