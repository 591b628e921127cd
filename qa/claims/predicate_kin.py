"""A claim's predicate reworded in a sentence that conflicts with it on a value: the claim's
words the sentence states by a WordNet kin, counted for the share of the claim's event the
sentence must state before the conflict is the claim's ("the ferry line took over from the
old pilot office in 2014" / "in 2011, the old pilot office was replaced by the ferry line";
"boats that had arrived a year before" / "boats which had come two months earlier").

The kin of a claim word, compared as words with their base forms and the forms WordNet
derives from the sentence's words ("authorized" / "the authorization"), never by stem (a
stem joins words of other senses: "centralise" and "central"):
- a past-tense verb of the event: its paraphrases (`wordnet_paraphrases.txt`: a lemma of one
  of its first two senses, or of the sense just above) and those of the forms derived from
  it, and the verbs of the phrasal verbs it stands for (`wordnet_phrasal.txt`: "expelled" /
  "kicked out"). The same words `qa.claims.paraphrase` rewords for support: a noun, a present
  form or an adjective swapped for a paraphrase changed what a claim says (round 26), and
  here lent the event to a conflict on an unread set (bench/README, round 39);
- a phrasal verb: its single verbs in either table and the paraphrases of WordNet's single
  verbs, which stand for it ("take over": usurp, which "replace" paraphrases; the converse
  "X took over from Y" / "Y was replaced by X" states the same event).

Read only where every conflict is a value (a figure, a date; `check.event_named`) and where a
lone date is weighed (`check.align`), there for every content word, a noun too ("a change"
/ "altering"): the sentence must state as much of the event as support would (0.55, not
0.3); support never reads these (a synonym anywhere in the
sentence lent support to sentences on the claim's topic, bench/README rounds 3, 25, 26), and
with a polarity in conflict they lent weight to conflicts misread.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import derived_forms, verb_base
from .facts import Parsed, remembered
from .paraphrase import past_event, paraphrases, verb_forms
from .particles import OWN_STEM, phrasal_spans, wordnet_phrasal

MIN_LETTERS = 4

def kin_terms(claim: Parsed, sentence: Parsed, every_word: bool = False) -> frozenset[str]:
    """The claim's terms the sentence states by a kin of their word, not by the word (both
    remembered on their parse: asked of each sentence a value conflicts in); `every_word`:
    each content word's kin, not only a verb's, where the sentence must state as much of the
    event as support would (`check.align`'s lone date)."""
    found = set()
    forms = remembered(sentence, ("word forms",), sentence_forms, sentence)
    for terms, kin in remembered(claim, ("predicate kin", every_word),
                                 claim_kin, claim, every_word):
        if not set(terms) <= sentence.terms and not kin.isdisjoint(forms):
            found.update(terms)
    return frozenset(found)


def sentence_forms(sentence: Parsed) -> frozenset[str]:
    """The sentence's words as WordNet lists them: each word, its base forms and the forms
    derived from it ("the deployment" -> deploy). Words, not stems, as `qa.claims.paraphrase`
    compares them: a stem joins words of other senses ("centralise" and "central")."""
    return frozenset(form for token in sentence.tokens if token.word.isalpha()
                     for form in word_forms(token.word.lower()))


@lru_cache(maxsize=16384)
def word_forms(word: str) -> tuple[str, ...]:
    """The word, its base forms and its derived forms."""
    return (word, *verb_forms(word), *derived_forms(word))


def claim_kin(claim: Parsed, every_word: bool = False
              ) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each phrasal verb (its verb's and particle's terms) and past-tense verb of the event
    (its terms) of the claim, or each content word with `every_word`, with its kin."""
    tokens = tuple(claim.tokens)
    spans = phrasal_spans(tokens)
    found = [(tokens[i].terms + tokens[j].terms,
              frozenset(singles.replace(OWN_STEM, " ").split())
              | phrasal_kin(wordnet_row(tokens, i, j)))
             for i, j, singles in spans]
    in_phrasal = {place for i, j, _ in spans for place in (i, j)}
    for place, token in enumerate(tokens):
        if place not in in_phrasal and token.terms \
                and (past_event(token.word) or every_word and content_word(token.word)):
            kin = kin_words(token.word)
            if kin:
                found.append((token.terms, kin))
    return tuple(found)


def content_word(word: str) -> bool:
    """A lower-case word of MIN_LETTERS or more: not a name, nor a letter or a short function
    word WordNet lists as a sense ("C" for "hundred")."""
    return word.isalpha() and word.islower() and len(word) >= MIN_LETTERS


@lru_cache(maxsize=8192)
def kin_words(word: str) -> frozenset[str]:
    """The paraphrases of the verb `word` and of the forms WordNet derives from it, and the
    verbs of the phrasal verbs whose single verbs hold it."""
    words = {word, *verb_forms(word)} | set(derived_forms(word))
    found = {w for form in words for w in paraphrases(form)}
    found |= {p for form in words for p in phrasal_heads(form)}
    return frozenset(w for w in found if "_" not in w) - {word}


def wordnet_row(tokens, verb: int, particle: int) -> str:
    """WordNet's single verbs of the phrasal verb, which the project's own table, read first
    by `phrasal_spans`, may have narrowed ("take over": seize, assume; WordNet adds usurp)."""
    base = verb_base(tokens[verb].word.lower()) or tokens[verb].word.lower()
    return wordnet_phrasal().get((base, tokens[particle].word.lower()), "")


@lru_cache(maxsize=1024)
def phrasal_kin(singles: str) -> frozenset[str]:
    """A phrasal verb's single verbs, which share one of its senses, and their paraphrases:
    the single verbs stand for the phrasal verb, so theirs are one step from it ("take over":
    usurp, which WordNet's "replace" paraphrases)."""
    verbs = set(singles.replace(OWN_STEM, " ").split())
    return frozenset(verbs | {w for verb in verbs for w in paraphrases(verb) if "_" not in w})


def phrasal_heads(word: str) -> tuple[str, ...]:
    """The verbs of the phrasal verbs a single verb stands for ("expel": kick, throw)."""
    return phrasal_index().get(word, ())


@lru_cache(maxsize=1)
def phrasal_index() -> dict[str, tuple[str, ...]]:
    """{single verb: the verbs of WordNet's phrasal verbs it stands for}."""
    index: dict[str, set[str]] = {}
    for (verb, _), singles in wordnet_phrasal().items():
        for single in singles.replace(OWN_STEM, " ").split():
            index.setdefault(single, set()).add(verb)
    return {w: tuple(sorted(v)) for w, v in index.items()}
