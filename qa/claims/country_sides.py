"""A country's noun on either side of it: "the Mauritanian border" / "the border with
Mauritania", "Mali's government" / "the government of Mali".

`compare.same_role` pairs two facts by a word on the same side of both (`compare.turned_role`
crosses the sides for these). A country written as
an adjective or an owner ("Mauritanian", "Mali's") has the noun it qualifies after it; one
written after "of", "with" or "from" has it before. Two countries qualifying the same noun,
one each way, play the same part: the one in the claim's place is another country."""
from __future__ import annotations

from .facts import APOSTROPHES, Mention, Parsed

GOVERNING = frozenset(("of", "with", "from"))  # "the border with Mauritania"


def qualifies(text: Parsed, mention: Mention) -> bool:
    """The country is written as an adjective ("Mauritanian") or an owner ("Mali's"): the
    noun it goes with comes after it."""
    written = text.text[mention.start:mention.end]
    return mention.kind == "country" and (
        written.lower() != str(mention.value).lower()
        or text.text[mention.end:mention.end + 2].startswith(APOSTROPHES))


def governed(text: Parsed, mention: Mention) -> bool:
    """The country follows "of", "with" or "from": the noun it goes with comes before."""
    before = [t for t in text.tokens if t.end <= mention.start]
    return mention.kind == "country" and bool(before) \
        and before[-1].word.lower() in GOVERNING and not before[-1].brk
