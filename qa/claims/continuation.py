"""A state that goes on against its end: "Mali has remained a member of the force" / "Mali has
withdrawn from it", "the contingent continued its patrols" / "the contingent stopped its
patrols".

WordNet gives no antonym pointer between "remain" and "withdraw"; it joins them through
"continue", whose antonym is "discontinue" ("stop", "cease", "quit"), of which "withdraw
(from active participation)" and "retire" are kinds (`tools/wordnet_continuation.py`). Two
such verbs about the same thing (a content word beside both is the same, the way
`compare.change_against_none` places a change against its absence), neither denied, cannot
both hold: the claim's state went on, the sentence's ended.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import CONTINUATION, base_forms, entry, synonyms, verb_base
from ..types import Conflict, ConflictKind
from .facts import DETERMINERS, Parsed, Token, around, negated_word

REACH = 2  # content words on each side that place the verb ("Mali has remained", "levels have")
# words after which a form is a noun, not a verb: "the remains", "a stop", "its withdrawal"


@lru_cache(maxsize=4096)
def continues(word: str) -> int:
    """+1 for a verb that continues a state ("remained", "kept", "continues"), -1 for one
    that ends it ("withdrew", "stopped", "quit"), 0 for any other word."""
    for form in base_forms(word.lower()):  # the table lists irregular forms ("withdrew")
        found = entry(form, CONTINUATION)
        if found:
            return int(found)
    return 0


def ended_against_continued(claim: Parsed, sentence: Parsed) -> list[Conflict]:
    """The claim's verb of a state going on where the sentence has one of its end, or the other
    way round, about the same thing; the sentence states no verb of the claim's sign."""
    mine = verbs(claim)
    theirs = verbs(sentence)
    if not mine or not theirs:
        return []
    for a, sign in mine:
        if any(s == sign for _, s in theirs) or said_by_synonym(a, sentence):
            continue  # the claim's own state told ("keep" / "would maintain a part ...,
            # although its decision to withdraw"): the end is another thing's
        for b, other in theirs:
            # the sentence's verb of the other sign that the claim states too ("made its
            # withdrawal official; some commitment kept" / "to withdraw ..., although ...
            # maintain"): the claim's own other event, not its state ended
            if other == -sign and not set(b.terms) & set(claim.terms) \
                    and same_place(claim, a, sentence, b):
                return [Conflict(a.word, b.word, ConflictKind.RELATION, (b.start, b.end))]
    return []


def said_by_synonym(verb: Token, sentence: Parsed) -> bool:
    """The sentence has a first-sense WordNet synonym of the verb ("kept" / "maintained"), a
    word the continuation table may not sign."""
    word = verb.word.lower()  # "kept": the synonyms of "keep" ("maintain")
    kin = set(synonyms(word)).union(*(synonyms(base) for base in
                                      {*base_forms(word), verb_base(word)} if base))
    return bool(kin) and any(kin.intersection(base_forms(t.word.lower())) or
                             verb_base(t.word.lower()) in kin
                             for t in sentence.tokens if t.word.isalpha())


def verbs(text: Parsed) -> list[tuple[Token, int]]:
    """The text's verbs that continue or end a state, with their sign, leaving out a word
    negated in the text ("did not withdraw") and one after a determiner (a noun). Remembered
    on the parse: a claim is met with sentence after sentence."""
    if text.continuing is not None:
        return text.continuing
    found = []
    for i, token in enumerate(text.tokens):
        if not token.word.isalpha() or not token.terms:
            continue
        sign = continues(token.word)
        if not sign or negated_word(text, token):
            continue
        if i and text.tokens[i - 1].word.lower() in DETERMINERS:
            continue
        found.append((token, sign))
    text.continuing = found
    return found


def same_place(claim: Parsed, a: Token, sentence: Parsed, b: Token) -> bool:
    """A content word among the REACH before both verbs, or among the REACH after both, is the
    same: "Mali has remained" / "Mali has withdrawn"."""
    mine, theirs = sides(claim, a), sides(sentence, b)
    return bool(mine[0] & theirs[0] or mine[1] & theirs[1])


def sides(text: Parsed, token: Token) -> tuple[set[str], set[str]]:
    # a month is a word here ("remained in June" / "withdrew in June" place the verbs alike)
    before, after = around(text, token.start, token.end, REACH,
                          lambda t: bool(t.terms) and not t.word[0].isdigit())
    return ({term for t in before for term in t.terms},
            {term for t in after for term in t.terms})
