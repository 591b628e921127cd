"""What a claim adds that a sentence stating most of its words may still not say: a
comparison the sentence makes no comparison of, the source the claim reports from, a relation
the sentence turns the other way after the same subject.

Support needs every fact of the claim (`qa.claims.check`), but coverage weighs words, and one
word can carry the whole fact while the rest of the sentence matches:

- a predicative comparative ("residents moved closer to the base", "left the mission relying
  less on air assets") says which way something changed; a sentence with the positive form
  ("moved away from areas close to the base") or no comparison at all ("rely heavily on air
  assets") does not state the change (`unstated_comparison`). Before a noun ("a tougher
  mandate") a comparative is a description, often paraphrased ("a more robust mandate"), and
  before "than" a comparison `qa.claims.comparisons` reads.
- a report's source ("government officials acknowledged that ...", "the Council concluded
  that ...") is a fact of the claim: a sentence stating what was found, but not who said it
  (a study, "a UN report that concluded"), does not support it (`unstated_source`).
- a predicate of one polarity facing one of the other polarity right after the same words
  ("the authorities welcomed the proposal" / "the authorities disagreed with the increase"):
  `qa.claims.polarity.opposed_polarity` contradicts only when both sides of the word are in
  place; one side in place is already enough to keep support away (`turned_after_subject`).
"""
from __future__ import annotations

from ..search.wordnet import antonyms, communicates, verb_base
from ..text.analyze import load_stopwords
from ..text.lexicon import capital_cities
from .actors import said
from .attribution import reporting_verbs, unattributed
from .facts import Parsed, Token
from .polarity import anchor_sides, in_place, polar_words, same_object, stated_places
from .vocabulary import Vocabulary

# the comparative adverbs of amount, which have no positive form of their own to look up
AMOUNTS = frozenset(("more", "less", "fewer"))
COMPARING = frozenset(("than", "as"))  # "closer than", "more ... as": compared explicitly
POSITIVE = 4  # letters of a positive form written whole before "-er" ("close", "heavy")


def comparative(word: str) -> bool:
    """A comparative ("closer", "heavier", "less"): an amount word, or an "-er" form whose
    positive (close, heavy, big) WordNet opposes to another word, as it does gradable
    adjectives; "officer", "number", "after" have no such positive."""
    word = word.lower()
    if word in AMOUNTS:
        return True
    if not word.isalpha() or not word.endswith("er") or len(word) < 5:
        return False
    positives = [p for p in (word[:-2], word[:-1]) if len(p) >= POSITIVE]  # "after": no "aft"
    if word.endswith("ier"):
        positives.append(word[:-3] + "y")  # "heavier"
    if word[-3] == word[-4]:
        positives.append(word[:-3])  # "bigger"
    return any(antonyms(p) for p in positives)


def unstated_comparison(claim: Parsed, sentence: Parsed) -> Token | None:
    """The claim's first predicative comparative (after a verb, before a preposition, a break
    or the end: "moved closer to", "relying less on", "grew stronger.") that the sentence does
    not write as such; None if there is none. The word itself must be there: its positive
    ("close") or a synonym of the positive states no change."""
    tokens, stop = claim.tokens, load_stopwords()
    inside = [(m.start, m.end) for m in claim.mentions]  # "fewer than 100": a figure's bound
    written = {t.word.lower() for t in sentence.tokens}
    for i, token in enumerate(tokens[1:], 1):
        word = token.word.lower()
        after, before = tokens[i + 1] if i + 1 < len(tokens) else None, tokens[i - 1]
        if not comparative(word) or word in written or token.brk \
                or any(s <= token.start < e for s, e in inside):
            continue
        if after is not None and (after.word.lower() in COMPARING
                                  or not (after.brk or after.word.lower() in stop)):
            continue  # "closer than", "a tougher mandate", "more troops"
        if before.word.lower() in stop or not verb_like(before.word):
            continue  # "the closer", "much more": not a verb's comparative
        return token
    return None


def verb_like(word: str) -> bool:
    """A verb form that a comparative can follow: "moved", "relying", "grew", "became"."""
    word = word.lower()
    return word.isalpha() and (word.endswith(("ed", "ing")) or verb_base(word) is not None)


def unstated_source(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> Token | None:
    """The head of the noun phrase the claim reports from ("Malian government officials" in
    "Malian government officials acknowledged that ...") when the sentence does not state it,
    not even by a synonym or another form; None if the claim reports from no one, or from a
    capital (which stands for its government: "Bamako demanded that"), or from an unnamed
    document (`attribution.unattributed`: "the brief reports that")."""
    tokens, stop = claim.tokens, load_stopwords()
    skipped = unattributed(claim)
    figures = [(m.start, m.end) for m in claim.mentions if m.family != "name"]
    for i in range(1, len(tokens) - 1):
        verb = tokens[i].word.lower()
        if tokens[i + 1].word.lower() != "that" or i in skipped or tokens[i].brk \
                or not (verb in reporting_verbs() or communicates(verb)) \
                or not verb_like(verb) and not verb.endswith("s"):
            continue
        head = tokens[i - 1]
        if not head.terms or not head.word.isalpha() or head.word.lower() in stop \
                or verb_like(head.word) or any(s <= head.start < e for s, e in figures) \
                or head.word.lower() in capital_cities():
            continue
        if not said(head, sentence, vocab, stated):
            return head
    return None


def turned_after_subject(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                         ) -> tuple[Token, Token] | None:
    """A predicate of the claim and one of the sentence of opposite polarity, each unstated by
    the other text (`polarity.polar_words`), both verbs, the sentence's right after the claim's
    stated words before its own (its subject's place, `polarity.in_place`), whatever follows:
    "Malian authorities welcomed the proposal" / "Malian authorities disagreed with the
    increase". None if there is none."""
    ours = polar_words(claim, sentence, vocab)
    theirs = polar_words(sentence, claim, vocab, by_synonym=False) if ours else []
    if not theirs:
        return None
    stated = stated_places(claim, sentence, vocab)
    at = {id(t): n for n, t in enumerate(sentence.tokens)}
    for a, value in ours:
        if not verb_like(a.word):
            continue  # "effects are short-term": an adjective after "be" relates nothing
        subject = anchor_sides(claim, claim.tokens.index(a), sentence, stated, vocab)[0]
        for b, other in theirs:
            if value == -other and verb_like(b.word) and subject \
                    and in_place(at[id(b)], subject, False) \
                    and same_object(claim, a, sentence, vocab) \
                    and same_object(sentence, b, claim, vocab):
                return a, b
    return None
