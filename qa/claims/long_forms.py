"""A claim's acronym that the sentence writes out in its long form, in lower case ("attacks
with IEDs" / "attacks with improvised explosive devices").

`compare.name_found` finds an acronym's long form by its capitals ("the EU" / "the European
Union"), and `check.spelled_out` the other way round (the claim's words, the sentence's
acronym). An acronym of common nouns has no capitals to find: a document defines it once
("improvised explosive devices (IEDs)") and then writes either. The corpus's definitions
(`Index.acronyms`) say which words an acronym stands for; a sentence stating those words in
order (small words between them aside, any number or case: "device" for "devices") names
what the claim's acronym names, singular or plural ("IED", "IEDs"), and so does a name the
acronym is joined to by a hyphen ("POC-related incidents" / "incidents related to the
protection of civilians") when the sentence states its other parts too. An acronym the corpus
never defines is left alone: its initials alone would match too much ("CT" / "civilian
teams").
"""
from __future__ import annotations

import re

from .facts import UNMADE, Parsed, is_acronym, remembered, singular_acronyms, word_terms
from .vocabulary import Vocabulary

HYPHEN_RE = re.compile(r"[-‐‑–]")


def long_form_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    defined: dict[str, str]) -> frozenset[str]:
    """The terms of each acronym of the claim (a name) whose corpus definition the sentence
    states word after word."""
    if not defined:
        return frozenset()
    found = set()
    for mention, parts, acronyms in defined_names(claim, vocab, defined):
        spelled = [part for part, words in acronyms.items() if written_out(sentence, words)]
        if spelled and all(part in spelled or terms <= sentence.terms
                           for part, terms in parts.items()):
            found.update(word_terms(mention.text, vocab))
    return frozenset(found)


def defined_names(claim: Parsed, vocab: Vocabulary, defined: dict[str, str]) -> list:
    """(mention, the terms of each of its hyphen-joined parts, the terms in order of the long
    form of each part the corpus defines as an acronym) of each claim name with such a part.
    The claim's alone, remembered on its parse (a claim meets sentence after sentence); most
    claims have none."""
    memo_key = ("defined acronyms", vocab)
    found = claim.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, memo_key, find_defined_names, claim, vocab, defined)
    return found


def find_defined_names(claim: Parsed, vocab: Vocabulary, defined: dict[str, str]) -> list:
    found = []
    for mention in claim.mentions:
        if mention.family != "name":
            continue
        parts, acronyms = {}, {}
        for part in HYPHEN_RE.split(mention.text):
            parts[part] = frozenset(word_terms(part, vocab))
            words = long_form(part, vocab, defined)
            if words:
                acronyms[part] = words
        if acronyms:
            found.append((mention, parts, acronyms))
    return found


def long_form(part: str, vocab: Vocabulary, defined: dict[str, str]) -> tuple[str, ...]:
    """The terms of the long form the corpus defines for the word as an acronym (two words at
    least), none when it is no acronym the corpus defines."""
    letters = singular_acronyms(part.replace(".", ""))
    if not is_acronym(letters) or letters.lower() not in defined:
        return ()
    words = word_terms(defined[letters.lower()], vocab)
    return words if len(words) >= 2 else ()


def written_out(sentence: Parsed, words: tuple[str, ...]) -> bool:
    """The sentence's content words include `words` in a row (words without terms, "of",
    "the", skipped): remembered on the sentence's parse by the long form."""
    return remembered(sentence, ("written out", words), find_written_out, sentence, words)


def find_written_out(sentence: Parsed, words: tuple[str, ...]) -> bool:
    terms = [term for t in sentence.tokens for term in t.terms]
    n = len(words)
    return any(tuple(terms[i:i + n]) == words for i in range(len(terms) - n + 1))
