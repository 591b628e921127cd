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

from ..search.wordnet import MODALS, actor_noun, communicates
from ..text.analyze import load_stopwords
from .actors import said
from .adverb_words import manner_adverb
from .anaphora import subject_pronoun
from .compare import DETERMINERS, capital_cities
from .facts import Parsed, Token
from .main_verb import BE, HAVE, main_verb
from .past_forms import past_shaped, past_verb_form_or_own_word
from .subject_head import PRONOUNS, first_verb, mentioned, proper, referring_subject
from .vocabulary import Vocabulary


def event_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                   stated: frozenset[str]) -> Token | None:
    """The claim's main verb when the sentence states neither it nor any word of the head of
    the claim's subject (`subject_head_words`); None otherwise, or where the sentence's own
    subject is a pronoun or refers back (it may stand for the claim's subject)."""
    verb = main_verb(claim) or adverbed_verb(claim)
    first = first_verb(claim)
    if verb is None or first is None or not verb.terms \
            or claim.tokens.index(verb) < first or not finite(claim, verb) \
            or reported(claim, first) or said(verb, sentence, vocab, stated):
        return None  # a verb inside the subject ("a response carrying a mandate was
        # described as"): the subject's own phrase, not the claim's event
    head = subject_head_words(claim)
    if not head or any(said(t, sentence, vocab, stated) for t in head):
        return None
    if subject_pronoun(sentence) or referring_subject(sentence):
        return None
    return verb


def finite(claim: Parsed, verb: Token) -> bool:
    """The verb tells the claim's event: a past form ("protested", "took"), or a verb after
    an auxiliary ("has angered", "will send"); not a participle alone ("carrying")."""
    word = verb.word.lower()
    if past_shaped(word):
        return True
    n = claim.tokens.index(verb)
    return any(t.word.lower() in BE | HAVE | MODALS for t in claim.tokens[max(0, n - 2):n])


def reported(claim: Parsed, first: int) -> bool:
    """A verb of saying follows the claim's first verb ("was described as", "is said to"):
    what was said is the event, which `main_verb` reads past it."""
    tokens = claim.tokens
    return any(communicates(tokens[k].word) and tokens[k].word.islower()
               and k + 1 < len(tokens) and tokens[k + 1].word.lower() in REPORTED_BY
               for k in range(first + 1, min(first + 3, len(tokens))))


REPORTED_BY = frozenset(("as", "to", "that"))  # "described as", "said to", "reported that"


def adverbed_verb(claim: Parsed) -> Token | None:
    """The participle after the claim's first verb, a form of "be" or "have", and an adverb
    in "-ly" ("was publicly protested", "has quietly dropped"), which `main_verb` reads as
    a predicate ("was warmer")."""
    verb = first_verb(claim)
    tokens = claim.tokens
    if verb is None or tokens[verb].word.lower() not in BE | HAVE:
        return None
    k = verb + 1
    while k < len(tokens) and manner_adverb(tokens[k].word) and not tokens[k].brk:
        k += 1
    if k == verb + 1 or k >= len(tokens) or tokens[k].brk:
        return None
    word = tokens[k].word.lower()
    return tokens[k] if word.isalpha() and past_verb_form_or_own_word(word) else None


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
        if word in PRONOUNS or mentioned(claim, t) or proper(claim, t) \
                or word in capital_cities():
            return []  # a name the claim's names missed ("Bamako has angered")
        if word in stop:
            if word in DETERMINERS and not head:
                continue
            break  # "of", "by", "in": the head ends
        if t.terms:
            head.append(t)
    if not head or actor_noun(head[-1].word.lower()) is not None:
        return []
    return head
