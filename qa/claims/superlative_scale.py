"""A superlative the sentence ranks on another scale: "the wettest spring since records began"
is not stated by "the coldest spring since records began".

A superlative ranks a thing at the top of one scale. When the claim's superlative is not stated
and the sentence puts another superlative before the same noun ("the coldest spring" / "the
wettest spring"), the sentence ranks the claim's thing on another scale, and every other word
the two share (the date, the record, the agency) does not make it the claim's rank. Two
superlatives are of one scale when WordNet gives their adjectives an attribute in common, or
attributes with a hypernym in common ("biggest" / "largest": size; "highest" / "largest":
magnitudes), or the thesaurus makes them synonyms; only then may the one state the other, as
`compare.same_superlative` reads it. An adjective WordNet gives no attribute ("stormy",
"deadly") is of one scale with another only when the thesaurus or WordNet's kin joins them
("the stormiest year" / "the hottest year" are two ranks). Without a shared noun after both,
or with the claim's superlative stated anywhere in the sentence, nothing is withheld.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..search.wordnet import attribute_nouns, hypernyms, used_attributes
from .compared_order import superlative_bases
from .facts import Parsed
from .modifier_kin import kin_of
from .superlative_holder import noun_after, ranks_one, superlative_at
from .vocabulary import Vocabulary

# a hypernym above more attribute nouns than this is too general to make two attributes one
# scale: "quality" (93 of them), "property" (31: temperature, degree, size), "trait" (25:
# emotionality) joined "the mildest month" to "the hottest month"; "magnitude" (9: size,
# height, intensity) and "dimension" still join "highest" and "largest"
GENERAL = 10


def other_scale(claim: Parsed, sentence: Parsed, vocab: Vocabulary, told: frozenset[str]) -> bool:
    """The claim's superlative (ranking one thing, before a noun) is unstated (`told`: the
    claim terms the sentence states) and the sentence ranks one thing before the same noun by a
    superlative of another scale."""
    mine = claim.tokens
    for k in range(len(mine)):
        word = superlative_at(mine, k)
        width = len(word.split()) if word else 1
        if word is None or not ranks_one(mine, k) or set(mine[k + width - 1].terms) & told:
            continue  # (the adjective's own terms: "most" of "most common" has none)
        noun = noun_after(mine, k, width)
        if not noun:
            continue
        theirs = sentence.tokens
        for j in range(len(theirs)):
            other = superlative_at(theirs, j)
            if other is None or other == word or not ranks_one(theirs, j):
                continue
            if noun & noun_after(theirs, j, len(other.split())) \
                    and not one_scale(word, other, vocab):
                return True
    return False


def one_scale(word: str, other: str, vocab: Vocabulary) -> bool:
    """Two superlatives ("hottest", "most common") that rank on one scale: their adjectives
    share a WordNet attribute, a synonym group of the thesaurus, or a WordNet synset."""
    mine, theirs = bases(word), bases(other)
    own, others = scales(mine), scales(theirs)
    if own & others:
        return True
    # an adjective WordNet gives no attribute ("stormy", "deadly", "costly") has no scale to
    # tell apart, but two different adjectives ranking in one place are two facts unless
    # the thesaurus or WordNet's kin makes one the other ("deadliest" / "most lethal")
    stems = [{t for a in adjectives for t in vocab.stems(a)} for adjectives in (mine, theirs)]
    return bool(vocab.expand(stems[0]) & vocab.expand(stems[1])) or kindred(mine, theirs)


def kindred(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Adjectives WordNet files in one synset or as a head and its satellite, either way
    (`modifier_kin.kin_of`)."""
    return any(a in kin_of(b) or b in kin_of(a) for a in mine for b in theirs)


def scales(adjectives: tuple[str, ...]) -> frozenset[str]:
    """The adjectives' WordNet attributes and those attributes' hypernyms: "highest" (height,
    a magnitude) and "largest" (size, a magnitude) measure alike and are left alone; only
    scales with nothing above them in common ("wetness" / "temperature") are two."""
    # the senses in use only (`used_attributes`): with every sense, a rare one lends nearly
    # any two weather words a scale ("dry humour", "a warm welcome": emotionality), and "the
    # driest year" was read as stated by "the warmest year"
    nouns = {noun for a in adjectives for noun in used_attributes(a)}
    general = general_hypernyms()
    return frozenset(nouns | {above for noun in nouns for above in hypernyms(noun)
                              if above not in general})


@lru_cache(maxsize=1)
def general_hypernyms() -> frozenset[str]:
    """The hypernyms above more than GENERAL attribute nouns ("quality", "property", "trait")."""
    counts = Counter(above for noun in attribute_nouns() for above in hypernyms(noun))
    return frozenset(above for above, n in counts.items() if n > GENERAL)


def bases(superlative: str) -> tuple[str, ...]:
    """The adjectives of "hottest" (hot) or of "most common" (common)."""
    words = superlative.split()
    return (words[1],) if len(words) == 2 else superlative_bases(words[0])
