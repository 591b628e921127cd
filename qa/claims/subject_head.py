"""A claim's subject, of which a supporting sentence must state at least one word.

Coverage weighs a claim's words by rarity, so a sentence can reach support by the rare words
of what the claim says of its subject while it tells of another thing: "water levels
correlate with sunspots" against "other magnetic phenomena correlate with sunspot
occurrence", "models are too sensitive to carbon dioxide" against "the climate sensitivity is
the warming from doubled carbon dioxide". The subject names what the claim is about; a
sentence that states no word of it, not by a synonym nor another form, does not state the
claim (`subject_unstated`).

The subject is the claim's words before its first verb (a form of "be", "have" or "do", a
modal, or `main_verb.main_verb`), from the last clause break before it. Left alone: a
pronoun subject ("we know", "it is": the subject is elsewhere), a subject with a name, a
figure or a date (checked as facts of their own; a name that is the corpus's setting may go
unsaid: "the mission" for MINUSMA), a subject whose verb takes a
"that" clause ("scientists have published evidence that ..."; the claim is the clause, the
subject its source), and a sentence whose own subject is a pronoun ("It is considered a
hazard"), which may stand for the claim's subject."""
from __future__ import annotations

from itertools import dropwhile, takewhile

from ..search.wordnet import MODALS, actor_noun, is_english
from ..text.analyze import load_stopwords
from .actors import said
from .anaphora import subject_pronoun
from .auxiliaries import TENSED_BE
from .facts import Mention, Parsed, Token, remembered
from .compare import DETERMINERS, adjective, government, name_found
from .main_verb import DO, HAVE, main_verb
from .opposition import same_actor
from .vocabulary import Vocabulary

# finite forms of "be": "being", "been" are participles of another clause ("one being to ...")
FINITE_BE = TENSED_BE | frozenset(("am",))
# a subject these words open is a pronoun's or a clause's, not a noun phrase
PRONOUNS = frozenset("i we you he she it they this that these those there what who".split())
# how many words after its verb a "that" may stand and open the clause the verb reports
# ("have published strong evidence that")
REPORT_REACH = 4


def subject_words(claim: Parsed) -> list[Token]:
    """The words of the claim's subject that carry terms, stopwords left out ("water
    levels", "drop", "volcanic", "activity" of "a drop in volcanic activity"), or [] when the
    subject is or holds a pronoun, a name, a figure or a date, or reports a "that" clause."""
    tokens = claim.tokens
    verb = first_verb(claim)
    if verb is None or any(t.word.lower() == "that"
                           for t in tokens[verb + 1:verb + 1 + REPORT_REACH]):
        return []
    start = max((i for i in range(verb + 1) if tokens[i].brk), default=0)
    subject = tokens[start:verb]
    stop = load_stopwords()
    if not subject or subject[0].word.lower() in stop - DETERMINERS:
        return []  # "According to the mission's data", "In its early years": no subject here
    if any(t.word.lower() in PRONOUNS or named_or_dated(claim, t) or proper(claim, t)
           for t in subject):
        return []
    figure = next((i for i, t in enumerate(subject) if mentioned(claim, t)), None)
    if figure is not None:
        # a figure is checked as a fact of its own, but not what it counts: the words after
        # it up to a preposition must be stated ("97% consensus on warming" against "97%
        # agree that warming is happening")
        return counted(claim, subject[figure:], stop)
    words = [t for t in subject if t.terms and t.word.lower() not in stop]
    if words and actor_noun(words[-1].word) is not None:
        return []  # "the mission", "the authorities": actors, often named by their names
    return words


def counted(claim: Parsed, subject: list[Token], stop) -> list[Token]:
    """The words a figure opening `subject` counts: those after it, up to a stopword or
    another figure ("consensus" of "97% consensus on warming")."""
    rest = list(dropwhile(lambda t: mentioned(claim, t), subject))
    return list(takewhile(lambda t: t.terms and t.word.lower() not in stop
                          and not mentioned(claim, t), rest))


def proper(claim: Parsed, token: Token) -> bool:
    """A capitalised word that is no common word written first ("Bamako", "Wagner" after
    the first word): a name the claim's names missed."""
    return token.word[:1].isupper() and (token is not claim.tokens[0]
                                         or not is_english(token.word.lower()))


# the facts whose words make a subject one left to other checks: a name may go unsaid where
# it is the corpus's setting, a date may be the thing's own ("the 2023 floods")
NAMED_OR_DATED = frozenset("name year month".split())


def named_or_dated(claim: Parsed, token: Token) -> bool:
    """The word is part of a name or a date of the claim ("MINUSMA", "2023")."""
    return any(m.family in NAMED_OR_DATED and m.start <= token.start < m.end
               for m in claim.mentions)


def mentioned(claim: Parsed, token: Token) -> bool:
    """The word is part of a name, a figure or a date of the claim ("MINUSMA", "46"): checked
    as such, and a name may go unsaid where it is the corpus's setting ("the mission")."""
    return any(m.start <= token.start < m.end for m in claim.mentions)


def first_verb(claim: Parsed) -> int | None:
    """The index of the claim's first verb: a form of "be", "have" or "do", a modal, or its
    main verb, whichever comes first after the first word. Remembered on the parse, as
    `main_verb` is."""
    return remembered(claim, ("first verb",), verb_index, claim)


def verb_index(claim: Parsed) -> int | None:
    """`first_verb`, worked out."""
    verb = main_verb(claim)
    at = claim.tokens.index(verb) if verb is not None else len(claim.tokens)
    auxiliary = next((i for i, t in enumerate(claim.tokens[1:at], 1)
                      if t.word.lower() in FINITE_BE | HAVE | DO | MODALS), None)
    found = auxiliary if auxiliary is not None else at
    return found if found < len(claim.tokens) else None


def subject_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                     stated: frozenset[str]) -> Token | None:
    """The last word of the claim's subject when the sentence states none of its words
    (`stated`: the claim terms it states, forms and synonyms counted) and its own subject
    neither a pronoun nor a noun that refers back (`referring_subject`); else None."""
    words = subject_words(claim)
    if not words or subject_pronoun(sentence) or referring_subject(sentence) \
            or any(said(t, sentence, vocab, frozenset(stated)) for t in words):
        return None
    return words[-1]


# what opens a one-noun subject that refers back to a thing named before
REFERRING = frozenset("the this these its their such".split())


def referring_subject(sentence: Parsed) -> bool:
    """The sentence opens with a determiner, one noun and a verb ("The project is funded",
    "This effort was"): a description of something the text named before, as a pronoun is,
    which may be the claim's subject under another word ("the workshop series")."""
    tokens = sentence.tokens
    if len(tokens) < 3 or tokens[0].word.lower() not in REFERRING:
        return False
    verb = tokens[2].word.lower()
    return verb in FINITE_BE | HAVE | DO | MODALS or verb.endswith("ed")


def owner_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> tuple[Mention, Mention] | None:
    """The claim's subject is a country's adjective and an actor noun ("the Malian
    authorities had reservations"), the noun unstated (`stated`, as for `subject_unstated`),
    where the sentence's own subject holds a name that is not that country nor named by the
    claim ("The UN Secretariat had reservations about deploying a mission to Mali"): another
    actor in the claim's place. The country the sentence does name is where or what ("to
    Mali"), not who, so `check.another_named` took the claim's actor as stated. Returns (the
    claim's country, the sentence's name), or None."""
    verb, theirs = first_verb(claim), first_verb(sentence)
    if verb is None or theirs is None:
        return None
    tokens, end = claim.tokens, claim.tokens[verb].start
    for country in claim.mentions:
        if country.kind != "country" or country.start >= end or not adjective(claim, country):
            continue
        head = next((t for t in tokens if t.start >= country.end), None)
        if head is None or head.start >= end or not head.word.islower() \
                or actor_noun(head.word) is None or said(head, sentence, vocab, stated):
            continue
        rival = next((m for m in sentence.mentions if m.family == "name"
                      and m.start < sentence.tokens[theirs].start
                      and not same_actor(country, m, vocab)
                      and not name_found(m, claim, vocab)
                      and government(m, sentence, claim) is None), None)
        if rival is not None:
            return country, rival
    return None
