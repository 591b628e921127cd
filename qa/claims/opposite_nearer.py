"""A sentence that writes a claim word and its antonym, each about another thing: "Rents in
the harbour district have fallen since 2004" by "... a rise in wages since 1990, and a rise in
rents in the harbour district since 2004" is no support of "fell"; "... a rise in wages, and
falls in rents ..." no contradiction of it.

`opposition.opposed` withholds support from a sentence that reverses a claim word only where
the sentence does not write the claim word itself: a sentence that says both ("prices rose
while wages fell") tells no direction by their presence alone. So a sentence that tells one
change of the claim's thing and the opposite change of another thing ("an increase of X in
temperatures, decreases in rainfall"; "led to the widening of the channels, but since then
channel narrowing") reached support with the claim's word counted as stated by the clause
about the other thing, and the same sentence contradicted the true claim by the antonym said
of the other thing. Which of the two words is the claim's is read from the words around them:
the claim word's neighbours in the claim (up to NEAR words with terms on each side, inside
its clause) against each occurrence's in the sentence. Where one word's neighbours share more
of the claim's weight than the other's, and at least PLACE_SHARE of it, that word is the one
said of the claim's thing (unless a figure the claim does not give stands beside it: another
event): the antonym there withholds support (`opposite_nearer`), the claim's
own word there drops a conflict read from the antonym (`opposite_of_another`). Nearness, not
grammar: it neither makes a contradiction nor a support.

A claim that itself writes a word and one of its antonyms, each of its own thing ("mild
springs and cold winters"), gives the scale's both poles: the sentence's antonym of the one
word may be the claim's other pole said where the claim says it ("mild to hot springs and
cold winters"), so nearness tells nothing there and the word is not read. Nor is an antonym
that closes a range the claim's own word opens ("cool to cold springs" for "cool springs":
`range_end`).
"""
from __future__ import annotations

from ..search.wordnet import inflections
from ..types import Conflict, ConflictKind
from .compare import antonym_terms, negated
from .facts import Parsed, Token
from .vocabulary import Vocabulary

NEAR = 4  # words with terms read on each side of a word, inside its clause
PLACE_SHARE = 0.5  # share of the claim word's neighbours' weight the nearer word must share


def opposite_nearer(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    weights: dict[str, float]) -> tuple[Token, Token] | None:
    """The claim's word and the sentence's antonym of it that stands about the claim's thing,
    where the sentence writes the claim's word too, only about something else; None
    otherwise (module docstring)."""
    for i, token in enumerate(claim.tokens):
        if not token.terms or not token.word.isalpha() or negated(claim, token):
            continue
        reverse = antonym_terms(token.lower, vocab)
        if not reverse.isdisjoint(claim.terms):
            continue  # the claim gives both poles ("mild springs and cold winters")
        if reverse.isdisjoint(sentence.terms):
            continue
        own = own_places(token, sentence, vocab, reverse)
        if not own:
            continue  # the claim word unwritten: `opposition.opposed` reads that sentence
        total, share = shares(claim, i, sentence, weights)
        if not total:
            continue
        same = max(share(k) for k in own)
        for k, theirs in enumerate(sentence.tokens):
            if set(theirs.terms) & reverse and not negated(sentence, theirs) \
                    and not other_figure(claim, sentence, k) \
                    and not range_end(claim, sentence, k):
                placed = share(k)
                if placed > same and placed >= PLACE_SHARE * total:
                    return token, theirs
    return None


def opposite_of_another(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                        weights: dict[str, float], conflicts) -> bool:
    """Every conflict is a word reversed (a relation), and for each the sentence writes the
    claim's own word where the claim's thing is, nearer it than the reversing word: the
    reversal is said of another thing (module docstring)."""
    if not conflicts or any(c.kind != ConflictKind.RELATION for c in conflicts):
        return False
    return all(claim_word_nearer(claim, sentence, vocab, weights, c) for c in conflicts)


def claim_word_nearer(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      weights: dict[str, float], conflict: Conflict) -> bool:
    """The sentence writes the conflict's claim word nearer the claim's thing than the
    conflict's reversing word; a claim that writes the word twice tells no one place."""
    places = [n for n, t in enumerate(claim.tokens) if t.word == conflict.claim]
    k = next((n for n, t in enumerate(sentence.tokens)
              if t.start == conflict.span[0] and t.word == conflict.source), None)
    if len(places) != 1 or k is None or not claim.tokens[places[0]].word.isalpha():
        return False
    i = places[0]
    if sum(1 for t in claim.tokens if set(t.terms) & set(claim.tokens[i].terms)) > 1 \
            or not claim.terms.isdisjoint(sentence.tokens[k].terms):
        return False  # the claim writes the reversing word too: a swap of order, no other thing
    token = claim.tokens[i]
    if negated(claim, token):
        return False
    own = [n for n in own_places(token, sentence, vocab, frozenset(sentence.tokens[k].terms))
           if not other_figure(claim, sentence, n)]
    if not own:
        return False
    total, share = shares(claim, i, sentence, weights)
    best = max(share(n) for n in own)
    return bool(total) and best > share(k) and best >= PLACE_SHARE * total \
        and not any(negated(sentence, sentence.tokens[n]) for n in own)


def range_end(claim: Parsed, sentence: Parsed, k: int) -> bool:
    """Sentence word k closes a range opened by a word the claim writes ("cool to cold
    springs" for the claim's "cool springs"): the range is the claim's word widened, not the
    claim's thing said the other way."""
    if k < 2 or sentence.tokens[k - 1].lower != "to":
        return False
    return not claim.terms.isdisjoint(sentence.tokens[k - 2].terms)


def other_figure(claim: Parsed, sentence: Parsed, k: int) -> bool:
    """A figure or year beside sentence word k that the claim, which gives figures, does not
    give: the word is said of another event ("In 2019 X closed the base, five years after it
    had opened it": the closing is not the claim's opening in 2014, whatever its neighbours)."""
    if not any(t.word[0].isdigit() for t in claim.tokens):
        return False
    return any(term not in claim.terms for term in neighbour_terms(sentence, k)
               if term[0].isdigit())


def own_places(token: Token, sentence: Parsed, vocab: Vocabulary, reverse) -> list[int]:
    """Where the sentence writes the claim's word: its terms or their synonyms' groups, or
    a form of the same word ("fallen" / "falls"), never a word holding an antonym term."""
    lemmas = set(inflections(token.lower))
    return [k for k, t in enumerate(sentence.tokens)
            if t.terms and not set(t.terms) & reverse
            and (any(vocab.matches(term, set(t.terms), vocab.expand(set(t.terms)))
                     for term in token.terms)
                 or t.word.isalpha() and not lemmas.isdisjoint(inflections(t.lower)))]


def shares(claim: Parsed, i: int, sentence: Parsed, weights: dict[str, float]):
    """The weight of claim word i's neighbours, and a reader of how much of it a sentence
    word's neighbours share."""
    mine = neighbour_terms(claim, i) - set(claim.tokens[i].terms)
    total = sum(weights.get(t, 0.0) for t in mine)
    return total, lambda k: sum(weights.get(t, 0.0)
                                for t in mine & neighbour_terms(sentence, k))


def neighbour_terms(text: Parsed, i: int) -> set[str]:
    """The terms of up to NEAR words with terms on each side of word i, inside its clause
    (a break before a word ends the side it opens)."""
    tokens = text.tokens
    terms: set[str] = set()
    found, k = 0, i - 1
    if not tokens[i].brk:
        while k >= 0 and found < NEAR:
            if tokens[k].terms:
                terms.update(tokens[k].terms)
                found += 1
            if tokens[k].brk:
                break
            k -= 1
    found, k = 0, i + 1
    while k < len(tokens) and found < NEAR and not tokens[k].brk:
        if tokens[k].terms:
            terms.update(tokens[k].terms)
            found += 1
        k += 1
    return terms
