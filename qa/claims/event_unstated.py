"""A claim whose event the sentence never states: neither the noun its subject is headed by
nor its main verb.

Coverage weighs words by rarity, so a sentence reaches support by the names, dates and
nouns of the claim's complements alone: "The termination of the 2015 agreement by the
council was protested by the guild, the mediator" was supported by "In 2015 the council
and the fishermen signed the agreement, with the guild as the mediator", which tells of
another deed of those parties. A verb unsaid keeps no support away by itself (writers
paraphrase verbs; bench/README, rounds 33 and 45), nor does a subject noun unsaid
(`subject_head` leaves a subject with a name or a date to other checks); both unsaid at once,
the sentence states what the claim's event is done to or by, and no word of the event.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun, can_be_verb, verb_base
from ..text.analyze import load_stopwords
from .actors import said
from .anaphora import subject_pronoun
from .compare import DETERMINERS
from .facts import Parsed, Token
from .main_verb import BE, HAVE, main_verb
from .subject_head import PRONOUNS, first_verb, mentioned, referring_subject
from .vocabulary import Vocabulary


def event_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                   stated: frozenset[str]) -> Token | None:
    """The claim's main verb when the sentence states neither it nor any word of the head of
    the claim's subject (`subject_head_words`); None otherwise, or where the sentence's own
    subject is a pronoun or refers back (it may stand for the claim's subject)."""
    verb = main_verb(claim) or adverbed_verb(claim)
    if verb is None or not verb.terms or said(verb, sentence, vocab, stated):
        return None
    head = subject_head_words(claim)
    if not head or any(said(t, sentence, vocab, stated) for t in head):
        return None
    if subject_pronoun(sentence) or referring_subject(sentence):
        return None
    return verb


def adverbed_verb(claim: Parsed) -> Token | None:
    """The participle after the claim's first verb, a form of "be" or "have", and an adverb
    in "-ly" ("was publicly protested", "has quietly dropped"), which `main_verb` reads as
    a predicate ("was warmer")."""
    verb = first_verb(claim)
    tokens = claim.tokens
    if verb is None or tokens[verb].word.lower() not in BE | HAVE:
        return None
    k = verb + 1
    while k < len(tokens) and tokens[k].word.lower().endswith("ly") and not tokens[k].brk:
        k += 1
    if k == verb + 1 or k >= len(tokens) or tokens[k].brk:
        return None
    word = tokens[k].word.lower()
    return tokens[k] if word.isalpha() and (word.endswith("ed") or verb_base(word)) \
        and can_be_verb(word) else None


def subject_head_words(claim: Parsed) -> list[Token]:
    """The words of the claim's subject before its first preposition ("termination" of
    "The termination of the 2015 agreement by the council"), stopwords left out; [] when the
    subject is or holds there a pronoun, a name, a figure or a date, or is headed by an actor
    noun ("the mission", often named by a name)."""
    tokens = claim.tokens
    verb = first_verb(claim)
    if verb is None:
        return []
    start = max((i for i in range(verb + 1) if tokens[i].brk), default=0)
    stop = load_stopwords()
    head: list[Token] = []
    for t in tokens[start:verb]:
        word = t.word.lower()
        if word in PRONOUNS or mentioned(claim, t):
            return []
        if word in stop:
            if word in DETERMINERS and not head:
                continue
            break  # "of", "by", "in": the head ends
        if t.terms:
            head.append(t)
    if not head or actor_noun(head[-1].word.lower()) is not None:
        return []
    return head
