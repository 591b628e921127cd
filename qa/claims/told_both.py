"""A claim that tells both sides of a reversal itself: "Mali freed the 46 detained soldiers",
"lifted the ban it had imposed". Its main verb ("freed") undoes a state its own object phrase
gives by the verb's opposite ("detained"): the claim's point is the change. A sentence that
tells only that earlier state ("Mali has riled Côte d'Ivoire by detaining 46 soldiers") states
part of the claim, not its reverse: what it leaves out is the freeing, which it neither states
nor denies. So a reversal of such a verb (an antonym, a word of the other polarity in its
place, `check.align`) keeps support away but contradicts nothing; and a sentence that does
not state the verb (its forms and synonyms counted) tells only the state it ended, and
supports nothing (`change_unstated`).

The opposite is a WordNet antonym ("freed" / "detained") or the other side of a row of
exclusive predicates ("lifted" / "imposed"), and it must stand in the verb's object phrase:
an opposite in another clause is another event ("hit Mali with sanctions after it missed the
timetable", "had killed 46 and wounded over 100", "ten years after it arrived, asked it to
leave")."""
from __future__ import annotations

from .compare import antonym_terms
from .facts import Parsed, Token, remembered
from .main_verb import main_verb
from .opposition import finite
from .vocabulary import Vocabulary

# words that end the verb's object phrase: another clause or another conjunct starts there
PHRASE_ENDS = frozenset("and or but after before when while because since as until "
                        "although though if so".split())


def changed_verb(claim: Parsed, vocab: Vocabulary) -> Token | None:
    """The claim's main verb if its object phrase gives the verb's opposite, else None: the
    claim's alone, remembered on its parse."""
    return remembered(claim, ("changed verb", vocab), _changed_verb, claim, vocab)


def _changed_verb(claim: Parsed, vocab: Vocabulary) -> Token | None:
    verb = main_verb(claim)
    if verb is None or not verb.terms:
        return None
    mine = set(verb.terms)
    opposite = antonym_terms(verb.word.lower(), vocab) | {
        t for a, b in vocab.exclusive for t in (b if mine <= a else a if mine <= b else ())}
    opposite -= mine
    if not opposite:
        return None
    for token in claim.tokens[claim.tokens.index(verb) + 1:]:
        if token.brk or token.word.lower() in PHRASE_ENDS:
            return None
        if opposite & set(token.terms) and finite(claim, claim.tokens.index(token)):
            return verb  # a verb's past form ("detained", "had imposed"), not "lower" of
            # "acute lower respiratory infection"
    return None


def reversed_within(claim: Parsed, token: Token, vocab: Vocabulary) -> bool:
    """The token is the claim's `changed_verb`."""
    return changed_verb(claim, vocab) is token


def change_unstated(claim: Parsed, vocab: Vocabulary, stated: set[str] | frozenset[str]) -> bool:
    """The claim's `changed_verb` is not among the claim terms the sentence states
    (`stated`)."""
    verb = changed_verb(claim, vocab)
    return verb is not None and not set(verb.terms) & stated
