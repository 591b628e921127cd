"""A claim's change of degree that the sentence tells the other way with "less" or "more": "the
brine grows saltier as it freezes" is not stated by "... the brine grows less salty as it
freezes", and "the peat turns drier" not by "the peat turns less dry".

Stems read "saltier" and "salty" as one word, so a sentence that writes the claim's adjective
after "less" stated the claim's comparative, and its "less" (a stopword) reversed nothing:
the claim of a rise in degree was supported by the sentence of a fall. Here a text's
comparatives are read as an adjective and a sign: "saltier" and "more salty" (salty, +1),
"less salty" (salty, -1), the adjective gradable (`gradable`: the value of a WordNet
attribute, as "dense" is of density, or a word WordNet opposes to another), not denied ("no
less salty" is at least as salty).
The claim's comparative, said of its thing (not qualifying a noun: "the less salty brine
sank" names a brine, it tells no change of it), whose adjective the sentence writes only
with the other sign, and at least once of its thing, is reversed: the sentence never
supports the claim and contradicts it where it states the rest (`opposition.opposed`).
A comparison the sentence makes with the claim's sides traded ("the sea is less salty than
the brine" / "the brine is saltier than the sea") is one fact told from the other side
(`traded`, on the terms of the two sides): no reversal; and a claim's comparison ("the brine is
saltier than the sea") is reversed only by a comparison ("... less salty than the sea"): a
degree told of one thing alone ("the sea grows less salty") may be its other side.
"""
from __future__ import annotations

from ..search.wordnet import antonyms, attributes
from .clause_ends import clause_end
from .compare import negated
from .degree import positive
from .facts import Parsed, Token, remembered
from .fixed_adverb import closes_fixed_adverb
from .vocabulary import Vocabulary

SIGNS = {"more": 1, "less": -1}
# the words before a comparative that bound it rather than deny it the other way ("no less
# salty than": at least as salty)
BOUNDS = frozenset("no not nothing never any".split())


def degrees(text: Parsed) -> list[tuple[int, str, int]]:
    """(index of the adjective, the adjective, +1 or -1) for each comparative of the text
    that grades a gradable adjective: "saltier" (salty, +1), "more salty" (salty, +1),
    "less salty" (salty, -1); remembered on the parse."""
    return remembered(text, ("degrees",), read_degrees, text)


def read_degrees(text: Parsed) -> list[tuple[int, str, int]]:
    return read_graded(text, SIGNS)


def read_graded(text: Parsed, signs: dict[str, int], ending: str = "er"
                ) -> list[tuple[int, str, int]]:
    """(index, adjective, sign) of each graded adjective: a sign word before a gradable
    adjective ("more" / "less salty"; `superlative_reversed` passes "most" / "least"), or a
    word in `ending` whose positive WordNet grades ("saltier"; "-est": "saltiest")."""
    tokens, found = text.tokens, []
    for k, token in enumerate(tokens):
        word = token.lower
        if word in signs:
            if k + 1 < len(tokens) and not tokens[k + 1].brk \
                    and not closes_fixed_adverb(tokens, k):  # "at least", "at most": a
                # bound on a figure, no grade (`fixed_adverb`)
                adjective = tokens[k + 1].lower
                if adjective.isalpha() and gradable(adjective) and not bounded(text, k):
                    found.append((k + 1, adjective, signs[word]))
            continue
        base = positive(word, ending) if word.endswith(ending) else None
        if base and not bounded(text, k) and not (k and tokens[k - 1].lower in signs):
            found.append((k, base, 1))
    return found


def gradable(word: str) -> bool:
    """A word with degrees: the value of a WordNet attribute ("dense" of density) or a word
    WordNet opposes to another ("salty" / "fresh"), as `degree.positive` reads an "-er"
    form's positive."""
    return bool(attributes(word) or antonyms(word))


def bounded(text: Parsed, k: int) -> bool:
    """The comparative at `k` is denied or bounded ("not saltier", "no less salty")."""
    return negated(text, text.tokens[k]) or bool(k) and text.tokens[k - 1].lower in BOUNDS \
        or k > 1 and text.tokens[k - 1].lower in SIGNS and text.tokens[k - 2].lower in BOUNDS


def qualifies_noun(text: Parsed, k: int) -> bool:
    """The adjective at `k` stands before a content word of its clause ("the saltier brine"):
    it names a thing by its degree, it tells no change of degree."""
    tokens = text.tokens
    return k + 1 < len(tokens) and not tokens[k + 1].brk and bool(tokens[k + 1].terms)


def compared(text: Parsed, k: int) -> bool:
    """The degree at `k` is a comparison's: "than" follows within THAN_REACH words of its
    clause ("denser than air")."""
    for token in text.tokens[k + 1:k + 1 + THAN_REACH]:
        if token.brk:
            return False
        if token.lower == "than":
            return True
    return False


THAN_REACH = 3  # words from a comparative to its "than" ("less violence in the north than")


def sides(text: Parsed, k: int) -> tuple[set[str], set[str]]:
    """The terms of the clause before the comparative at `k` and of the words after its
    "than" up to the clause's end: the two things it compares."""
    tokens = text.tokens
    start = next((j for j in range(k, 0, -1) if tokens[j].brk), 0)
    at = next(j for j in range(k + 1, len(tokens)) if tokens[j].lower == "than")
    end = clause_end(tokens, at)
    first = {t for token in tokens[start:k] for t in token.terms}
    second = {t for token in tokens[at + 1:end] for t in token.terms}
    both = first & second  # "the upper brine ... than the lower brine": no side's own
    return first - both, second - both


def traded(claim: Parsed, k: int, sentence: Parsed, j: int) -> bool:
    """The two comparisons compare the same things the other way round: the claim's lower
    side among the sentence's first thing, the sentence's lower side among the claim's
    first ("the brine is saltier than the sea" / "the sea is less salty than the brine")."""
    c_first, c_second = sides(claim, k)
    s_first, s_second = sides(sentence, j)
    return bool(c_second) and c_second <= s_first and bool(s_second & c_first)


def degree_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                    ) -> tuple[Token, Token] | None:
    """(the claim's comparative, the sentence's adjective) where the sentence writes the
    adjective of the claim's told comparative only with the other sign, once at least told;
    None otherwise."""
    mine = degrees(claim)
    if not mine:
        return None
    theirs = degrees(sentence)
    if not theirs:
        return None
    for k, adjective, sign in mine:
        if qualifies_noun(claim, k):
            continue
        same = [(j, s) for j, a, s in theirs if a == adjective]
        told = [j for j, _ in same if not qualifies_noun(sentence, j)
                and (compared(sentence, j) or not compared(claim, k))]
        if same and all(s == -sign for _, s in same) and told:
            if compared(claim, k) and traded(claim, k, sentence, told[0]):
                return None  # the claim's comparison told from its other side
            return claim.tokens[k], sentence.tokens[told[0]]
    return None
