"""A claim's opening label before a colon: framing words, or facts the evidence must give.

Notes, slides and briefings open a claim with a label: "Outlook: ...", "Kestrel Bay, May
2029: ...", "Harbour board split: ...". A label of common words ("Outlook", "Supply
headache") frames the claim and asserts nothing a report writes (`informal.unlabelled`
strips it). A label that names a place, a body, a date or a figure ("Kestrel Bay, May
2029") is a fact of the claim: where and when the clause after the colon happened. Read
with the rest of the claim, such a label is one more word among many, so

- a sentence stating the clause alone supported the claim with the label's place or date
  stated nowhere near it ("Varna, 2029: the pier was closed" by a sentence on the Ostvik
  pier's closing, its paragraph never naming Varna): a wrong support (`label_unstated`);
- the label's words, weighed with the clause's, kept a stated claim from being found
  (`labelled_core`, read for support only, as `lead_in.elaboration` is).

Where the label's facts may be given: the supporting sentence, the sentence before or after
it (a paragraph names its place or date once, then tells what happened there), and the
passage's section heading and document title. The label's common words are framing and
need no sentence. A name written in many of the corpus's passages (its setting:
the country every report is about) is given by every passage.

A label is told apart from a clause by grammar: no word of it may be a verb only (a lexical
verb, "Residents feared attacks:", tells an event, which `lead_in` reads) nor an auxiliary
("The gap was wide:"); its facts are its figures, its months and its capitalised words past
the first (the first too when it is no common English word: "Varna, 2029").
"""
from __future__ import annotations

import re

from ..search.wordnet import NOUN_ENDINGS, adjectives, can_be_verb, entry, proper_noun
from ..text.analyze import load_stopwords
from ..text.lexicon import capital_cities, country_names
from ..text.sentences import split_sentences
from .auxiliaries import FINITE_AUXILIARIES
from .facts import MONTH_CAPITALS
from .short_dates import MONTH_CLIPS
from .noun_kin import NOUN_KIN
from .numeric_dates import ordered
from .rhetoric import MIN_CORE_WORDS, WORD_RE

# a colon before a space: not one inside a time or a ratio ("10:30", "3:1"); unlike
# `lead_in`'s, one right after a year ("May 2029: ...") ends a label
COLON_RE = re.compile(r":\s+(?=\S)")
MAX_LABEL_WORDS = 8  # a label names in a few words; a longer span is a clause of its own
# the words of a label: names with inner hyphens or apostrophes, figures, words
LABEL_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
CONTRACTED = frozenset(("s", "re", "ve", "ll", "d", "m", "t"))
MONTHS = frozenset(MONTH_CAPITALS)
# a date written in digits ("30/06/2031", "6/30/2031"): its pieces are no figures a sentence
# writes, its month is a name
DIGIT_DATE_RE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def label_of(claim: str) -> tuple[str, str] | None:
    """The claim's label and the clause after its colon, when the words before its first
    colon are a label (`verbless`, a few words) and the clause after it a statement of
    enough words; else None."""
    if ":" not in claim:
        return None
    match = COLON_RE.search(claim)
    if match is None:
        return None
    label, core = claim[:match.start()].strip(), claim[match.end():].strip()
    words = LABEL_WORD_RE.findall(label)
    if not words or len(words) > MAX_LABEL_WORDS \
            or len(WORD_RE.findall(core)) < MIN_CORE_WORDS or not verbless(words):
        return None
    return label, core


def verbless(words: list[str]) -> bool:
    """No word of the label is an auxiliary ("is", "was", "has") or a verb only ("forgets",
    "got"): a noun phrase, a place or a date, not a clause. A word that is also a noun or an
    adjective ("split", "review", "Group") may head a phrase; a contraction ("Here's") makes
    a clause."""
    for word in words:
        low = word.lower()
        if word in MONTHS:  # "May 2029", no auxiliary
            continue
        if low in FINITE_AUXILIARIES or contraction(low):
            return False
        if word[:1].isupper() or word[:1].isdigit():
            continue
        if can_be_verb(low) and not nominal(low):
            return False
    return True


def nominal(word: str) -> bool:
    """WordNet has the word (or its singular) as a noun (its noun-kin table,
    `noun_kin.NOUN_KIN`) or an adjective: "crews", "split", "pending" may name or describe;
    "forgets", "got" only tell."""
    forms = [word] + [word[:-len(end)] + base for end, base in NOUN_ENDINGS
                      if word.endswith(end) and len(word) > len(end) + 2]
    return word in adjectives() or any(entry(form, NOUN_KIN) is not None for form in forms)


def contraction(word: str) -> bool:
    """A function word with a verb's ending ("here's", "it's", "they're"): a clause, where
    a name's possessive ("Varna's") or a name's own apostrophe ("d'Arbois") is not."""
    base, _, ending = word.replace("\u2019", "'").partition("'")
    return ending in CONTRACTED and base in load_stopwords()


def label_facts(label: str, named=lambda word: False) -> tuple[str, ...]:
    """The label's words that are facts: figures, month names, capitalised words past the
    first, and the first when it is a country, a capital, a proper noun, an acronym, a word
    `named` says the corpus writes as a name ("Varna", not "Outlook", "Pending"), or the
    first word of a name ("Northern Varna")."""
    words = LABEL_WORD_RE.findall(DIGIT_DATE_RE.sub(written_date, label))
    facts = []
    for n, word in enumerate(words):
        month = MONTH_CLIPS.get(word.lower().rstrip("."))
        if any(c.isdigit() for c in word) or month or word in MONTHS:
            facts.append(month or word)
        elif word[:1].isupper() and (n > 0 or first_named(word, named)
                                     # a name's first word: "Northern Varna", "Sector Four"
                                     or len(words) > 1 and words[1][:1].isupper()
                                     and words[1] not in MONTHS):
            facts.append(word)
    return tuple(facts)


def written_date(match: re.Match) -> str:
    """A date written in digits as a report writes it ("30 June 2031"): the day is the
    figure above 12, else the first (day-first, as the reports write dates); only its year
    when neither can be a month."""
    first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
    # the order a slash tells (`numeric_dates.ordered`), else day-first
    day, month = ordered(first, second, "/") or (first, second)
    if not 1 <= month <= 12:
        return year
    return f"{day} {MONTH_CAPITALS[month - 1]} {year}"


def first_named(word: str, named) -> bool:
    """The label's first word, capitalised as every first word is, is a name: a country or a
    capital, WordNet's proper noun, an acronym ("AFISMA"), a word with a letter English
    spelling lacks ("Côte") or that `named` finds the corpus writes only capitalised."""
    low = word.lower()
    return low in country_names() or low in capital_cities() or proper_noun(word) \
        or len(word) > 1 and word.isupper() or not word.isascii() or named(word)


def written_as_name(passages, word: str, limit: int = 64) -> bool:
    """The texts (`passages`, at most `limit` of them: those holding the word) write the word
    and write it capitalised every time ("Varna", "Ostvik"), not as a common word is
    written, lower-case inside a sentence ("Outlook", "Timeline")."""
    lower = re.compile(rf"\b{re.escape(word.lower())}")
    upper = re.compile(rf"\b{re.escape(word[:1].upper() + word[1:].lower())}")
    seen = False
    for text in passages[:limit]:
        if lower.search(text):
            return False
        seen = seen or bool(upper.search(text))
    return seen


def neighbourhood(passage_text: str, sentence: str, section: str, title: str) -> str:
    """The supporting sentence with the one before and after it in its passage, the
    passage's section heading and its document's title: where a label's facts may be
    given."""
    spans = split_sentences(passage_text)
    at = passage_text.find(sentence[:60]) if sentence else -1
    parts = [sentence, section, title]
    for i, (start, end) in enumerate(spans):
        if start <= at < end:
            parts += [passage_text[s:e] for s, e in spans[max(0, i - 1):i + 2]]
            break
    else:
        parts.append(passage_text)
    return " ".join(parts)


def facts_given(facts: tuple[str, ...], around: str, terms, setting) -> bool:
    """Each fact's terms are among the terms of `around`, or are the corpus's setting.
    `terms`: the analyzer's terms of a text; `setting`: whether a term is written by a large
    share of the corpus's passages."""
    given = set(terms(around))
    return all(t in given or setting(t) for fact in facts for t in terms(fact))
