"""A figure or date told of the opposite event: "ECOWAS lifts sanctions on Mali in July 2022"
against "ECOWAS's imposition of sanctions against Mali in January 2022".

Opposite events of one thing (imposing and lifting, detaining and freeing, opening and
closing) follow each other, each on its own date and with its own figures. A sentence that
never states the claim's verb but states its opposite, as a verb or a noun of it ("the
imposition of"), dates and counts that other event: its date or figure neither states nor
contradicts the claim's. The opposite is the other side of a row of exclusive predicates
(`exclusive_predicates.tsv`: "lift" / "impose", "deploy" / "withdraw"), with its words'
derivationally related forms (WordNet's, as `forms.derived_terms` reads them). The verb is
the claim's main verb, finite ("was imposed", not "lasting" in its subject)."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import can_be_verb, inflections
from ..text.lexicon import exclusive_predicates
from .facts import Parsed
from .forms import derived_stems
from .main_verb import main_verb
from .opposition import finite
from .vocabulary import Vocabulary


def opposite_told(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                  stated: set[str] | frozenset[str]) -> bool:
    """The claim's main verb, which the sentence does not state (`stated`: the claim terms it
    states, forms and synonyms counted), has an opposite the sentence does state."""
    verb = main_verb(claim)
    if verb is None or not verb.terms or set(verb.terms) & (stated | sentence.terms) \
            or not told(claim, claim.tokens.index(verb)):
        return False
    # (not an opposite the claim states itself: "A decade after it arrived, the team left"
    # tells both events, and the sentence's "left" is the claim's own)
    return not (opposite_stems(verb.word.lower(), vocab.analyzer) - claim.terms) \
        .isdisjoint(sentence.terms)


def told(claim: Parsed, n: int) -> bool:
    """The n-th word is a verb telling the claim's event: past or after an auxiliary
    (`opposition.finite`), or a present in "-s" ("ECOWAS lifts sanctions", a headline's)."""
    word = claim.tokens[n].word.lower()
    return finite(claim, n) or word.endswith("s") and can_be_verb(word[:-1])


@lru_cache(maxsize=1024)
def opposite_stems(word: str, analyzer) -> frozenset[str]:
    """The stems of the opposites of a verb as written, with their derived forms."""
    words = set()
    forms = set(inflections(word)) | {word}
    for one, other in exclusive_predicates():
        mine, theirs = one.split(), other.split()
        if forms & set(mine):
            words.update(theirs)
        elif forms & set(theirs):
            words.update(mine)
    words = {w for w in words if " " not in w}
    return frozenset(t for w in words for t in analyzer.terms(w)) \
        | frozenset(t for w in words for t in derived_stems(w, analyzer))
