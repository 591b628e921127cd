"""An opposite of the claim's predicate said of the claim's things, where the claim says it.

`supported` needs every fact of the claim, its predicate among them. Coverage reads support
by weight, so a sentence about the same things that says the opposite of them states all
but one word of the claim and passes the bar. `opposite_in_place` reads such opposites
between the claim's stated words nearest the word on BOTH sides, or where both words end
their clauses; a claim that puts a phrase of its clause elsewhere ("Since 2031 the mooring
fees at Brask have been falling." / "The mooring fees at Brask have been climbing since
2031.": the claim's word ends its clause, the sentence's does not) is never placed there.

Here the place is the one `paraphrase.in_place` reads for a reworded word: a content word
within `paraphrase.REACH` of it in its clause, on the same side, in the same voice (a
passive's agent and an active's subject trade sides, and "A was preceded by B" / "B
followed A" is one fact told both ways round), its sides not traded (`crossed`: "A grew
slower than B" / "B grew faster than A" is a converse). The claim's word is a predicate head: a main
verb (`verb_kin.main_verbs`), an adjective a linking verb gives its subject, or a comparative
before "than"; the sentence's word is one of the same kind, affirmed, and an opposite of it
by WordNet's tables (direct, indirect or of events: `opposite_in_place.one_link_opposites`),
or a verb of change the other way (`wordnet.direction`: "dwindling" / "expanding"), as
`opposite_in_place` reads them.

Why not any other word in that place: a sentence word of the claim predicate's kind, in its
place, that no WordNet relation links to it (not a synonym, paraphrase, derivation or
hypernym) was measured over the read sets' 2,666 supported claims (round 66, branch
predicate70): it withheld 450 right supports for 34 wrong ones; read on both sides, 222 for
17; with the two words in no common WordNet lexicographer file, 36 for 10; adjectives and
comparatives alone, 17 for 0. Writers reword predicates with words WordNet does not link (a
light verb and its noun for a verb, an idiom, an adjective of another cluster); only an
opposite tells another fact from a rewording.
"""
from __future__ import annotations

from ..search.wordnet import antonyms, can_be_verb, direction, verb_base
from ..text.analyze import load_stopwords
from .actors import said
from .compare import negated
from .facts import Parsed, Token, inside_name, remembered
from .linked_predicate import linked
from .opposite_in_place import changes_against, forms, graded_after, one_link_opposites
from .paraphrase import around, in_place
from .verb_in_place import passive_voice
from .verb_kin import kin_stated, main_verbs
from .vocabulary import Vocabulary

THAN = "than"


def opposite_predicate(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's unstated predicate head and the sentence's affirmed opposite of it, of the
    same kind, in its place; None if there is none."""
    heads = predicate_heads(claim)
    if not heads:
        return None
    theirs = None
    for n, kind, opposites, way in heads:
        mine = claim.tokens[n]
        if negated(claim, mine) or said(mine, sentence, vocab, stated) \
                or kin_stated(claim, n, sentence):
            continue
        if theirs is None:
            theirs = predicate_words(sentence)
        for j, their_kind in theirs:
            other = sentence.tokens[j]
            opposed = not forms(other.word).isdisjoint(opposites) \
                or changes_against(way, other)
            if their_kind != kind or not opposed or negated(sentence, other) \
                    or passive_voice(claim, n) != passive_voice(sentence, j) \
                    or not in_place(claim, n, sentence, j) or crossed(claim, n, sentence, j):
                continue
            return mine, other
    return None


def crossed(claim: Parsed, n: int, sentence: Parsed, j: int) -> bool:
    """A word before the claim's word is after the sentence's, or one after it before: the
    two tell one relation with its sides traded ("A grew slower than B" / "B grew faster
    than A", "A preceded B" / "B followed A"), a converse, not an opposite."""
    mine, theirs = around(claim, n), around(sentence, j)
    return bool(mine[0] & theirs[1] or mine[1] & theirs[0])


def predicate_heads(claim: Parsed) -> list[tuple[int, str, frozenset[str], int]]:
    """The claim's predicate heads that have opposites or are verbs of change (`find_heads`),
    each with its kind, its opposites and its way of change (`wordnet.direction`: 0 where
    a comparative after it grades the change, "grew weaker"); remembered on the parse."""
    return remembered(claim, ("opposable predicate heads",), find_opposable, claim)


def find_opposable(claim: Parsed) -> list[tuple[int, str, frozenset[str], int]]:
    found = []
    for n, kind in find_heads(claim):
        word = claim.tokens[n].word
        opposites = one_link_opposites(word) | frozenset(antonyms(word))
        way = 0 if graded_after(claim, n) else direction(word)
        if opposites or way:
            found.append((n, kind, opposites, way))
    return found


def predicate_words(sentence: Parsed) -> list[tuple[int, str]]:
    """The sentence's words of the same kinds (`find_heads`), remembered on its parse."""
    return remembered(sentence, ("predicate heads",), find_heads, sentence)


def find_heads(text: Parsed) -> list[tuple[int, str]]:
    """The text's main verbs, adjectives after a linking verb and comparatives before "than",
    outside names, each with its kind."""
    found = [(n, "verb") for n in main_verbs(text)]
    stop = load_stopwords()
    for n, token in enumerate(text.tokens):
        word = token.word.lower()
        if n == 0 or not token.terms or not word.isalpha() or not token.word.islower() \
                or word in stop or inside_name(text, token):
            continue
        if comparative(text, n):
            found.append((n, "comparative"))

        elif linked(text, n) and not verb_shaped(word):
            found.append((n, "adjective"))
    return found


def comparative(text: Parsed, n: int) -> bool:
    """The word stands right before "than" in its clause ("were busier than", "lower than")."""
    tokens = text.tokens
    return n + 1 < len(tokens) and not tokens[n].brk and tokens[n + 1].word.lower() == THAN


def verb_shaped(word: str) -> bool:
    """A past or "-ing" form of a verb: after a linking verb it is the verb of a passive or a
    progressive, which `main_verbs` reads as a verb, not an adjective."""
    if not can_be_verb(word):
        return False
    base = verb_base(word)
    return word.endswith(("ed", "ing")) or base is not None and base != word
