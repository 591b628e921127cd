"""A person's name and a group's name are never rivals.

"The Royal Society embraced the method" and "Hume embraced the method" name two actors of
different kinds; a sentence about one says nothing of the other, and a claim about the
society is not contradicted by what a philosopher did. The kind of a name is that of its head
word (its last word before "of", "for" ...: "Society" in "the Royal Society", "Office" in
"Office of the High Commissioner", "Hume" in "David Hume") as WordNet's first sense files it:
a person or a group (`qa.search.wordnet.actor_kind`). A head WordNet does not know, files
as neither ("Alcoa", "Park", "Union") or that can be an adjective ("African", whose noun is
a person but which names a group's origin), gives no kind, and such a name stays a rival of
any."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import actor_kind, actor_noun
from .facts import Mention


def kinds_differ(a: Mention, b: Mention) -> bool:
    """Both names have a kind of actor, and not the same one."""
    mine, theirs = head_kind(a.text), head_kind(b.text)
    return mine is not None and theirs is not None and mine != theirs


@lru_cache(maxsize=4096)  # a claim's name is asked it against every name of every sentence
def head_kind(name: str) -> str | None:
    """The kind of actor a name's head word is, or None."""
    words = name.split()
    head = next((n for n, w in enumerate(words) if n and not w[:1].isupper()), len(words))
    word = words[head - 1].strip(".,'’") if head else ""
    if not word or actor_noun(word):  # "African", "Malian": an adjective of origin, no head
        return None
    return actor_kind(word)
