"""A claim's noun stated, for support, by a kindred noun in its place ("the UN envoy met Goita
in Bamako" / "the UN representative met Goita in Bamako"; "3,000 staff" / "3,000 personnel").

The first-sense tables relate these words only where WordNet files them in the first sense of
both; "envoy" is a kind of "representative" in its second sense, "staff" of "personnel" in
the first of one word only. The table `qa/search/data/wordnet_noun_kin.txt`
(`tools/wordnet_noun_kin.py`, WordNet 3.0) links two nouns sharing a synset, or one a direct
kind of the other, in any sense that is frequent enough for both words (tagged uses).

Any sense of a noun lets a loose synonym state a claim on another thing, as a synonym anywhere
lent CLIMATE-FEVER's claims support (bench/README, rounds 3, 25 and 26); so the kin counts only
(1) in the claim word's own place (`beside_alike`: a content word next to it is next to the
sentence's word, on either side, as a noun's modifier may become its complement), and (2) where
the sentence states two names, figures or dates of the claim (ANCHORS), contradicts none and
its passage states the others: those facts select the sense the two words share (the event
the sentence tells is the claim's, its participants said in other words).
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import NOUN_ENDINGS, TABLE, entry
from .compare import Comparison
from .facts import Parsed, Token
from .paraphrase import around, every_form, plain, plain_forms

NOUN_KIN = TABLE.with_name("wordnet_noun_kin.txt")
# typed facts of the claim the sentence must state: one (a nationality, a year) is shared by
# many sentences of a corpus on other things ("a Norwegian field hospital ... should remove one
# serious obstacle" / "A Norwegian field hospital ... a serious barrier", too little of the
# rest stated); two together place the sentence in the claim's event
ANCHORS = 2


def noun_kin_terms(claim: Parsed, sentence: Parsed, found: Comparison) -> frozenset[str]:
    """The claim's nouns the sentence states by a kindred noun in the same place, when it
    states ANCHORS typed facts of the claim, differs on none, and its passage states the
    rest."""
    return terms_by_kin(claim, sentence, found, kindred)


def kin_anchored(found: Comparison) -> bool:
    """The gate of `terms_by_kin`, the pair's comparison alone: the sentence states ANCHORS
    typed facts of the claim and differs on none, the passage stating the others. Most pairs
    fail it, and `check.align` asks it before calling the three kin readings (nouns, modifiers,
    the main verb), each of which returns nothing without it: the claim's readings those
    make first (its kin in WordNet, its main verb) are then never asked of it at all."""
    return len(found.stated) >= ANCHORS and not found.absent and not found.conflicts


def terms_by_kin(claim: Parsed, sentence: Parsed, found: Comparison, kin_words) -> frozenset[str]:
    """The claim's words that `kin_words` (the claim's tokens -> (index, token, kin)) lists
    and the sentence states by one of their kin in the same place, under the gate above: the
    one reading of nouns here and of modifiers (`qa.claims.modifier_kin`)."""
    if not kin_anchored(found):
        return frozenset()
    wanted = [(i, a, kin) for i, a, kin in kin_words(tuple(claim.tokens))
              if a.terms[0] not in sentence.terms]
    every = every_form(sentence)
    if all(every.isdisjoint(kin) for _, _, kin in wanted):
        return frozenset()  # most pairs
    # a capitalised word of the sentence is part of a name or a title ("Under-Secretary-General
    # ... Ladsous"), which the claim's names already match: no paraphrase of a common noun
    others = [(j, forms) for j, b, forms in plain_forms(sentence)
              if b.word.islower() and claim.terms.isdisjoint(b.terms)]
    return frozenset(a.terms[0] for i, a, kin in wanted
                     if any(not forms.isdisjoint(kin) and beside_alike(claim, i, sentence, j)
                            for j, forms in others))


@lru_cache(maxsize=1024)
def kindred(tokens: tuple[Token, ...]) -> tuple[tuple[int, Token, frozenset[str]], ...]:
    """The claim's plain lower-case words with kindred nouns, with them (remembered: a claim is
    aligned with every sentence of its passages). A capitalised word is a name's, or the first
    of the claim: its kin would be read for a name."""
    return tuple((i, a, kin) for i, a in enumerate(tokens)
                 if plain(a) and len(a.terms) == 1 and a.word.islower()
                 and (kin := kin_of(a.word)))



@lru_cache(maxsize=8192)
def kin_of(word: str) -> frozenset[str]:
    """The table's kin of the word or of its singular ("envoys" -> envoy)."""
    forms = [word] + [word[:-len(end)] + base for end, base in NOUN_ENDINGS
                      if word.endswith(end) and len(word) > len(end) + 2]
    found = (entry(form, NOUN_KIN) for form in forms)
    return frozenset(w for words in found if words for w in words.split("|"))


def beside_alike(claim: Parsed, i: int, sentence: Parsed, j: int) -> bool:
    """A content word within REACH of claim token `i` in its clause is one within REACH of
    sentence token `j` in its clause, on either side (`paraphrase.around`): a noun's
    modifier before it is as often its complement after it ("MINUSMA's closeness" / "the
    proximity of MINUSMA", "the bloc's envoy" / "the envoy of the bloc")."""
    mine, theirs = around(claim, i), around(sentence, j)
    return not (mine[0] | mine[1]).isdisjoint(theirs[0] | theirs[1])
