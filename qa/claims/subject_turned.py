"""The claim's verb said of another thing, its opposite of the claim's: "the upland bogs will
dry out" is not stated by "wetter winters would make the upland bogs swell, while drainage
makes the lowland fields dry out".

A sentence of two clauses that tell two things opposite changes states the claim's verb and
its subject's words, each in the other clause: coverage counts both, and the claim was
supported by the clause about another thing. `turned_for_subject` reads the claim's verb (a
word with a WordNet opposite, or a verb of change: `wordnet.direction`), the noun right
before it (the last word with terms in its clause, within SUBJECT_REACH words: the thing that
changes), and in the sentence the same verb and an affirmed opposite of it: withheld when the
claim's noun stands right before the opposite and not before the sentence's own use of the
claim's verb. A sentence that tells the claim's thing the claim's change, whatever else it
tells of another, withholds nothing.
"""
from __future__ import annotations

from ..search.wordnet import adverbs, antonyms, can_be_verb, direction
from .compare import negated
from .facts import UNMADE, Parsed, Token, remembered
from .opposite_in_place import form_places, forms, one_link_opposites
from .superlative_holder import verb_form

BE = frozenset("is are was were be been being will would".split())
SUBJECT_REACH = 4  # words before a verb that may hold the noun it tells of ("the ice sheets to
# grow", "sheets of the interior shrink")


def before(text: Parsed, k: int) -> list[Token]:
    """The words before the k-th, nearest first, within SUBJECT_REACH and its clause."""
    tokens, found = text.tokens, []
    for i in range(k - 1, max(-1, k - 1 - SUBJECT_REACH), -1):
        if tokens[i + 1].brk:
            break
        found.append(tokens[i])
    return found


def subject_head(text: Parsed, k: int) -> str | None:
    """The first term of the nearest word before the k-th in its clause that may name a
    thing: no verb form, no "be" ("the target is expected to cut": target), no adverb."""
    for token in before(text, k):
        word = token.lower
        if not token.terms or word in BE or word in adverbs() or verb_form(word):
            continue
        return token.terms[0]
    return None


def told_before(text: Parsed, k: int, term: str) -> bool:
    return any(term in token.terms for token in before(text, k))


# the pronouns that may stand for the claim's thing ("five years after it had opened the
# base": "it" may be the claim's mission)
PRONOUNS = frozenset("it they he she which who that".split())


def pronoun_before(text: Parsed, k: int) -> bool:
    return any(token.lower in PRONOUNS for token in before(text, k))


def opposed(word: str, other: str) -> bool:
    """The two words are WordNet opposites (direct, indirect, of events or of an attribute),
    or verbs of change the other way ("shrink" / "grow")."""
    mine = forms(word)
    theirs = forms(other)
    if theirs & (one_link_opposites(word) | frozenset(a for w in mine for a in antonyms(w))):
        return True
    way = direction(word)
    return bool(way) and direction(other) == -way


def turned_for_subject(claim: Parsed, sentence: Parsed) -> bool:
    """The sentence tells the claim's noun the opposite of the claim's verb, and the claim's
    verb of another thing."""
    verbs = subject_verbs(claim)
    if not verbs:
        return False  # no verb with a subject before it: the sentence is not read
    # where the sentence has each form: a word shares a form with the claim's verb just when
    # it is at one of the places of one of the verb's forms (`form_places`, made once a text)
    places = sentence.memo.get(("form places",), UNMADE)
    if places is UNMADE:
        places = remembered(sentence, ("form places",), form_places, sentence)
    for word, head, mine in verbs:
        same = sorted({j for form in places.keys() & mine for j in places[form]})
        if not same or any(told_before(sentence, j, head) or pronoun_before(sentence, j)
                           for j in same):
            continue  # the claim's thing, or a pronoun that may stand for it, has its verb
        for j, other in enumerate(sentence.tokens):
            if other.terms and not forms(other.lower) & mine and told_before(sentence, j, head) \
                    and opposed(word, other.lower) and not negated(sentence, other):
                return True
    return False


def subject_verbs(claim: Parsed) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(word, the first term of its subject's head, its `forms`) of each claim word
    `turned_for_subject` reads, in order: an affirmed word that can be a verb, with a noun
    before it (`subject_head`). The claim's alone, remembered on its parse (it was read
    again with every sentence)."""
    found = claim.memo.get(("subject verbs",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, ("subject verbs",), find_subject_verbs, claim)
    return found


def find_subject_verbs(claim: Parsed) -> tuple[tuple[str, str, frozenset[str]], ...]:
    found = []
    for n, token in enumerate(claim.tokens):
        word = token.lower
        if not token.terms or not can_be_verb(word) or negated(claim, token):
            continue
        head = subject_head(claim, n)
        if head is not None:
            found.append((word, head, forms(word)))
    return tuple(found)
