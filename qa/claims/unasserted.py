"""A deed the sentence only asks for or puts off: "the commissioner urged the authorities to
break the cycle of impunity" does not state "the authorities have broken the cycle", nor
"members wanted details before approving the proposal" that they approved it.

The infinitive after a verb of asking ("urged X to break", "called on X to end", "asked X to
consider") is what someone wants done, not what was done; so is the gerund after "before"
("before approving"). A claim that tells that deed as done, and has no asking of its own, is
not stated by a sentence whose only word for the deed stands in such a place.
"""
from __future__ import annotations

from ..search.wordnet import base_forms, irregular_base, verb_base
from .facts import CLAUSE_MARK_RE, Parsed

# verbs of asking that take an object and "to" with a verb: "urged the council to act"
DIRECTIVES = frozenset(
    "urge ask request press encourage invite demand implore exhort call order instruct "
    "advise push beg appeal".split())
REACH = 6  # words between the verb of asking and its "to" ("urged the Malian authorities to")


def asked_only(claim: Parsed, sentence: Parsed) -> bool:
    """A deed of the claim, told as done, that the sentence states only as asked for or put
    off (`unasserted_places`)."""
    if any(directive(t.word) for t in claim.tokens):
        return False
    places = unasserted_places(sentence)
    if not places:
        return False
    for i, token in enumerate(claim.tokens):
        if not token.word.isalpha() or not token.terms \
                or i and claim.tokens[i - 1].word.lower() == "to":
            continue
        forms = verb_forms(token.word)
        found = [k for k, b in enumerate(sentence.tokens) if verb_forms(b.word) & forms]
        if found and all(k in places for k in found):
            return True
    return False


def unasserted_places(text: Parsed) -> set[int]:
    """Where the text's words stand for a deed asked for ("urged them to break": "break") or
    put off ("before approving": "approving")."""
    tokens, places = text.tokens, set()
    for k, token in enumerate(tokens):
        word = token.word.lower()
        if word == "before" and k + 1 < len(tokens) and tokens[k + 1].word.endswith("ing") \
                and not tokens[k + 1].brk:
            places.add(k + 1)
        if not directive(word):
            continue
        for j in range(k + 1, min(k + 1 + REACH, len(tokens) - 1)):
            if CLAUSE_MARK_RE.search(text.text, tokens[j - 1].end, tokens[j].start):
                break  # a quotation mark opens what was urged; a comma ends the clause
            if tokens[j].word.lower() == "to":
                places.add(j + 1)
                break
    return places


def directive(word: str) -> bool:
    return any(form in DIRECTIVES for form in base_forms(word.lower()))


def verb_forms(word: str) -> set[str]:
    """The word's base forms, an irregular form's base too ("broken" -> "break")."""
    word = word.lower()
    forms = set(base_forms(word))
    forms |= {base for base in (irregular_base(word), verb_base(word)) if base}
    return forms
