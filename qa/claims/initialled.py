"""A claim's acronym that the sentence writes out beside the same word ("CT actors" /
"counter-terrorism actors", "HR violations" / "human rights violations").

Notes and briefs shorten a phrase of common nouns to its initials without the document ever
defining them (`qa.claims.long_forms` reads the ones it defines). Initials alone would match
too much ("CT" / "civilian teams"), so the acronym is read as written out only where it keeps
its place: the sentence's words whose initials spell it, one word a letter (a hyphen parts two
words: "counter-terrorism"), stand right before the word that follows the acronym in the claim
("CT actors" / "counter-terrorism actors"), or right after the word before it ("UN PKO" / "UN
peacekeeping operation"). That word must be a content word the two texts share, not a small
word ("HR in" / "human rights in" places nothing). An acronym in the plural ("CSOs") is spelled
by its singular's letters.
"""
from __future__ import annotations

import re

from .clause_ends import clause_end
from .facts import Mention, Parsed, Token, remembered, word_terms
from .vocabulary import Vocabulary

ACRONYM_RE = re.compile(r"([A-Z]{2,5})s?")
WORD_SPLIT_RE = re.compile(r"[\s\-‐‑–]+")
WORD_RE = re.compile(r"[A-Za-z]{2,}")


def initialled_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of each acronym of the claim (a name) that the sentence writes out word by
    word, beside the word the acronym stands beside in the claim."""
    found: set[str] = set()
    for mention, letters in acronym_names(claim):
        terms = word_terms(mention.text, vocab)
        if not terms or set(terms) <= sentence.terms:
            continue  # the sentence writes the acronym itself
        if written_beside(claim, mention.start, letters, sentence, vocab):
            found.update(terms)
    return frozenset(found)


def acronym_names(claim: Parsed) -> list[tuple[Mention, str]]:
    """The claim's names (no country) that are an acronym, each with its letters in lower
    case, in order: the claim's alone, remembered on its parse (most names are none, and
    the pattern was tried on each for every sentence)."""
    return remembered(claim, ("acronym names",), find_acronym_names, claim)


def find_acronym_names(claim: Parsed) -> list[tuple[Mention, str]]:
    found = []
    for mention in claim.mentions:
        if mention.family != "name" or mention.kind == "country":
            continue
        acronym = ACRONYM_RE.fullmatch(mention.text)
        if acronym is not None:
            found.append((mention, acronym.group(1).lower()))
    return found


def written_beside(claim: Parsed, start: int, letters: str, sentence: Parsed,
                   vocab: Vocabulary) -> bool:
    """The sentence spells `letters` right before the claim's next word or right after its
    word before (the acronym's token starts at `start`)."""
    tokens = claim.tokens
    at = next((i for i, t in enumerate(tokens) if t.start == start), None)
    if at is None:
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) and not tokens[at + 1].brk else None
    before = tokens[at - 1] if at > 0 and not tokens[at].brk else None
    # a word none of whose terms the sentence has shares no word of it (`shares`): asked of
    # the sentence's terms once, before its words are walked (most sentences have neither)
    if after is not None and sentence.terms.isdisjoint(after.terms):
        after = None
    if before is not None and sentence.terms.isdisjoint(before.terms):
        before = None
    if after is None and before is None:
        return False
    stop = vocab.analyzer.stopwords
    for j, token in enumerate(sentence.tokens):
        if after is not None and shares(after, token, stop) \
                and spells(words_before(sentence, j), letters, last=True):
            return True
        if before is not None and shares(before, token, stop) \
                and spells(words_after(sentence, j), letters, last=False):
            return True
    return False


def shares(mine: Token, theirs: Token, stop) -> bool:
    """The same content word: one term in common, a word of letters (a figure beside the
    acronym would let "412 LR appeals" be spelled by "412 labour rights complaints"), not a
    small word."""
    return bool(mine.terms) and mine.word.isalpha() and mine.word.lower() not in stop \
        and not set(mine.terms).isdisjoint(theirs.terms)


def words_before(sentence: Parsed, j: int) -> list[str]:
    """The words of the sentence's clause before its token `j`, hyphens parting words."""
    start = max((i for i in range(j + 1) if sentence.tokens[i].brk), default=0)
    text = sentence.text[sentence.tokens[start].start:sentence.tokens[j].start] \
        if start < j else ""
    return [w for w in WORD_SPLIT_RE.split(text) if w]


def words_after(sentence: Parsed, j: int) -> list[str]:
    """The words of the sentence's clause after its token `j`, hyphens parting words."""
    tokens = sentence.tokens
    end = clause_end(tokens, j)
    text = sentence.text[tokens[j].end:tokens[end - 1].end] if end > j + 1 else ""
    return [w for w in WORD_SPLIT_RE.split(text) if w]


def spells(words: list[str], letters: str, last: bool) -> bool:
    """The words next to the anchor (the last ones, or the first), one a letter, spell the
    acronym: each a word of letters."""
    n = len(letters)
    if len(words) < n:
        return False
    part = words[-n:] if last else words[:n]
    return all(WORD_RE.fullmatch(w) for w in part) \
        and "".join(w[0] for w in part).lower() == letters
