"""Whether a sentence says the opposite of what the claim says its subject is: "the quality
of water at the spring was poor" / "the quality of the water drawn at the Velden spring is
very good".

`polarity.opposed_polarity` reads verbs and places the sentence's word between the claim's
nearest stated words; an adjective after a copula is a predicate too (it says how the subject
is, as a verb says what it did), but its nearest stated words are often the end of a long
subject ("the spring supplying the north quay was poor"), which the sentence words
otherwise. What places a predicative adjective is its subject: the clause's noun phrase before
the copula, named by its head (the last word of its first run of content words, before "of",
"at" ...: "the old harbour spring's quality of water" -> quality; none where a verb
ends that run, "the restrictions that authorities imposed": a relative clause hides the head
from a reading without a parser). The claim's
adjective reverses the sentence's when both stand after a copula ("is", "was", "remains",
"seems", an adverb at most between: "is very good"), head their phrase (a break, the end or a
word of no content after them: "is good news" says nothing good of its subject), have subjects
with the same head (a synonym counts) and are opposites: WordNet antonyms ("likely" /
"unlikely"), or of opposite polarity (VADER's raters, `polarity.polarity`: "poor" / "good").
A negated adjective has the polarity it denies and reverses no antonym ("is not unlikely").
A gradable adjective before its noun says the same of that noun ("repair of a poor
standard" / "the standard of repair at the yard is very good"): one side's adjective may
stand so, its noun (the last word of the run of content words after it) being the head the
other's copula has for subject (`attributive`); two adjectives before their nouns are read in
place by `reversals.placed_antonym`. Gradable: an adjective WordNet 3.0 makes the value of an
attribute ("poor" -> quantity, "good" -> quality; `wordnet.attributes`), not one that sorts a
thing into a kind ("naval", "medical").
"""
from __future__ import annotations

from ..search.wordnet import adverbs, attributes, can_be_verb, irregular_base
from .clause_ends import clause_start
from .compare import antonym_terms, negated
from .facts import UNMADE, BE, Parsed, Token, groups_of, remembered
from .opposition import finite
from .polarity import polarity
from .vocabulary import Vocabulary

# what states that a thing is as the word after it says ("the water is very good")
COPULAS = BE | frozenset("seem seems seemed remain remains remained become becomes became".split())
# the past participles of the complex-transitive verbs of judging and of result
# (`complement_predicate.COMPLEX_TRANSITIVE`): a copula before them gives the subject the
# adjective after them ("was deemed unsafe", "was made permanent")
JUDGING_PARTICIPLES = frozenset("found considered deemed judged made".split())
# words that open a clause: the subject of a copula starts after the last of them before it
CLAUSE_OPENERS = frozenset("that because while although though since as when if whereas which "
                           "who and but".split())


def predicated(text: Parsed) -> list[tuple[int, Token]]:
    """(position, adjective) of each word a copula says its subject is: the text's alone,
    remembered on its parse (`reversed_predicate` asks it for every sentence)."""
    return remembered(text, ("predicated",), find_predicated, text)


def find_predicated(text: Parsed) -> list[tuple[int, Token]]:
    return [
        (n, t) for n, t in enumerate(text.tokens) if predicative(text, n)]


def predicative(text: Parsed, n: int) -> bool:
    """The n-th word is what a copula before it (an adverb at most between) says its subject
    is, and heads its phrase; not a participle ("was killed", "is rising": a verb's, read by
    `polarity`), though a word that can be a verb may be an adjective here ("was slow")."""
    tokens = text.tokens
    token = tokens[n]
    if n == 0 or token.brk or not token.terms or not token.word.isalpha() \
            or participle(token.word.lower()):
        return False
    if copula_at(text, n) is None:
        return False
    return n + 1 == len(tokens) or tokens[n + 1].brk or not tokens[n + 1].terms


def copula_at(text: Parsed, n: int) -> int | None:
    """The position of the copula the n-th word stands after (an adverb at most between), or
    of the copula before a judging verb's participle that gives it to the subject ("was
    judged very poor", "is deemed unsafe": the passive of "judged it poor", whose adjective
    says what the subject is, as "was poor" does)."""
    tokens = text.tokens
    k = n - 1
    if tokens[k].lower in COPULAS:
        return k
    if n >= 2 and not tokens[k].brk and tokens[k].lower in adverbs():
        k -= 1
        if tokens[k].lower in COPULAS:
            return k
    if k >= 1 and not tokens[k].brk and not tokens[k - 1].brk \
            and tokens[k].lower in JUDGING_PARTICIPLES and tokens[k - 1].lower in COPULAS:
        return k - 1
    return None


def subject_head(text: Parsed, copula: int) -> Token | None:
    """The head of the copula's subject: the last word of the first run of content words of
    its clause (from the last clause break or opener before the copula); None if there is
    none ("it is good": the subject is elsewhere)."""
    tokens = text.tokens
    start = clause_start(tokens, copula, CLAUSE_OPENERS)
    head = None
    for n in range(start, copula):
        t = tokens[n]
        if t.terms and verb_form(text, n):
            # "the restrictions that authorities imposed on rotations were", "countries
            # sending troops were": the run is a clause's own subject or object, not the
            # copula's; which word is, only a parser would tell
            return None
        if t.terms:
            head = t
        elif head is not None:
            break
    return head


def participle(word: str) -> bool:
    """A past or -ing form of a verb ("doubled", "taken", "rising")."""
    return can_be_verb(word) and (word.endswith(("ed", "ing")) or bool(irregular_base(word)))


def verb_form(text: Parsed, n: int) -> bool:
    """The n-th word is a verb's past or -ing form, which ends a subject's noun phrase."""
    word = text.tokens[n].word.lower()
    return finite(text, n) or word.endswith("ing") and can_be_verb(word)


def opposite(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary) -> bool:
    """The two adjectives are opposites where they stand: antonyms, both affirmed, or of
    opposite polarity once a negation turns one."""
    mine, theirs = negated(claim, a), negated(sentence, b)
    word, other = a.word.lower(), b.word.lower()
    if not mine and not theirs and antonym_terms(word, vocab) & set(b.terms):
        return True
    value, other_value = polarity(word), polarity(other)
    value, other_value = -value if mine else value, -other_value if theirs else other_value
    return value * other_value < 0


def reversed_predicate(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                       ) -> tuple[Token, Token] | None:
    """The claim's adjective and the sentence's opposite of it, said of a noun with the same
    head, one of them after a copula (the other after one too, or before its noun,
    `attributive`), each unstated by the other text; None if there is none."""
    ours, theirs = predicated_heads(claim), predicated_heads(sentence)
    if not ours and not theirs:
        return None  # most pairs: no copula's adjective on either side
    groups = groups_of(sentence, vocab)
    # an adjective before its noun is read against a copula's only (asked only then: cheaper)
    pairs = [(ours + (attributed(claim) if theirs else []), theirs),
             (ours, attributed(sentence))] if ours else [(attributed(claim), theirs)]
    for mine, others in pairs:
        for a, head in mine:
            if any(vocab.matches(t, sentence.terms, groups) for t in a.terms):
                continue  # the sentence says it too: not reversed
            for b, other in others:
                if set(b.terms) & claim.terms or not opposite(claim, a, sentence, b, vocab):
                    continue
                if any(vocab.matches(t, set(other.terms), vocab.expand(set(other.terms)))
                       for t in head.terms):
                    return a, b
    return None


def predicated_heads(text: Parsed) -> list[tuple[Token, Token]]:
    """(adjective, its subject's head) for each word a copula says its subject is: the
    text's alone, remembered on its parse."""
    found = text.memo.get(("predicated heads",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, ("predicated heads",), find_predicated_heads, text)
    return found


def find_predicated_heads(text: Parsed) -> list[tuple[Token, Token]]:
    return [(a, head) for n, a in predicated(text)
            for head in [subject_head(text, copula_at(text, n))] if head is not None]


def attributed(text: Parsed) -> list[tuple[Token, Token]]:
    """(adjective, the head of its noun) for each gradable adjective before its noun
    (`attributive`): the text's alone, remembered on its parse."""
    return remembered(text, ("attributed",), find_attributed, text)


def find_attributed(text: Parsed) -> list[tuple[Token, Token]]:
    return [(text.tokens[n], head) for n in range(len(text.tokens) - 1)
            for head in [attributive(text, n)] if head is not None]


def attributive(text: Parsed, n: int) -> Token | None:
    """The head of the noun the n-th word qualifies when it is a gradable adjective right
    before it ("repair of a poor standard" -> standard; "slow ferry services" -> services):
    the last word of the run of content words after it; None otherwise."""
    tokens = text.tokens
    token = tokens[n]
    word = token.word.lower()
    if not token.terms or not token.word.isalpha() or not token.word.islower() \
            or participle(word) or predicative(text, n) or not attributes(word):
        return None
    head = None
    for t in tokens[n + 1:]:
        if t.brk or not t.terms or not t.word.isalpha():  # a break before it ends the noun
            break
        head = t
    return head
