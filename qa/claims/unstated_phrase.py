"""A prepositional phrase of the claim that adds a fact its support never states: "The Tarn
guild has dredged the canal since March 2031 on a lease settled in amber" is not stated
by "Since March 2031 the Tarn guild has dredged the canal".

Support weighs the claim's words by rarity and needs only `shares.SUPPORT` of them, so a
sentence stating the rest reaches it while a whole phrase goes unverified. A cap on the
unverified words costs about four right supports per wrong one (bench/README, rounds 81 and
84): true claims restate the source in words of their own, and add frames and asides. What
tells a phrase the sentence never states from one it words otherwise is measured on the read
sets' supports (bench/README, halfstated85), and takes three things at once:
- the phrase opens on a preposition other than "of" (which extends a noun phrase), after a
  word of the claim the sentence states (an opening frame, "As the book recounts", is the
  writer's, not a fact of the event), and runs to the next preposition, clause word or mark;
  it holds two content words or more, no figure, every one of them unverified;
- none of those words is written anywhere in the supporting document, its title included: a
  true claim's added phrase is most often given by the sentence after (the document words it);
- the sentence has nothing in the phrase's place: no word of its own between the words it
  shares with the claim on either side of the phrase (after the last, when the phrase ends
  the claim). A sentence with words there ("important implications" for "big consequences")
  words the phrase otherwise, or puts a rival fact in its place, which is no question of
  a fact unstated.
Each alone removes two to four right supports per wrong one; together, none on the read sets.
"""
from __future__ import annotations

import re

from ..index.model import Index
from ..types import CheckResult, Stance, Verdict
from .identity import passages_in

# what opens a phrase of its own; "of" extends the noun before it ("amounts of argon")
OPENERS = frozenset("about across after against along amid among around at before behind "
                    "beside between beyond by despite during for from in inside into near "
                    "on onto outside over since through throughout to toward towards under "
                    "until upon via with within without".split())
# what ends one: another opener, "of" aside, or a word opening a clause
CLOSERS = OPENERS | frozenset("and or but while because although though whereas which who "
                              "whom whose that when where as so if than".split())
MARKS = frozenset(",;:()")
# a word ("mil.", "Côte", "bear's") without the full stop that ends the claim, or a mark
WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_'’.-])?(?:['’]s?)?|[,;:()]")
MIN_WORDS = 2


def unstated_phrase(index: Index, claim: str, result: CheckResult,
                    stopwords: frozenset[str]) -> bool:
    """The supported result leaves a phrase of the claim unstated by every supporting
    sentence: every content word of it unverified, written nowhere in the sentence's document,
    and the sentence with no word of its own in the phrase's place."""
    if result.verdict != Verdict.SUPPORTED or len(result.unverified) < MIN_WORDS:
        return False
    words = WORD.findall(claim)
    left = {w.lower() for w in result.unverified}
    phrases = list(phrases_unverified(words, left, stopwords))
    if not phrases:
        return False
    supports = [e for e in result.evidence if e.stance == Stance.SUPPORTS]
    terms = index.analyzer.terms
    return bool(supports) and any(
        all(not in_document(index, e.hit.passage, content, terms)
            and not place_filled(words, start, end, left, e.sentence, terms, stopwords)
            for e in supports)
        for start, end, content in phrases)


def phrases_unverified(words: list[str], left: set[str], stopwords: frozenset[str]):
    """(start, end, content words) of each phrase whose content words are all unverified,
    opened by a preposition after a stated content word of the claim."""
    stated_before = False
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in OPENERS and stated_before:
            end = i + 1
            while end < len(words) and words[end] not in MARKS \
                    and words[end].lower() not in CLOSERS:
                end += 1
            content = [w for w in words[i + 1:end] if content_word(w, stopwords)]
            # a figure is a typed fact, which its own readings compare
            if len(content) >= MIN_WORDS and all(w.lower() in left for w in content) \
                    and not any(w[0].isdigit() for w in words[i + 1:end]):
                yield i, end, content
        stated_before = stated_before or content_word(word, stopwords) and lower not in left


def content_word(word: str, stopwords: frozenset[str]) -> bool:
    return word[0].isalnum() and word.lower() not in stopwords


def in_document(index: Index, passage, content: list[str], terms) -> bool:
    """Any of the words is written in the passage's document: its title, the passage's
    section heading (an excerpt of an article may never repeat the words of its title), or
    a term of one of its passages."""
    heading = set(terms(f"{passage.title or ''} {passage.section or ''}"))
    if any(heading.intersection(terms(word)) for word in content):
        return True
    entry = index.source_entry(passage.source)
    if entry is None:
        return True
    span = range(entry["first"], entry["first"] + entry["count"])
    return any(passages_in(index, term, span) for word in content for term in terms(word))


def place_filled(words: list[str], start: int, end: int, left: set[str], sentence: str,
                 terms, stopwords: frozenset[str]) -> bool:
    """The sentence has a content word of its own (no term of the claim) between the last
    claim word it states before the phrase and the first it states after it."""
    said = [set(terms(w)) if content_word(w, stopwords) else set() for w in WORD.findall(sentence)]
    claim_terms = {t for w in words for t in terms(w)}

    def position(word: str) -> int | None:
        if not content_word(word, stopwords) or word.lower() in left:
            return None
        own = set(terms(word))
        return next((j for j, s in enumerate(said) if own and own <= s), None)

    before = [p for p in map(position, words[:start]) if p is not None]
    low = max(before, default=-1)
    after = [p for p in map(position, words[end:]) if p is not None and p > low]
    high = min(after, default=len(said))
    return any(s and not s <= claim_terms for s in said[low + 1:high])
