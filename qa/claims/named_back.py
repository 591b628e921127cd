"""A claim's name that the sentence refers back to by its head noun ("the treaty").

An article names a thing in full once ("the Harwick Water Treaty") and then, paragraph
after paragraph, calls it by its last word alone: "The treaty was ratified by 41 states",
"The treaty caps withdrawals at 20%". A claim written from it names the thing in full
("41 states ratified the Harwick Water Treaty"); the sentence states its event, and its
"the treaty" is that treaty, but the name went unverified and a claim whose every other
fact the sentence states was not found.

So, for support only, a claim's name of two words at least, whose last word is a common
noun (WordNet gives it a hypernym) written with a capital as part of the name, counts as
stated by a sentence that writes that noun bare after "the", "this" or "that" ("the
treaty", no modifier of its own), when reading back from that noun through the text
before it, in its own passage and the two passages of the same document before, the noun's
previous occurrences are bare definite ones again ("the treaty ... the treaty") until one
written as the claim's own name ("Harwick Water Treaty"). Any other occurrence first breaks
the chain and nothing is stated: "a new treaty" or "another treaty" brings in a thing of
its own, and another name with the same noun ("the Lorne Treaty") is the one "the treaty"
refers to. A noun of the corpus's setting ("the mission" in reports on one mission) is
left alone: it names the setting wherever another thing of its kind was named last. The
window is short because a bare noun refers to the last such thing named:
an article that names one report in its opening and another, unnamed report many
paragraphs later calls both "the report". No sentence in conflict with the claim is read
(support only: a name read into a conflicting sentence would lend it a contradiction).
"""
from __future__ import annotations

import re

from .facts import Parsed
from .general import general_words
from .identity import document_range
from .setting_share import setting_floor

# the determiners of a bare noun referring back ("the treaty", "this treaty")
DEFINITE_RE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
# how many passages before the sentence's own the name may stand in
PASSAGES_BACK = 2


def named_back(claim: Parsed, found, sentence: Parsed, passage: Parsed, passage_id: int,
               index) -> list[int]:
    """The mention numbers of the claim's names that the sentence refers back to by their
    head noun, the chain of bare definite nouns leading back to the name (module
    docstring)."""
    if found.conflicts or not found.unstated:
        return []
    offset = passage.text.find(sentence.text)
    if offset < 0:  # two sentences read as one: not located
        return []
    picked = []
    for n, mention in enumerate(claim.mentions):
        if mention.family != "name" or not any(m is mention for m in found.unstated):
            continue
        words = mention.text.split()
        head = words[-1] if len(words) > 1 else ""
        if not (head.isalpha() and head[0].isupper() and head[1:].islower()
                and general_words(head.lower())):
            continue
        token = bare_definite(sentence, head.lower())
        if token is None or setting_noun(index, head.lower()):
            continue
        if names_back(index, passage_id, passage.text, offset + token.start, words):
            picked.append(n)
    return picked


def setting_noun(index, noun: str) -> bool:
    """The noun is a word of the corpus's setting (its term in more than BACKGROUND of the
    passages, `setting_share`): in reports on one mission "the mission" is that mission
    wherever another one was named last, so the last name of that noun says nothing."""
    terms = index.analyzer.terms(noun)
    return bool(terms) and index.doc_freq(terms[-1]) > setting_floor(index)


def bare_definite(sentence: Parsed, noun: str):
    """The sentence's first token that is `noun` in lower case right after "the", "this" or
    "that" (no modifier between), or None."""
    tokens = sentence.tokens
    for before, token in zip(tokens, tokens[1:]):
        if token.word == noun and not token.brk and before.lower in ("the", "this", "that") \
                and token.start - before.end <= 1:
            return token
    return None


def names_back(index, passage_id: int, text: str, at: int, words: list[str]) -> bool:
    """Reading back from position `at` of the passage's `text` (and then through the
    PASSAGES_BACK passages of the same document before it), the head noun's occurrences
    are bare definite ones until the name `words` itself."""
    head = words[-1]
    name_end = re.compile(r"\b" + r"\s+".join(map(re.escape, words[:-1])) + r"\s+$",
                          re.IGNORECASE)
    apposed = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\s*,\s+(?:a|an)\s+"
                         r"[^.;,]*$", re.IGNORECASE)
    noun = re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)
    span = document_range(index, passage_id)
    texts = [text[:at]] + [index.passages[q].text
                           for q in range(passage_id - 1,
                                          max(span.start, passage_id - PASSAGES_BACK) - 1, -1)]
    for chunk in texts:
        for match in reversed(list(noun.finditer(chunk))):
            before = chunk[max(0, match.start() - 80):match.start()]
            if name_end.search(before):
                return True  # the name itself
            if match[0][0].isupper():
                return False  # another name of that noun
            if not DEFINITE_RE.search(before):  # a thing brought in anew, unless it is the
                # name's apposition ("the Harwick Water Treaty, a regional treaty on ...")
                return apposed.search(before) is not None
    return False
