"""A claim word of any part of speech stated, for support, by its WordNet paraphrase in its own
slot ("proposed lifting the cap" / "proposed raising the cap", "levels stay unchanged" /
"levels remained unchanged").

The readings of kin each take one kind of word and one guard: `paraphrase` a past verb, a
verb completing another or an adverb of manner; `noun_kin` and `modifier_kin` a noun,
adjective or adverb where the sentence states two names, figures or dates of the claim. A
true claim that rewords a word of its sentence outside those kinds (a gerund, a present verb)
was left not_found (bench/README, recall90). Here the paraphrase table
(`wordnet_paraphrases.txt`; no new table: the relations were all there) states any claim
word, and the noun and modifier kin tables do where their own anchors hold
(`noun_kin.kin_anchored`: with one name, "a serious barrier" was stated by "one serious
obstacle" in a sentence on another event), under a guard of its own: the sentence
contradicts nothing and leaves no name, figure or date of the claim to another passage
(`open_to_rewording`), the paraphrase stands in the word's own slot (`in_slot`: a content
word next to it on each side), and the word is no verb of saying or thinking ("said" /
"announced": a reporter's frame, which `paraphrase` leaves out for the same trap). A word
after a determiner or a possessive is a noun and is read through its noun senses only: read
through its verb, "their funding" was stated by "provides" and a false claim supported.
Measured with the first-sense synonyms table too, anywhere in the sentence, and on one side of
the slot: each lent support to false claims (bench/README, recall90).
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import NOUN_ENDINGS, TABLE, communicates, entry, thinks
from .compare import Comparison
from .facts import AUXILIARY_WORDS, DETERMINERS, Parsed, Token
from .opposition import passive
from .paraphrase import around, every_form, plain, plain_forms, verb_forms

POSSESSIVES = frozenset("my your his her its our their".split())
PARAPHRASES = (TABLE.with_name("wordnet_paraphrases.txt"),)
# the kin tables, read with their own guard too (`noun_kin.kin_anchored`): one name or none
# left "a serious barrier" stated by "one serious obstacle" in a sentence on another event
KIN = PARAPHRASES + tuple(TABLE.with_name(f"wordnet_{name}.txt")
                          for name in ("noun_kin", "modifier_kin"))


def open_to_rewording(found: Comparison) -> bool:
    """The guard on the pair's comparison: no conflict, and no typed fact of the claim left
    to another passage."""
    return not found.conflicts and not found.absent


def reworded_terms(claim: Parsed, sentence: Parsed, anchored: bool) -> frozenset[str]:
    """The claim's plain words (one term each, not in the sentence) that a word of the
    sentence states through a table above (the kin tables only where `anchored`), in the
    claim word's slot."""
    every = every_form(sentence)
    wanted = [(i, a, kin) for i, a, kin in rewordable(tuple(claim.tokens), anchored)
              if a.terms[0] not in sentence.terms and not every.isdisjoint(kin)]
    if not wanted:
        return frozenset()  # nearly every pair
    others = [(j, forms) for j, b, forms in plain_forms(sentence)
              if b.word.islower() and b.word not in AUXILIARY_WORDS
              and claim.terms.isdisjoint(b.terms)]
    return frozenset(a.terms[0] for i, a, kin in wanted
                     if any(not forms.isdisjoint(kin) and in_slot(claim, i, sentence, j)
                            for j, forms in others))


def in_slot(claim: Parsed, i: int, sentence: Parsed, j: int) -> bool:
    """Claim token `i` and sentence token `j` share a content word on each side within
    REACH (`paraphrase.around`; the sides traded where one of the two is passive with its
    agent, as `paraphrase.in_place` trades them): one side alone let "as well as ... jobs"
    state "a good job", and "blocked UN investigators" state "bars Human Rights Watch
    researchers"."""
    mine, theirs = around(claim, i), around(sentence, j)
    if passive(claim, i) != passive(sentence, j):
        mine = mine[1], mine[0]
    return bool(mine[0] & theirs[0] and mine[1] & theirs[1])


@lru_cache(maxsize=1024)
def rewordable(tokens: tuple[Token, ...], anchored: bool
               ) -> tuple[tuple[int, Token, frozenset[str]], ...]:
    """The claim's plain lower-case words with kin in the tables (remembered: a claim is
    aligned with every sentence of its passages); a capitalised word is a name's."""
    return tuple((i, a, kin) for i, a in enumerate(tokens)
                 if plain(a) and len(a.terms) == 1 and a.word.islower()
                 and not communicates(a.word) and not thinks(a.word)
                 and (kin := kin_of(a.word.lower(), nominal(tokens, i),
                                    KIN if anchored else PARAPHRASES)))


def nominal(tokens: tuple[Token, ...], i: int) -> bool:
    """A word after a determiner or a possessive is a noun ("their funding"): its verb's
    paraphrases ("fund": provide) do not state it."""
    before = tokens[i - 1].word.lower() if i else ""
    return before in DETERMINERS or before in POSSESSIVES or before.endswith("'s")


@lru_cache(maxsize=8192)
def kin_of(word: str, noun: bool = False, tables: tuple = KIN) -> frozenset[str]:
    """The tables' kin of the word and of its base forms ("granted" -> grant: allow, ...);
    of a noun, its singular only."""
    forms = {word, *(noun_forms(word) if noun else verb_forms(word))}
    return frozenset(w for form in forms for table in tables
                     for words in [entry(form, table)] if words
                     for w in words.split("|") if "_" not in w)


def noun_forms(word: str) -> tuple[str, ...]:
    """The singulars a plural noun ending gives ("inquiries" -> inquiry)."""
    return tuple(word[:-len(end)] + base for end, base in NOUN_ENDINGS
                 if word.endswith(end) and len(word) > len(end) + 2)
