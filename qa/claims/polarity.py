"""Whether a sentence states the claim's relation the other way round, in words of opposite
polarity that no antonym table links.

"The authorities progressively eased restrictions on the mission's air assets" is no
paraphrase of "the authorities were increasingly obstructing the use of air assets", though
the sentence states most of its words: "eased" and "obstructing" are not antonyms in WordNet,
nor an exclusive pair, but one is a good thing done to the mission and the other a bad one.
Writers turn a relation round in many such words (facilitated / obstructed, accepted /
disputed, welcomed / condemned), and the general resource that links them is a polarity
lexicon: each word's valence, as human raters judged it (VADER, `qa/data/polarity.txt`).

A predicate of the claim of one polarity that the sentence does not state (not even by a
synonym), facing a predicate of the sentence of the other polarity that the claim does not
state, in the same place, reverses the claim. The place: the sentence's word stands after the
sentence's form of one of the claim's two nearest stated words before it, and before one of
its two nearest stated words after it, each at most SLACK words further than in the claim
("authorities progressively eased restrictions" / "authorities were increasingly
obstructing"). Only predicates (`predicate`): a relation is stated by a verb; the polarity of
a noun or of a capacity says nothing of which way it goes. A negated word has the polarity it
denies ("did not help" is negative).

A word VADER does not rate takes the rating of its base form ("obstructing" -> obstruct),
else the polarity its first-sense WordNet synonyms agree on, from their strong ratings only
(Hu and Liu grew their opinion lexicon from seed words through WordNet's synonyms the same
way): obstruct -> block, hinder (negative); facilitate -> ease (positive). Weak ratings
(|valence| < POLAR) are no polarity: "allow" (0.9) is too mild a word to reverse anything.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, irregular_base, synonyms, verb_base
from ..text.lexicon import valences
from .compare import negated
from .facts import Parsed, Token, groups_of
from .opposition import finite, occurrences
from .vocabulary import Vocabulary

POLAR = 1.0  # the least |valence| (of VADER's 4) that makes a word positive or negative
# the least |valence| of a synonym that lends a word it: a first sense is often not the sense
# in a text ("force" -> pressure, -1.2; "perpetrate" -> commit, 1.2), so only a strong one
SPREAD = 1.5
ARTICLES = frozenset(("a", "an", "the"))  # what makes the next word a noun ("is a hoax")
SLACK = 3  # words a paraphrase may add between the claim's word and its anchor ("the use of")
# the claim's stated words nearest to its word on each side, one of which the sentence must
# have on that side: a paraphrase often moves one ("the mission's use of air assets" / "the
# use of air assets in the mission"); only the nearest one left out a reversal on heldout_2
ANCHORS = 2


@lru_cache(maxsize=8192)
def polarity(word: str) -> int:
    """+1, -1 or 0 (neutral, mild or unknown) for a lower-case word."""
    table = valences()
    forms = [word]
    irregular = irregular_base(word)
    if irregular:  # "fought" -> fight
        forms.append(irregular)
    verb = verb_base(word)  # "spent" -> spend: a predicate in the verb's sense
    if verb:
        forms.append(verb)
    forms += base_forms(word)[1:]
    for form in forms:
        if form in table:
            return sign(table[form])
    # the verb's synonyms, not those of an adjective of the same spelling ("spent" ->
    # exhausted, "fell" -> cruel): only predicates are rated (`predicate`)
    rated = {sign(table[s], SPREAD) for s in synonyms(verb or word) if s in table} - {0}
    return rated.pop() if len(rated) == 1 else 0


def sign(valence: float, least: float = POLAR) -> int:
    """+1 or -1 for a rating of at least `least` either way, else 0."""
    return 0 if abs(valence) < least else 1 if valence > 0 else -1


def signed(text: Parsed, token: Token) -> int:
    """The word's polarity where it stands: a negated word has the polarity it denies."""
    value = polarity(token.word.lower())
    return -value if value and negated(text, token) else value


def polar_words(text: Parsed, other: Parsed, vocab: Vocabulary,
                by_synonym: bool = True) -> list[tuple[Token, int]]:
    """The words of `text` with a polarity that `other` does not state (even by a synonym,
    unless `by_synonym` is false), outside names ("United Nations", "Good Hope")."""
    groups = groups_of(other, vocab) if by_synonym else set()
    names = [(m.start, m.end) for m in text.mentions if m.family == "name"]
    found = []
    for n, token in enumerate(text.tokens):
        if not token.terms or not token.word.isalpha() or not predicate(text, n) \
                or any(s <= token.start < e for s, e in names) \
                or any(vocab.matches(t, other.terms, groups) for t in token.terms):
            continue
        value = signed(text, token)
        if value:
            found.append((token, value))
    return found


def predicate(text: Parsed, n: int) -> bool:
    """The word states what someone or something did or does: a verb in a past form or after
    an auxiliary (`opposition.finite`), not a noun after an article ("is a hoax"). Relations
    are stated by predicates; the polarity of a noun ("the risk of heatwaves" / "the intensity
    of heatwaves") or of a capacity ("able to fight" / "capable of combating") says nothing
    of which way a relation goes."""
    return finite(text, n) and not (n and text.tokens[n - 1].word.lower() in ARTICLES)


def opposed_polarity(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                     ) -> tuple[Token, Token] | None:
    """The claim's predicate and the sentence's predicate of opposite polarity in its place,
    each unstated by the other text; None if there is none. The sentence's word need only be
    absent from the claim as written: a synonym of it in the claim may be the very word the
    claim's reverses ("eased restrictions" / "obstructing", where the thesaurus has
    "restrict" and "obstruct" together)."""
    ours = polar_words(claim, sentence, vocab)
    if not ours:
        return None
    theirs = polar_words(sentence, claim, vocab, by_synonym=False)
    if not theirs:
        return None
    groups = groups_of(sentence, vocab)
    stated = [n for n, t in enumerate(claim.tokens)
              if t.terms and any(vocab.matches(term, sentence.terms, groups) for term in t.terms)]
    at = {id(t): n for n, t in enumerate(sentence.tokens)}
    for a, value in ours:
        i = next(n for n, t in enumerate(claim.tokens) if t is a)
        # (distance in the claim, where the sentence states it) of the claim's stated words
        # nearest to `a` on each side
        sides = [[(i - j, occurrences(claim.tokens[j], sentence, vocab))
                  for j in reversed([j for j in stated if j < i])][:ANCHORS],
                 [(j - i, occurrences(claim.tokens[j], sentence, vocab))
                  for j in [j for j in stated if j > i]][:ANCHORS]]
        if not any(sides):
            continue
        for b, other in theirs:
            if value == -other and all(in_place(at[id(b)], anchors, after)
                                       for after, anchors in enumerate(sides)):
                return a, b
    return None


def in_place(k: int, anchors: list[tuple[int, list[int]]], after: bool) -> bool:
    """Position `k` of the sentence is where the claim's word is, on one side: at or after
    (`after` false) an occurrence of one of the claim's stated words before it, at most SLACK
    words further away than in the claim; at or before one of those after it (`after` true).
    A claim word with no stated word on that side passes."""
    if not anchors:
        return True
    return any(0 <= (n - k if after else k - n) <= reach + SLACK
               for reach, places in anchors for n in places)
