"""The party a "with" phrase gives a part in a deed ("with support from X", "with X in a
supporting role", "with X assisting", "assisted by X"), which the sentence gives to the
claim's other party: who led and who helped, the other way round.

"The audit was run by the harbour office in Tromsø, with support from Oslo" against "The audit
was run from Oslo, with the harbour office in Tromsø in a supporting role" has every word and
both names of the claim; coverage supported it, while the two places traded parts. Neither
name is an agent of one verb (`opposition.swapped_names`), and the part is given by a noun or
a participle in a "with" phrase, which `part_given` does not read as a holder.

Read here, in the claim and in the sentence: a phrase after "with" up to its clause's break,
whose names stand before a word of the part ("with X assisting", "with X in a supporting
role") or after "from" when a noun of the part comes first ("with support from X"); and a
participle before "by" ("supported by X"). The part's words of the two phrases must be the
same word, another form or a thesaurus kin of it ("assisting" / "support"). Support is
withheld when the sentence's helpers share no name with the claim's, the claim names the
sentence's helper outside its own phrase, and the sentence names the claim's helper outside
its phrase: each party's part told of the other. A sentence that names the helper in no
phrase of this shape withholds nothing.
"""
from __future__ import annotations

from . import clause_ends
from .facts import ARTICLES, Parsed, Token
from .vocabulary import Vocabulary

# words of a phrase that are no part: an article, the prepositions a helper's phrase takes
FUNCTION = frozenset("the a an in of from by its their as merely only just".split())


def names_in(text: Parsed, start: int, end: int) -> list[str]:
    """The names written among the text's words [start, end), lower-cased."""
    if start >= end:
        return []
    first, last = text.tokens[start].start, text.tokens[end - 1].end
    return [m.text.lower() for m in text.mentions
            if m.family == "name" and first <= m.start and m.end <= last]


def clause_end(text: Parsed, start: int) -> int:
    """The index of the next clause break after `start`, or the text's end."""
    return clause_ends.clause_end(text.tokens, start)


def helpers(text: Parsed) -> list[tuple[list[str], list[Token], int, int]]:
    """Each phrase giving a party a helping part: its names, the words that may tell the part,
    and its span."""
    tokens = text.tokens
    found = []
    for i, token in enumerate(tokens):
        word = token.lower
        if word == "with" and i + 1 < len(tokens) and not tokens[i + 1].brk:
            end = clause_end(text, i)
            k = i + 1
            while k < end and tokens[k].lower in ARTICLES:
                k += 1
            if k + 1 < end and tokens[k].word.islower() and tokens[k + 1].lower == "from":
                names = names_in(text, k + 2, end)  # "with support from X"
                if names:
                    found.append((names, [tokens[k]], i, end))
                continue
            names = names_in(text, i + 1, end)
            if not names:
                continue
            last_name = max(n for n in range(i + 1, end)
                            if any(m.start <= tokens[n].start < m.end for m in text.mentions
                                   if m.family == "name"))
            parts = [t for t in tokens[last_name + 1:end]
                     if t.terms and t.word.islower() and t.lower not in FUNCTION]
            if parts:  # "with X assisting", "with X in a supporting role"
                found.append((names_in(text, i + 1, last_name + 1), parts, i, end))
        elif word == "by" and i > 0 and not token.brk and tokens[i - 1].word.islower() \
                and tokens[i - 1].lower.endswith("ed"):
            end = clause_end(text, i)
            names = names_in(text, i + 1, end)  # "assisted by X"
            if names:
                found.append((names, [tokens[i - 1]], i - 1, end))
    return found


def same_part(mine: list[Token], theirs: list[Token], vocab: Vocabulary) -> bool:
    """A word of the claim's part is a word of the sentence's part, in a form or a kin."""
    terms = {term for t in theirs for term in t.terms}
    groups = vocab.expand(terms)
    return any(vocab.matches(term, terms, groups) for t in mine for term in t.terms)


def named_outside(name: str, text: Parsed, start: int, end: int) -> bool:
    """The text writes the name (or a name holding it, or held by it) outside [start, end)."""
    first, last = text.tokens[start].start, text.tokens[end - 1].end
    return any(m.family == "name" and not (first <= m.start and m.end <= last)
               and (name in m.text.lower() or m.text.lower() in name) for m in text.mentions)


def overlaps(ours: list[str], theirs: list[str]) -> bool:
    return any(a in b or b in a for a in ours for b in theirs)


def helper_swapped(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence gives the claim's helping part to the claim's other party, and names the
    claim's helper elsewhere (see the module's docstring)."""
    mine = helpers(claim)
    if not mine:
        return False
    theirs = helpers(sentence)
    for names, parts, start, end in mine:
        for other, other_parts, s, e in theirs:
            if overlaps(names, other) or not same_part(parts, other_parts, vocab):
                continue
            if any(named_outside(n, claim, start, end) for n in other) \
                    and any(named_outside(n, sentence, s, e) for n in names):
                return True
    return False
