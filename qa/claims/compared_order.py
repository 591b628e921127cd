"""Which thing a comparison puts first, and which way its comparative points: "A is hotter than
B" and "B is hotter than A" are opposite facts that share every word.

`comparisons` reads the comparisons whose sides open after "more" or "less" ("more energy on
X than on Y", `compared_sides`) and, for a reversal already found, whether two comparisons of
a subject with what follows "than" are traded (`subjects_traded`). Nothing read the order of
a subject comparison that reverses no word: the claim "the lagoon is saltier than the sea"
was supported, all its words matched, by "the sea is saltier than the lagoon"; and a
comparison told from the other side with the opposite comparative ("the sea is less salty
than the lagoon", "the lagoon is saltier", "poorer" / "better") could read as a reversal.

Here each comparison of a text ("than", as `comparisons.compared` finds it) is read as three
parts: the thing compared first (the terms of its clause before the comparative, a bracketed
aside skipped: "Ash (fine dust) is lighter than"), the comparative, and the thing after
"than" (`comparisons.than_phrase`: "than that of the sea" is the sea's, "than Vesk's" Vesk's).
The comparative points up or down a scale: "hotter" up the scale of hot, "less salty" down
the scale of salty, "a higher density" up the scale of dense (a word of amount or size before
or after a noun WordNet derives from an adjective). Two comparatives point the same way when
their scales are one or on one side (each an opposite of the other's opposite: "warm" /
"hot"), opposite ways when their scales are WordNet antonyms (direct or through a similar
adjective: "light" / "dense"), the far side's ("warm" / "cold") or VADER rates them with
opposite signs ("good" / "poor"), and the signs flip the answer; otherwise the direction is
not known.

The sentence compares the claim's two things traded (the claim's second thing among the
sentence's first, the sentence's second among the claim's first, and the two second things
sharing nothing) in the same direction: it says the reverse (`order_reversed`, a reversal of
`check.align`); in the opposite direction: the same fact (`told_from_other_side`, which keeps
a reversal read from the comparatives away); with a direction not known: not the claim
(`order_unknown`, a support veto). The same two things in the same order in the opposite
direction: the reverse (`scale_reversed`, for the scales the comparatives' own antonyms
do not reach).
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import adjective_bases, antonyms, derivations, indirect_antonyms
from .clause_ends import clause_end
from .comparisons import compared
from .degree import AMOUNTS, IRREGULAR, positive
from ..types import Conflict, ConflictKind
from .facts import Mention, Parsed, Token, remembered
from .unsaid import SUBORDINATORS
from .valence import polarity
from .vocabulary import Vocabulary

SAME, OPPOSITE, UNKNOWN = 1, -1, 0
# the comparatives that are no scale of their own: their scale is the noun's they grade ("a
# higher density", "more heat"), else the word itself; the sign is the way they point
UP = frozenset("more higher greater larger bigger".split())
DOWN = frozenset("less lower smaller fewer".split())
# the positive forms of the irregular comparatives (`degree.IRREGULAR`, `AMOUNTS`)
IRREGULAR_BASES = {"better": ("good", "well"), "worse": ("bad", "ill"), "more": ("much", "many"),
                   "less": ("little",), "fewer": ("few",)}
NOUN_REACH = 4  # words before a comparative of amount that may hold its noun ("a density
# a third higher than")


class Comparison:
    """One comparison of a text: the terms of the thing compared first and of the thing after
    "than", the comparative and its scales ((adjective, +1 or -1), ...), and the span of
    tokens it covers."""
    __slots__ = ("first", "second", "word", "scales", "span")

    def __init__(self, first: set[str], second: set[str], word: Token,
                 scales: tuple[tuple[str, int], ...], span: tuple[int, int]):
        self.first, self.second, self.word, self.scales, self.span = \
            first, second, word, scales, span


def comparisons(text: Parsed) -> list[Comparison]:
    """The text's comparisons with a thing compared before the comparative, remembered."""
    return remembered(text, ("compared order",), read_comparisons, text)


def read_comparisons(text: Parsed) -> list[Comparison]:
    tokens, found = text.tokens, []
    for before in compared(text):
        at = tokens.index(before[-1]) + 1  # the "than"
        word = comparative_before(text, at)
        if word is None:
            continue
        k = tokens.index(word)
        first = {t for tok in first_thing(text, k) for t in tok.terms}
        if not first and word.lower in AMOUNTS:  # "more deaths in summer than in winter":
            first = {t for tok in tokens[k + 1:at] for t in tok.terms}  # the things follow it
        second = second_thing(text, at)
        if first and second:
            end = clause_end(tokens, at)
            found.append(Comparison(first, second, word, scales(text, k),
                                    (clause_start(text, k), end)))
    return found + multiples(text)


# the words of a multiple before an equative "as much" / "as many" ("twice as many", "20
# times as much", "half as much"): a multiple compares as a comparative does, "half" down
MULTIPLES = frozenset("times twice thrice half".split())
EQUATIVE_REACH = 6  # words from "as much" to the "as" of the thing compared with ("as many
# sacks of grain a day as")


def multiples(text: Parsed) -> list[Comparison]:
    """The comparisons a multiple makes: "A pumps 12 times as much water as B" compares A with
    B as "A pumps more water than B" does, "half as much" as "less" does. A source that writes
    "B pumps 12 times more than A" compares them the other way round, which `traded` reads
    once the claim's multiple is a comparison of its own."""
    tokens, found = text.tokens, []
    for k in range(1, len(tokens) - 2):
        if tokens[k].lower != "as" or tokens[k - 1].lower not in MULTIPLES \
                or tokens[k + 1].lower not in ("much", "many"):
            continue
        at = next((j for j in range(k + 2, min(len(tokens), k + 2 + EQUATIVE_REACH))
                   if tokens[j].lower == "as" and not tokens[j].brk), None)
        if at is None or any(t.brk for t in tokens[k + 1:at]):
            continue
        first = {t for tok in first_thing(text, k) for t in tok.terms}
        second = second_thing(text, at)
        if first and second:
            sign = -1 if tokens[k - 1].lower == "half" else 1
            found.append(Comparison(first, second, tokens[k + 1],
                                    tuple((base, sign) for base in IRREGULAR_BASES["more"]),
                                    (clause_start(text, k), clause_end(tokens, at))))
    return found


def comparative_before(text: Parsed, at: int) -> Token | None:
    """The comparative nearest before "than" at `at`, in its clause: an amount word, "better"
    or "worse", or an "-er" form of an adjective WordNet opposes to another."""
    near = aside_before(text, at)  # "larger amounts of brine, a bitter water, than"
    for k in range(at - 1, -1, -1):
        token = text.tokens[k]
        word = token.lower
        if near <= k < at:
            continue
        if word in AMOUNTS or word in IRREGULAR or positive(word) is not None \
                or at - k - (at - near) <= SHORT_REACH and short_positive(word) is not None:
            return token
        if token.brk:
            return None
    return None


ASIDE_REACH = 6  # words of an aside between commas right before "than" ("brine, a bitter
# salt water, than")


def aside_before(text: Parsed, at: int) -> int:
    """The index of the first word of a noun phrase set between commas right before the
    "than" at `at` ("discharges larger amounts of brine, a bitter salt water, than does the
    quarry": "a"), an aside that does not end the comparison it interrupts; `at` when there is
    none."""
    tokens = text.tokens
    if not tokens[at].brk or text.text[tokens[at - 1].end:tokens[at].start].strip() != ",":
        return at
    for j in range(at - 1, max(0, at - 1 - ASIDE_REACH), -1):
        if tokens[j].brk:
            opened = text.text[tokens[j - 1].end:tokens[j].start].strip() == "," if j else False
            return j if opened and tokens[j].lower in APPOSITIVE else at
    return at


SHORT_REACH = 2  # words from "than" a comparative of a short positive stands ("lower than",
# "a lower density than")


def short_positive(word: str) -> str | None:
    """The positive of three letters of an "-er" comparative WordNet opposes to another word:
    "lower" -> low, "older" -> old, "newer" -> new. `degree.positive` leaves such short stems
    out ("after", "offer", "water"), and "West Varn is lower than East Varn" read no comparison
    at all, so its sides were never weighed against "East Varn is higher than West Varn".
    Read only next to "than", which makes the word a comparative."""
    stem = word[:-2]
    if len(word) == 5 and word.isalpha() and word.endswith("er") and antonyms(stem):
        return stem
    return None


def clause_start(text: Parsed, k: int) -> int:
    """The index of the first word of the clause of the k-th word, a bracketed aside before it
    passed over ("Ash (a fine dust) is lighter": Ash)."""
    tokens, depth = text.tokens, 0
    for j in range(k, 0, -1):
        gap = text.text[tokens[j - 1].end:tokens[j].start]
        depth += gap.count(")") - gap.count("(")
        if depth < 0 or tokens[j].brk and not depth and "(" not in gap and ")" not in gap:
            return j  # the clause's start, or the opening of the aside the word is in
    return 0


# an appositive's opening ("X, a storm that is larger than Y"): the thing is the noun before it
APPOSITIVE = frozenset("a an the".split())
RELATIVE = frozenset("that which who".split())


def first_thing(text: Parsed, k: int) -> list[Token]:
    """The words before the comparative at `k` in its clause, less those of a bracketed aside;
    with the clause before, where this one is an appositive whose relative clause compares
    ("the Red Spot, a storm that is larger than": the Red Spot is the storm)."""
    tokens, kept, depth = text.tokens, [], 0
    start = clause_start(text, k)
    if start and tokens[start].lower in APPOSITIVE \
            and any(t.lower in RELATIVE for t in tokens[start:k]):
        start = clause_start(text, start - 1)
    for j in range(start, k):
        gap = text.text[tokens[j - 1].end:tokens[j].start] if j else ""
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if not depth:
            kept.append(tokens[j])
    return kept


# the words that open a clause of its own after the thing compared ("than Vesk's because it
# lies lower", "than the lagoon, which ..."): a subordinator or a relative pronoun
CLAUSE_OPENERS = SUBORDINATORS | frozenset("that which who whom whose where".split())


def second_thing(text: Parsed, at: int) -> set[str]:
    """The terms of the thing after "than" at `at`: its words to the clause's end or to a word
    opening a clause of its own, a phrase after a preposition kept ("than the air above the
    sea": air, sea; "than that of the sea": the sea's; "than Vesk's because ...": Vesk's)."""
    terms: set[str] = set()
    for k, token in enumerate(text.tokens[at + 1:]):
        if token.brk or k and token.lower in CLAUSE_OPENERS:
            break
        terms.update(token.terms)
    return terms


def scales(text: Parsed, k: int) -> tuple[tuple[str, int], ...]:
    """The scales the comparative at `k` points along, each with its sign: "hotter" (hot, +1),
    "less salty" (salty, -1), "a higher density" (high, +1) and (dense, +1), "better" (good,
    +1) and (well, +1)."""
    tokens, word = text.tokens, text.tokens[k].lower
    sign = -1 if word in DOWN else 1
    if word in IRREGULAR_BASES:
        found = [(base, 1) for base in IRREGULAR_BASES[word]]
    else:
        found = [(positive(word) or short_positive(word) or word, 1)]
    if word in UP or word in DOWN:
        graded = tokens[k + 1:k + 2] + [t for t in reversed(tokens[max(0, k - NOUN_REACH):k])
                                       if t.terms and t.word.isalpha()][:1]
        for token in graded:
            if word in AMOUNTS and token is tokens[k + 1] and token.word.isalpha() \
                    and positive(token.lower) is None and not derived_adjectives(token.lower):
                found.append((token.lower, sign))  # "more salty", "less heat"
            found.extend((adjective, sign) for adjective in derived_adjectives(token.lower))
    return tuple(found)


@lru_cache(maxsize=4096)
def derived_adjectives(noun: str) -> tuple[str, ...]:
    """The gradable adjectives WordNet relates a noun to, shorter than the noun and starting
    as it does: the noun is made from the adjective ("density" -> dense); () for others
    ("storm": "stormy" is made from the noun)."""
    return tuple(a for a in derivations(noun)
                 if len(a) < len(noun) and a[:STEM] == noun[:STEM] and antonyms(a))


STEM = 3  # letters a noun derived from an adjective starts with, as the adjective does
# ("density" from dense, "warmth" from warm; not "stormy", an adjective from the noun)


def direction(mine: Comparison, theirs: Comparison, vocab: Vocabulary) -> int:
    """SAME when the two comparatives point the same way along one scale, OPPOSITE when they
    point opposite ways, UNKNOWN otherwise. The closest relation of two scales decides: one
    word, then WordNet's antonyms, then words on one side of a scale, then the far side's
    (`relation`)."""
    if mine.word.lower == theirs.word.lower:
        return SAME
    ways = amount_way(mine), amount_way(theirs)
    if all(ways):  # "more brine" / "larger amounts of brine": both up the scale of amount
        return SAME if ways[0] == ways[1] else OPPOSITE
    return direction_of(mine, theirs.scales, vocab)


def amount_way(comparison: Comparison) -> int:
    """1 or -1 for a comparative of amount or size alone, which points up or down whatever it
    grades ("more", "larger", a multiple's "as much"; "less", "smaller"); 0 for others."""
    word = comparison.word.lower
    if word in ("much", "many"):  # a multiple (`multiples`): its sign is its scales'
        return comparison.scales[0][1]
    return 1 if word in UP else -1 if word in DOWN else 0


@lru_cache(maxsize=4096)
def relation(one: str, other: str) -> tuple[int, int] | None:
    """(closeness, SAME or OPPOSITE) of two adjectives on a scale: one word (0); WordNet
    antonyms, directly or through a similar adjective (1: "light" / "dense"); one side of a
    scale, each an opposite of the other's opposite (2: "warm" / "hot", "dense" / "heavy");
    the far side's opposite (3: "warm" / "cold", which WordNet links only through "cool" and
    "hot"); VADER's ratings of opposite signs (4: "good" / "poor"); None: no relation known."""
    if one == other:
        return 0, SAME
    if other in opposites(one) or one in opposites(other):
        return 1, OPPOSITE
    if other in one_side(one) or one in one_side(other):
        return 2, SAME
    if any(other in opposites(kin) for kin in one_side(one)) \
            or any(one in opposites(kin) for kin in one_side(other)):
        return 3, OPPOSITE
    if polarity(one) * polarity(other) < 0:
        return 4, OPPOSITE
    return None


@lru_cache(maxsize=4096)
def opposites(word: str) -> frozenset[str]:
    """WordNet's antonyms of the word, direct or through a similar adjective."""
    return frozenset(antonyms(word)) | indirect_antonyms(word)


@lru_cache(maxsize=4096)
def one_side(word: str) -> frozenset[str]:
    """The word and the opposites of its opposites: the words on its side of its scales."""
    return frozenset((word,)) | frozenset(w for o in opposites(word) for w in opposites(o))


def traded(mine: Comparison, theirs: Comparison, vocab: Vocabulary) -> bool:
    """The two compare the same things the other way round: the claim's second thing stated in
    the sentence's first and the sentence's second in part in the claim's first (it may say
    more: "the surrounding fields"), the two second things
    sharing nothing (a word on both sides of one comparison tells nothing: "the eastern dyke
    ... than the western dyke")."""
    both = (mine.first & mine.second) | (theirs.first & theirs.second)
    # the words both second things end with: a setting the two compare in, on neither side
    # ("than renewable power in Osland" / "than coal in Osland")
    setting = mine.second & theirs.second
    c_first, c_second, s_first, s_second = (side - both for side in (
        mine.first, mine.second - setting, theirs.first, theirs.second - setting))
    return found(said(c_second, theirs.first | theirs.second, vocab), s_first, vocab) \
        and shared(s_second, c_first, vocab) and not shared(c_second, s_second, vocab)


def said(terms: set[str], text, vocab: Vocabulary) -> set[str]:
    """The terms a text (a parse, or the terms of a comparison's two sides) states: a claim word
    the sentence never states tells nothing of which side it stands on ("all its wells
    combined" against "its wells"); the check reads it as unverified."""
    other = text if isinstance(text, (set, frozenset)) else text.terms
    groups = vocab.expand(other)
    return {t for t in terms if vocab.matches(t, other, groups)}


def found(terms: set[str], other: set[str], vocab: Vocabulary) -> bool:
    groups = vocab.expand(other)
    return bool(terms) and all(vocab.matches(t, other, groups) for t in terms)


def shared(terms: set[str], other: set[str], vocab: Vocabulary) -> bool:
    groups = vocab.expand(other)
    return any(vocab.matches(t, other, groups) for t in terms) \
        or bool(derived_terms(terms, vocab) & other)


def derived_terms(terms: set[str], vocab: Vocabulary) -> frozenset[str]:
    """The terms of the words WordNet derives from or to the given terms ("western": west):
    one side of a comparison names its thing by an adjective ("colder than its western
    counterpart") where the other names it by the noun in a name ("West Antarctica"). Read
    only for whether two sides share a thing, never for a whole side stated."""
    return frozenset(t for term in terms for form in derivations(term)
                     for t in vocab.analyzer.terms(form))


def traded_pairs(claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """(the claim's comparison, the sentence's, their direction) for each two traded."""
    theirs = comparisons(sentence)
    if not theirs:
        return
    for mine in comparisons(claim):
        for other in theirs:
            if traded(mine, other, vocab):
                yield mine, other, direction(mine, other, vocab)


def order_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                   ) -> tuple[Token, Token] | None:
    """(the claim's comparative, the sentence's) where the sentence compares the claim's two
    things the other way round in the same direction ("A is hotter than B" / "B is hotter
    than A"): a reversal; None otherwise."""
    return next(((mine.word, other.word) for mine, other, way in
                 traded_pairs(claim, sentence, vocab) if way == SAME), None)


def scale_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                   ) -> tuple[Token, Token] | None:
    """(the claim's comparative, the sentence's) where the sentence compares the claim's two
    things in the same order in the opposite direction, read by scales ("A is lighter than B"
    / "A has a higher density than B": "light" against "dense", which no comparative's own
    antonym reaches); None otherwise."""
    theirs = comparisons(sentence)
    if not theirs:
        return None
    for mine in comparisons(claim):
        for other in theirs:
            if found(mine.first, other.first, vocab) and found(mine.second, other.second, vocab) \
                    and not traded(mine, other, vocab) \
                    and direction(mine, other, vocab) == OPPOSITE:
                return mine.word, other.word
    return None


def order_unknown(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence compares the claim's two things the other way round with a comparative
    whose direction against the claim's is not known ("A is denser than B" / "B has a
    greater weight than A"): it does not state the claim."""
    return any(way == UNKNOWN for _, _, way in traded_pairs(claim, sentence, vocab))


def told_from_other_side(mine: Token, theirs: Token, claim: Parsed, sentence: Parsed,
                         vocab: Vocabulary) -> bool:
    """The claim's word `mine` and the sentence's `theirs` stand in two comparisons of the same
    things traded, with opposite comparatives ("the lagoon is saltier than the sea" / "the sea
    is less salty than the lagoon"): one fact, no reversal."""
    for one, other, way in traded_pairs(claim, sentence, vocab):
        if way == OPPOSITE and within(claim, one, mine) and within(sentence, other, theirs):
            return True
    return False


def names_told_from_other_side(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                               vocab: Vocabulary) -> bool:
    """The claim's name `mine` and the sentence's `theirs` in its place are the first things of
    two comparisons of the same things traded, with opposite comparatives ("Brem runs higher
    than Aln" / "Aln runs lower than Brem"): each names the other's first thing, one fact, no
    rival in the claim name's place."""
    terms = lambda mention: set(vocab.analyzer.terms(mention.text))
    return any(way == OPPOSITE and terms(mine) <= one.first and terms(theirs) <= other.first
               for one, other, way in traded_pairs(claim, sentence, vocab))


def within(text: Parsed, comparison: Comparison, token: Token) -> bool:
    start, end = comparison.span
    return any(t is token for t in text.tokens[start:end])


def relation_from_other_side(conflict: Conflict, claim: Parsed, sentence: Parsed,
                             vocab: Vocabulary) -> bool:
    """A conflict of relation words ("fewer" / "more") that are the comparatives of one
    comparison told from the other side (`told_from_other_side`): "fewer wrecks in calm years
    than in stormy ones" says what "more wrecks in stormy years than in calm ones" says."""
    if conflict.kind != ConflictKind.RELATION:
        return False
    return any(told_from_other_side(mine, theirs, claim, sentence, vocab)
               or told_alike_elsewhere(mine, theirs, claim, sentence, vocab)
               for mine in claim.tokens if mine.word == conflict.claim
               for theirs in sentence.tokens if theirs.word == conflict.source)


def told_alike_elsewhere(mine: Token, theirs: Token, claim: Parsed, sentence: Parsed,
                         vocab: Vocabulary) -> bool:
    """The claim's comparative `mine` stands in a comparison the sentence makes of the same
    things in the same order and the same direction, and the sentence's word `theirs` outside
    it: "the saltworks discharges more brine than the quarry" / "discharges larger amounts of
    brine than the quarry, but still much less than the mine", where "less" compares with
    another thing, no reversal."""
    for one in comparisons(claim):
        if not within(claim, one, mine):
            continue
        for other in comparisons(sentence):
            if not within(sentence, other, theirs) \
                    and found(said(one.first, sentence, vocab), other.first, vocab) \
                    and found(said(one.second, sentence, vocab), other.second, vocab) \
                    and not traded(one, other, vocab) and direction(one, other, vocab) == SAME:
                return True
    return False


def ranked_below(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence ranks the claim's first thing below on the claim's own scale: the claim
    says A is hotter than B, and the sentence calls B the hottest ("B is the hottest of the
    lakes", B's names before the superlative in its clause, none of A's) or names A only after
    the "than" of a comparative pointing the same way ("..., warmer than any other lake, even
    Vesk": A is what the sentence's thing is warmer than). A name the claim gives its first
    thing stated only on the lower side: the sentence does not state the claim."""
    mine = comparisons(claim)
    if not mine:
        return False
    names = lambda terms: [m for m in claim.mentions if m.family == "name"
                           and set(vocab.analyzer.terms(m.text)) <= terms]
    for one in mine:
        in_first, in_second = names(one.first), names(one.second)
        firsts = [m for m in in_first if m not in in_second]
        seconds = [m for m in in_second if m not in in_first]
        if not firsts:
            continue
        for k, token in enumerate(sentence.tokens):
            bases = superlative_bases(token.lower)
            if bases and direction_of(one, tuple((b, 1) for b in bases), vocab) == SAME:
                held = {t for tok in first_thing(sentence, k) for t in tok.terms}
                if seconds and all(stated(m, held, vocab) for m in seconds) \
                        and not any(stated(m, held, vocab) for m in firsts):
                    return True
            if token.lower == "than" and k:
                word = comparative_before(sentence, k)
                if word is None or direction_of(one, scales(sentence, sentence.tokens.index(
                        word)), vocab) != SAME:
                    continue
                before = {t for tok in sentence.tokens[:k] for t in tok.terms}
                after = {t for tok in than_side(sentence, k) for t in tok.terms}
                if all(stated(m, after, vocab) and not stated(m, before, vocab)
                       for m in firsts):
                    return True
    return False


# the conjunctions that, after a break, open a clause of their own: "warmer than today, and
# the Arctic ... was warmer" names the Arctic in a new clause, not on the lower side
COORDINATORS = frozenset("and but yet while whereas".split())


def than_side(sentence: Parsed, k: int) -> list[Token]:
    """The words after the "than" at `k` up to a break that opens a coordinated clause
    ("..., and ...", "; ..."): a name told there is compared with nothing ("... warmer than
    any lake, even that of Vesk" keeps Vesk; "... warmer than today, and Vesk was warmer
    still" does not). A subordinator or relative word does not end it: "than any lake, even
    that of Vesk" opens with "that", and one told after "despite" is still on the lower
    side."""
    tokens, kept = sentence.tokens, []
    for token in tokens[k + 1:]:
        if token.brk:
            between = sentence.text[kept[-1].end if kept else tokens[k].end:token.start]
            if ";" in between or token.lower in COORDINATORS:
                break
        kept.append(token)
    return kept


def stated(name: Mention, terms: set[str], vocab: Vocabulary) -> bool:
    """Every term of the name among `terms`."""
    return found(set(vocab.analyzer.terms(name.text)), terms, vocab)


def superlative_bases(word: str) -> tuple[str, ...]:
    """The adjectives a superlative ("hottest", "best") is formed from; () for other words."""
    return tuple(b for b in adjective_bases(word) if antonyms(b)) if word.endswith("est") \
        or word in ("best", "worst") else ()


def direction_of(one: Comparison, other_scales: tuple[tuple[str, int], ...],
                 vocab: Vocabulary) -> int:
    """`direction` of a comparison against another comparative's scales: the closest relation
    of two of their scales, its signs multiplied in."""
    best = None
    for scale, sign in one.scales:
        for other, other_sign in other_scales:
            related = relation(scale, other)
            if related and (best is None or related[0] < best[0]):
                best = (related[0], related[1] * sign * other_sign)
    return best[1] if best else UNKNOWN
