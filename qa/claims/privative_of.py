"""A noun or adjective of absence before "of" denies what follows, as "lack of" does.

"The plan stalled for want of funds" and "a paucity of data", "a region devoid of cover" say
the funds, the data, the cover are not there; the negation list names "lack", "absence",
"dearth" and a few more, and a claim that wrote the absence another way affirmed the very
noun the source denied ("for want of funds" / "a lack of funds" read as a conflict of
polarity, and a true claim was called contradicted). The words are those WordNet files as
the absence of a thing (`tools/wordnet_privatives.py`): the senses of "deficiency" and their
hyponyms, attested in its concordance, and the adjectives of the clusters of "lacking".

Only right before "of" and a word: "want" alone is a verb of desire ("want more funds"), and
"a deficit of 3 percent" measures a figure, it denies none.
"""
from __future__ import annotations

from ..search.wordnet import privatives

OF = "of"


def privative_of(tokens, i: int) -> bool:
    """The i-th token is a word of absence (`wordnet.privatives`) followed by "of" and a word,
    in one clause: a negation of the noun phrase after "of"."""
    if i + 2 >= len(tokens) or tokens[i].lower not in privatives():
        return False
    of, after = tokens[i + 1], tokens[i + 2]
    return of.lower == OF and not of.brk and not after.brk and after.word.isalpha()
