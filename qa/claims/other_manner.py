"""A manner of the claim's deed that the sentence tells otherwise: "adopted the resolution only
by a narrow majority" / "unanimously adopting the resolution", "won the ballot narrowly" / "won
the ballot by a landslide", "passed the levy by a slim margin" / "passed the levy without
objection".

How a deed was done is told by an adverb of manner beside its verb ("narrowly won", "won
narrowly") or by a phrase after the verb or its object opened by "by" (a bare noun naming
no actor, `manner_by`, an article allowed: "by a landslide"), "with" or "without". A claim's
manner the sentence leaves unsaid is an unstated detail, weighed as any word (or asked by
`vetoes.unstated_manner` and `accompanied`); but a sentence that tells a manner of its own
of the same verb, and states no word of the claim's, tells how the deed was done, and it was
not as the claim says: no support. Only where no word of either manner is stated by the other
text (a synonym or another form counts: "unanimously" / "by unanimous vote"). Whether the two
manners are opposites is left to the antonyms and typed conflicts that already read them
(`opposition`): here a manner told otherwise keeps support away, never contradicts.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun, verb_base
from ..text.analyze import load_stopwords
from .actors import said
from .adverb_words import manner_adverb
from .clause_ends import clause_end
from .facts import Parsed, Token
from .figure_roles import JOINERS
from .main_verb import main_verb
from .past_forms import past_verb_form_or_own_word
from .vocabulary import Vocabulary

OPENERS = frozenset(("by", "with", "without"))
ARTICLES = frozenset(("a", "an", "any"))  # "by a landslide", "without any objection"
OBJECT_REACH = 6  # words between the verb and its manner phrase: "adopted Resolution 48 by"
PHRASE = 3  # content words of a manner phrase read: "by a very slim margin"


def manner_told_otherwise(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                          stated: frozenset[str]) -> bool:
    """The claim tells a manner of its main verb that the sentence does not state, and the
    sentence tells a manner of its own of that verb that the claim does not state."""
    verb = main_verb(claim) or verb_after_adverb(claim)
    if verb is None:
        return False
    mine = manner_words(claim, claim.tokens.index(verb))
    if not mine or any(said(t, sentence, vocab, stated) for t in mine):
        return False
    tokens, same = sentence.tokens, verb_key(verb)
    for at, token in enumerate(tokens):
        if verb_key(token) != same:
            continue
        theirs = manner_words(sentence, at)
        if theirs and not any(t.terms and set(t.terms) & claim.terms for t in theirs):
            return True
    return False


def verb_after_adverb(claim: Parsed) -> Token | None:
    """The claim's past verb right after an adverb of manner ("the mayor reluctantly agreed"),
    which `main_verb` does not read past the adverb."""
    tokens = claim.tokens
    return next((tokens[i + 1] for i in range(len(tokens) - 1)
                 if manner_token(tokens[i]) and not tokens[i + 1].brk
                 and past_form(tokens[i + 1].word)), None)


def past_form(word: str) -> bool:
    """A token's word that is a past form of a verb: regular ("agreed") or one WordNet lists
    ("won"), a word of its own too (`past_verb_form_or_own_word`)."""
    word = word.lower()
    return word.isalpha() and past_verb_form_or_own_word(word)


def verb_key(token: Token) -> tuple[str, ...]:
    """What tells one verb's forms from another's: its stems, or for a word the stopword list
    drops ("won", "made"), the verb it is a form of."""
    if token.terms:
        return token.terms
    word = token.word.lower()
    return (verb_base(word) or word,)


def manner_words(text: Parsed, verb: int) -> list[Token]:
    """The content words of the manners the text tells of its `verb`-th word: an adverb of
    manner ("-ly", a WordNet adverb) right before or right after it, or after its object in
    the same clause; and a "by" / "with" / "without" phrase after the verb or its
    object in the same clause."""
    tokens, found = text.tokens, []
    if verb > 0 and not tokens[verb].brk and manner_token(tokens[verb - 1]):
        found.append(tokens[verb - 1])
    # the verb's clause: up to a break or a word that opens another clause ("adopted it
    # after the mayor spoke forcefully": the adverb is the other verb's)
    end = clause_end(tokens, verb, JOINERS, limit=verb + OBJECT_REACH + 2)
    for i in range(verb + 1, end):
        token = tokens[i]
        # after the object, an adverb that follows a content word or a figure ("won the
        # ballot narrowly", "adopted Resolution 48 unanimously last winter"), not one inside
        # the object's phrase ("adopted a highly ambitious plan")
        if manner_token(token) and (i == verb + 1 or bool(tokens[i - 1].terms)):
            found.append(token)
        elif token.word.lower() in OPENERS and not inside(text, token):
            found += manner_phrase(text, i, end)
    return found


def manner_token(token: Token) -> bool:
    """An adverb of manner WordNet knows ("narrowly", "unanimously"; not "supply",
    "assembly") that is a word of content: not "accordingly", which links two deeds."""
    return manner_adverb(token.word, known=True) and bool(token.terms)


def manner_phrase(text: Parsed, at: int, end: int) -> list[Token]:
    """The content words of the phrase opened at `at` when it says how, not who or when: no
    name, figure or date in it, no noun of a person or a group ("by the council", "with three
    partners"), no other determiner than an article."""
    tokens, stop, words = text.tokens, load_stopwords(), []
    for i in range(at + 1, min(end, at + 2 + PHRASE)):
        token = tokens[i]
        word = token.word.lower()
        if i == at + 1 and word in ARTICLES:
            continue
        if word in stop or not token.terms:
            break
        if inside(text, token) or not (word.isalpha() and token.word.islower()) \
                or actor_noun(word) is not None:
            return []
        words.append(token)
    return words


def inside(text: Parsed, token: Token) -> bool:
    """The token stands in one of the text's names, figures or dates."""
    return any(m.start <= token.start < m.end for m in text.mentions)
