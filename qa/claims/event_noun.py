"""The noun that carries a sentence's event after a light verb, against the claim's verb: "the
glacier has lost a little ice" is not stated by "the glacier saw a net gain of a little ice".

`opposite_predicate` reads the claim's unstated predicate head against the sentence's words
of the same kind in its place; a claim verb was never read against the noun of a light verb
("experienced a net gain of"), nor an irregular past after "have" ("has lost", which
`verb_kin.main_verbs` does not read as a past), and the sentence stating every other word of
the claim supported the loss it reverses. Here the event noun of each main verb is its
object's head: the content word right before a function word ("of") within OBJECT_REACH
words after the verb, when WordNet has it as a verb too (a noun of an event, "gain",
"decline", "rise"; not "amount"). The claim's verb (a main verb, or a verb form after
"have"), unstated and unnegated, with such a noun among its WordNet opposites
(`opposite_in_place.one_link_opposites`, antonyms), affirmed and in its place
(`paraphrase.in_place`: a content word near both on the same side), withholds support.
"""
from __future__ import annotations

from ..search.wordnet import antonyms, can_be_verb, verb_base
from .actors import said
from .compare import negated
from .facts import Parsed, Token, remembered
from .opposite_in_place import forms, one_link_opposites
from .paraphrase import in_place
from .verb_kin import main_verbs
from .vocabulary import Vocabulary

HAVE = frozenset("have has had having".split())

OBJECT_REACH = 4  # words after the light verb its object's head may stand ("a small net gain")


def event_nouns(sentence: Parsed) -> list[int]:
    """The indices of the event nouns of the sentence's main verbs, remembered on its parse."""
    return remembered(sentence, ("event nouns",), find_event_nouns, sentence)


def find_event_nouns(sentence: Parsed) -> list[int]:
    tokens, found = sentence.tokens, []
    for j in main_verbs(sentence):
        head = None
        for k in range(j + 1, min(len(tokens), j + 1 + OBJECT_REACH + 1)):
            token = tokens[k]
            if token.brk or not token.word.isalpha():
                break
            if token.terms:
                head = k
            elif head is not None:
                break  # "of", "in", "to": the object's head is the word before
        else:
            continue  # the object runs past the reach: its head is not read
        if head is not None and can_be_verb(tokens[head].lower):
            found.append(head)
    return found


def claim_verbs(claim: Parsed) -> list[int]:
    """The claim's main verbs and the verb forms right after "have" ("has lost")."""
    tokens = claim.tokens
    after_have = [n for n in range(1, len(tokens)) if tokens[n - 1].lower in HAVE
                  and not tokens[n].brk and tokens[n].terms and tokens[n].word.isalpha()
                  and verb_base(tokens[n].lower) not in (None, tokens[n].lower)]
    return sorted(set(main_verbs(claim)) | set(after_have))


def event_noun_opposed(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's unstated verb and the sentence's event noun opposed to it in its place
    (module docstring); None if there is none."""
    nouns = None
    for n in claim_verbs(claim):
        mine = claim.tokens[n]
        if negated(claim, mine) or said(mine, sentence, vocab, stated):
            continue
        opposites = one_link_opposites(mine.word) | frozenset(antonyms(mine.word))
        if not opposites:
            continue
        if nouns is None:
            nouns = event_nouns(sentence)
        for k in nouns:
            other = sentence.tokens[k]
            if not forms(other.word).isdisjoint(opposites) and not negated(sentence, other) \
                    and in_place(claim, n, sentence, k):
                return mine, other
    return None
