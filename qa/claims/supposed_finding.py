"""A finding the sentence only supposes: "the survey team established that silt narrowed the
channel" is not stated by "the survey team suggested that silt narrowed the channel".

Support weighs words by rarity, so a sentence stating the claim's subject and the whole of its
clause reaches SUPPORT without the claim's verb. Another verb in that verb's place is no test
by itself (writers reword verbs freely, and most swapped verbs have no WordNet relation at all
to the claim's, as true rewordings often have none: bench/README, unrelated87). One kind of
pair is told apart by WordNet, though no synonym, hypernym or derivation joins its two sides:
a verb of coming to know or showing true ("established", "proved", "found", "confirmed") and
one of holding true without that ("suggested", "argued", "claimed", "believed", "speculated":
`wordnet.epistemic`, `tools/wordnet_epistemic.py`). The first says the clause is so, the
second only that someone holds it so; a claim of the first kind says more than a sentence of
the second. The other way round the claim says less ("the survey suggested that" / "the
survey showed that"), and the sentence states it.

The place is read as `verb_in_place` reads it, between the sentence's forms of the claim's
stated words nearest the verb on each side: the one who holds the view and the clause held.
Neither verb may be negated ("did not establish" / "suggested": another reading). The pair
only withholds support: that a view was held is no evidence that it is false.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, epistemic
from .actors import said
from .compare import negated
from .facts import DETERMINERS, Parsed, Token, inside_name, remembered
from .polarity import stated_places
from .verb_in_place import verb_in_place
from .vocabulary import Vocabulary

KNOWS, SUPPOSES = 1, -1  # the signs of `wordnet.epistemic`


def supposed_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's verb of knowing that the sentence does not state, and the sentence's verb
    of supposing in its place; None if there is none."""
    knowing = epistemic_verbs(claim, KNOWS)
    if not knowing:  # the cheap test first: most claims report no finding
        return None
    supposing = [k for k in epistemic_verbs(sentence, SUPPOSES)
                 if not negated(sentence, sentence.tokens[k])]
    if not supposing:
        return None
    stated_at = None
    for i in knowing:
        mine = claim.tokens[i]
        if negated(claim, mine) or said(mine, sentence, vocab, stated):
            continue
        if stated_at is None:
            stated_at = stated_places(claim, sentence, vocab)
        k = verb_in_place(claim, i, sentence, vocab, stated_at, supposing)
        if k is not None:
            return mine, sentence.tokens[k]
    return None


def epistemic_verbs(text: Parsed, sign: int) -> list[int]:
    """The positions of the text's verbs of knowing (`sign` +1) or of supposing (-1);
    remembered on the parse, since a claim is asked against each sentence that supports it."""
    return remembered(text, ("epistemic verbs", sign), find_epistemic_verbs, text, sign)


def find_epistemic_verbs(text: Parsed, sign: int) -> list[int]:
    """A word of the sign written in lower case as a verb: no noun after a determiner ("the
    proof", "a guess") and no word of a name."""
    found = []
    for n, token in enumerate(text.tokens):
        word = token.lower
        if token.word.isalpha() and token.word == word and epistemic(word) == sign \
                and can_be_verb(word) and not (n and text.tokens[n - 1].lower in DETERMINERS) \
                and not inside_name(text, token):
            found.append(n)
    return found
