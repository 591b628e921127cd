"""A claim's predicate reworded in a conflicting sentence: the words of the claim that the
sentence states by a WordNet kin, counted for the share of the claim's event the sentence
must state before a conflict it reads is the claim's ("approved sending ... in June" /
"authorized the deployment ... in April"; "took over from" / "replaced").

A kin of a claim word is a paraphrase from `qa/search/data/wordnet_paraphrases.txt` (a lemma
of one of its first two senses, or of the sense just above), of the word or of a form WordNet
derives from it ("the expulsion" -> expel -> ban, deport, oust, ...), or the single verbs of a
phrasal verb either way (`wordnet_phrasal.txt`: "kicked out" / "expelled"), and each of those
compared by stem, so that any form of it counts ("authorized" / "authorisation").

Only for a sentence that already conflicts with the claim, and only for the event: support
never reads these (a synonym anywhere in the sentence lent support to sentences on the claim's
topic, bench/README rounds 3, 25, 26), and the rest a conflict needs stays the claim's own
words. The event says the sentence tells the claim's happening, not that it agrees on it."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import derived_forms, verb_base
from .facts import Parsed, remembered
from .paraphrase import past_event, paraphrases, verb_forms
from .particles import OWN_STEM, phrasal_spans, wordnet_phrasal
from .vocabulary import Vocabulary

MIN_LETTERS = 4  # short words are mostly function words or letters WordNet lists as senses


def kin_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The claim's terms the sentence states by a kin of their word, not by the word."""
    found = set()
    forms = remembered(sentence, ("word forms",), lambda: sentence_forms(sentence))
    for terms, kin in remembered(claim, ("predicate kin",), lambda: claim_kin(claim)):
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
    return (word, *verb_forms(word), *derived_forms(word))


def claim_kin(claim: Parsed) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each content word of the claim (its terms) with its kin; a phrasal verb as one word,
    its particle's terms with it."""
    tokens = tuple(claim.tokens)
    spans = phrasal_spans(tokens)
    found = [(tokens[i].terms + tokens[j].terms,
              frozenset(singles.replace(OWN_STEM, " ").split())
              | phrasal_kin(wordnet_row(tokens, i, j)))
             for i, j, singles in spans]
    in_phrasal = {place for i, j, _ in spans for place in (i, j)}
    for place, token in enumerate(tokens):
        if place not in in_phrasal and token.terms and past_event(token.word):
            kin = kin_words(token.word)
            if kin:
                found.append((token.terms, kin))
    return tuple(found)


@lru_cache(maxsize=8192)
def kin_words(word: str) -> frozenset[str]:
    """The paraphrases of `word` and of the forms WordNet derives from it, and the phrasal
    verbs whose single verbs hold it."""
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
    index: dict[str, set[str]] = {}
    for (verb, _), singles in wordnet_phrasal().items():
        for single in singles.lstrip(OWN_STEM).split():
            index.setdefault(single, set()).add(verb)
    return {w: tuple(sorted(v)) for w, v in index.items()}
