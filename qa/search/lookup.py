"""The postings of query terms as the search reads them. The index remembers both what they
cost: a term's vocabulary position (`Index.term_id`) and its recently read terms' computed
weights (`Index.postings_of`); and `remembered` keeps what search works out of them, per index.

`stored` gives them as the index holds them: a small index's `array.array`s are searched in
plain Python (`qa.search.plain`), so that asking it never imports numpy.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable

from ..index.model import Index


def stored(index: Index, term: str):
    """A term's passage ids and weights as the index holds them (`Index.postings_of`); two
    empty sequences for a term the corpus lacks."""
    tid = index.term_id(term)
    return index.postings_of(tid) if tid is not None else ((), ())


REMEMBERED = 4096  # entries of each per-index memo before it starts afresh


def remembered(index: Index, memo: str, key: Hashable, make: Callable[[], object]):
    """`make()`, remembered in the index's memo named `memo` (bounded: cleared when full);
    never None."""
    found = index.__dict__.setdefault(memo, {})
    value = found.get(key)
    if value is None:
        if len(found) >= REMEMBERED:
            found.clear()
        value = found[key] = make()
    return value
