"""Who takes part in a clause, read from its words: the participants (`Party`) a text names,
by a name or by a noun phrase ending in an actor noun, and the one that stands where a verb's
subject or a phrase's head stands. `roles` reads their roles at a verb with these; so does
`held_roles`, for the holders of a noun, which `roles` reads in turn (one module each way
would be a cycle).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..search.wordnet import agent_noun, can_be_verb, irregular_base
from ..text.analyze import load_stopwords
from . import clause_ends
from .adverb_words import manner_adverb
from .facts import UNMADE, APOSTROPHES, Parsed, Token, remembered
from .opposition import AUXILIARY_WORDS, PREPOSITIONS, outermost
from .vocabulary import Vocabulary

MODIFIERS = 3  # words of a noun phrase before its actor noun ("the northern port authorities")
REACH = 3  # words between a subject and its verb ("has not yet terminated")
ARTICLES = frozenset("the a an its their his her our this that these those".split())
# words between a verb and the participant it acts on, and between a subject and its verb
BETWEEN_VERB = AUXILIARY_WORDS | frozenset("not never also then later".split())
POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Party:
    """A participant as written: its words (`text`), where it stands, its index terms, and
    whether it is a name (compared as names are) or a common noun phrase."""

    text: str
    start: int
    end: int
    first: int  # index of its first token
    last: int  # index of its last token (the head)
    terms: frozenset
    named: object = None  # the name's Mention, for a name
    possessive: bool = False  # written in the genitive ("the council's", "authorities'")


def parties(text: Parsed, vocab: Vocabulary) -> list[Party]:
    """The text's participants, in order: its outermost names, and its noun phrases ending
    in an actor noun (a name inside such a phrase is part of it: "the Malian government")."""
    memo_key = ("role parties", vocab)
    found = text.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, memo_key, find_parties, text, vocab)
    return found


def find_parties(text: Parsed, vocab: Vocabulary) -> list[Party]:
    tokens = text.tokens
    found: list[Party] = []
    names = [m for m in outermost(text) if m.family == "name"]
    for i, token in enumerate(tokens):
        bare = POSSESSIVE.sub("", token.word)
        # "accused" after a subject is its verb; "the accused" a person
        if not bare.isalpha() or not bare.islower() or not agent_noun(bare) \
                or bare.endswith("ed") and bare == token.word \
                and not any(t.word.lower() in ARTICLES for t in tokens[i - 1:i]) \
                or any(m.start <= token.start < m.end for m in names) \
                or not phrase_ends(text, i):
            continue
        first = i
        while first > 0 and i - first < MODIFIERS and not tokens[first].brk \
                and modifier(tokens[first - 1]):
            first -= 1
        start = tokens[first].start
        for m in names:  # a name the phrase's first modifier begins ("the UN Security ...")
            if m.start < start < m.end:
                start = m.start
        end = token.start + len(bare)
        found.append(Party(text.text[start:end], start, end, first, i,
                           frozenset(vocab.analyzer.terms(text.text[start:end])),
                           possessive=bare != token.word or genitive_after(text, i)))
    for m in names:
        if any(p.start <= m.start < p.end for p in found):
            continue
        first = next(k for k, t in enumerate(tokens) if t.end > m.start)
        last = max(k for k, t in enumerate(tokens) if t.start < m.end)
        if not phrase_ends(text, last):
            continue  # "French airstrikes": the name qualifies a thing, which is no participant
        found.append(Party(m.text, m.start, m.end, first, last,
                           frozenset(vocab.analyzer.terms(m.text)), named=m,
                           possessive=bool(POSSESSIVE.search(tokens[last].word))
                           or genitive_after(text, last)))
    found.sort(key=lambda p: p.start)
    wholes = [whole for whole in map(lambda pair: of_phrase(text, *pair), zip(found, found[1:]))
              if whole is not None]
    return sorted(found + wholes, key=lambda p: (p.start, p.last))


def of_phrase(text: Parsed, head: Party, rest: Party) -> Party | None:
    """One participant of two joined by "of" ("the head of the harbour council", "the
    government of Norland"): the first says who, the second whose."""
    if head.possessive or not re.fullmatch(r"\s+of\s+(?:the\s+)?", text.text[head.end:rest.start]):
        return None
    return Party(text.text[head.start:rest.end], head.start, rest.end, head.first, rest.last,
                 head.terms | rest.terms, possessive=rest.possessive)


def genitive_after(text: Parsed, i: int) -> bool:
    """A plural's bare apostrophe right after the i-th word ("the authorities' use")."""
    end = text.tokens[i].end
    return text.text[end:end + 1] in APOSTROPHES and text.tokens[i].word.endswith("s")


def modifier(token: Token) -> bool:
    """A word that may qualify the noun after it in its phrase: a content word, a name's or a
    genitive ("harbour", "Malian", "Mali's"); no article, preposition or verb form."""
    word = POSSESSIVE.sub("", token.word)
    return word.isalpha() and word.lower() not in load_stopwords() \
        and not (word.islower() and (word.endswith("ed") or irregular_base(word)
                                     and not word.endswith("ing")))  # "planning board"



def phrase_ends(text: Parsed, i: int) -> bool:
    """The i-th word ends its noun phrase: a genitive, the text's end, a break, a function
    word, or a word that can be a verb and is no actor noun after it ("the council withdrew";
    not "government officials")."""
    token = text.tokens[i]
    if POSSESSIVE.search(token.word) or genitive_after(text, i) or i + 1 == len(text.tokens):
        return True
    after = text.tokens[i + 1]
    word = after.word.lower()
    if after.brk or word in load_stopwords() or not word.isalpha() \
            or word in BETWEEN_VERB or word.endswith(("ly", "ed")):
        return True  # "the protesters later sued", "the board unanimously rejected"
    return can_be_verb(word) and not agent_noun(word) and after.word.islower()


def at_token(text: Parsed, k: int, vocab: Vocabulary) -> list[Party]:
    """The participants whose last word is the k-th."""
    return [p for p in parties(text, vocab) if p.last == k]


def starting(text: Parsed, k: int, vocab: Vocabulary) -> Party | None:
    """The participant that begins at the k-th word, an article before it skipped."""
    tokens = text.tokens
    while k < len(tokens) and tokens[k].word.lower() in ARTICLES:
        k += 1
    # the longest: "the fishermen's union", not the genitive inside it
    return max((p for p in parties(text, vocab) if p.first == k), key=lambda p: p.last,
               default=None) if k < len(tokens) else None


def ending_before(text: Parsed, k: int, vocab: Vocabulary) -> tuple[Party, ...]:
    """The participants right before the k-th word (the subject of a verb there), up to
    REACH auxiliaries, negations or adverbs between: one, or a list ("the teachers and the
    parents asked"). Across a phrase set off by commas that is no clause of its own (a
    relative clause, an apposition, a participle's phrase: "The mayor, who had criticised the
    company, fined it"), the participant before that phrase; for a relative pronoun right
    before the verb ("the mayor, who had criticised"), the participant it stands for."""
    tokens = text.tokens
    j = k - 1
    while j >= 0 and k - j <= REACH and not tokens[j + 1].brk \
            and (tokens[j].word.lower() in BETWEEN_VERB or manner_adverb(tokens[j].word)):
        j -= 1
    if j >= 0 and tokens[j + 1].brk:
        opening = aside_start(text, j)
        if opening is None:
            return ()
        j = opening - 1  # the word before the aside's comma
    elif j >= 1 and tokens[j].word.lower() in RELATIVE_SUBJECTS:
        j -= 1  # "the mayor, who had criticised": the mayor; "the ministry that cancelled"
    elif j >= 1 and tokens[j].word.lower() == "and":
        # "The operator was fined by the regulator and later sued it": the second verb's
        # subject is the clause's, the participant that opens it
        subject = starting(text, clause_start(text, j), vocab)
        return (subject,) if subject is not None and not subject.possessive else ()
    if j < 0:
        return ()
    return listed_before(text, j, vocab)


RELATIVE_SUBJECTS = frozenset("who which that".split())


def aside_start(text: Parsed, j: int) -> int | None:
    """The first word of the phrase set off by commas that ends with the j-th word, if it is
    no clause of its own: a relative clause ("who ..."), an apposition ("the port's governing
    body"), a participle's phrase ("acting at the request of ..."); None otherwise, or when it
    opens the text (a fronted phrase: "By a decision of the council, the army withdrew")."""
    tokens = text.tokens
    start = clause_ends.clause_start(tokens, j)
    if start == 0 or text.text[tokens[start - 1].end:tokens[start].start].strip() != ",":
        return None
    first = tokens[start].word.lower()
    if first in RELATIVE_SUBJECTS or first in ARTICLES or first.endswith(("ing", "ed")) \
            or irregular_base(first):  # "acting for ...", "chaired by ...", "led by ..."
        return start
    return None


def listed_before(text: Parsed, j: int, vocab: Vocabulary) -> tuple[Party, ...]:
    """The participant whose last word is the j-th, with those listed before it ("the
    teachers and the parents", "Sweden, Ireland and Uruguay"); () if none ends there or it is
    in the genitive. The link nearest the verb must be "and" or "or": a comma alone there
    ends a fronted phrase ("By a decision of the council, the army withdrew")."""
    ending = [p for p in parties(text, vocab) if p.last == j]
    if not ending:
        return ()
    last = min(ending, key=lambda p: p.first)  # "the head of the council", not "the council"
    if last.possessive or governed(text, last):
        return ()  # "raids near the hamlet of Orvik had killed": no subject read
    before = [p for p in parties(text, vocab) if p.last < last.first] + [last]
    found = [last]
    for p in reversed(before[:-1]):
        between = text.text[p.end:found[-1].start]
        if p.possessive or not joined(between) or len(found) == 1 and not conjoined(between):
            break
        found.append(p)
    return tuple(reversed(found))


def governed(text: Parsed, party: Party) -> bool:
    """A preposition right before the participant (an article between at most): it stands
    in a phrase of another noun ("near the village", "of the council"), not as a subject."""
    j = party.first - 1
    while j >= 0 and text.tokens[j].word.lower() in ARTICLES:
        j -= 1
    return j >= 0 and text.tokens[j].word.lower() in GOVERNING and not text.tokens[j + 1].brk


# words that put the participant after them in a phrase of another noun; not those that may
# open a clause too ("after the union asked": the union is the clause's subject)
GOVERNING = PREPOSITIONS | frozenset("near by beside behind through during like than per via "
                                     "toward towards".split())


def listed_after(text: Parsed, first: Party, vocab: Vocabulary) -> tuple[Party, ...]:
    """The participant `first` with those listed after it ("the teachers and the parents"),
    up to the last joined by "and" or "or"."""
    found, ends = [first], 1
    for p in parties(text, vocab):
        if p.start < found[-1].end:
            continue
        between = text.text[found[-1].end:p.start]
        if found[-1].possessive or not joined(between):
            break
        found.append(p)
        if conjoined(between):
            ends = len(found)
    return tuple(found[:ends])


LIST_JOINER = re.compile(r"(?:\s|,|\band\b|\bor\b|\bthe\b)+")
CONJUNCTION = re.compile(r"\band\b|\bor\b")


def joined(between: str) -> bool:
    """Nothing but "and", "or", commas and articles between two listed participants, one of
    the first three among them."""
    between = between.lower()
    return bool(LIST_JOINER.fullmatch(between)) and bool(re.search(r",|\band\b|\bor\b", between))


def conjoined(between: str) -> bool:
    return bool(CONJUNCTION.search(between.lower()))


def clause_start(text: Parsed, k: int) -> int:
    """The index of the first word of the k-th word's clause."""
    return clause_ends.clause_start(text.tokens, k)
