"""Which ranking ingredients are on: every one can be switched off alone, so that what each
adds can be measured on any collection (`bench/ablation.py`). Users never need this: the
defaults are the ranking. For the bench only, `QA_RANKING` switches ingredients in a `qa`
process too: `QA_RANKING="-wordnet,-proximity" qa ask ...` (a name after `-` turns it off,
after `+` or alone turns it on)."""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import fields, replace
from typing import Iterator

from ..errors import UsageError
from ..frozen import frozen

ENV = "QA_RANKING"


@frozen
class Settings:
    # query expansion
    acronyms: bool = True  # mined from the corpus: TOB <-> Temporary Operating Bases
    thesaurus: bool = True  # qa/data/thesaurus.txt
    countries: bool = True  # other names of a country named (countries.tsv)
    capitals: bool = True  # a capital stands for its country and government (capitals.tsv)
    phrasal_verbs: bool = True  # "pull out" -> withdraw (phrasal_verbs.tsv)
    wordnet: bool = True  # WordNet synonyms of words the corpus lacks
    compounds: bool = True  # "peace-keeping" = "peacekeeping", either way round
    frames: bool = True  # "how many", "how long" are not search words
    feedback: bool = True  # pseudo-relevance feedback (RM3) from the best documents
    # re-scoring evidence
    proximity: bool = True
    sentence: bool = True  # many query terms within one sentence
    heading: bool = True  # query terms in the section heading or document title
    answer_sentence: bool = True  # a sentence covering the query holds the asked-for item
    percentage: bool = True  # "what share" and the passage holds a percentage

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def switched(self, spec: str) -> "Settings":
        """These settings with `spec` applied: "-wordnet,+proximity,heading"."""
        changes = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            on, name = item[0] != "-", item.lstrip("+-").replace("-", "_")
            if name == "all":
                changes.update(dict.fromkeys(self.names(), on))
            elif name in self.names():
                changes[name] = on
            else:
                raise UsageError(f"{ENV}: unknown ingredient {name!r} "
                                 f"(known: {', '.join(self.names())})")
        return replace(self, **changes)


_active: Settings | None = None


def active() -> Settings:
    global _active
    if _active is None:
        _active = Settings().switched(os.environ.get(ENV, ""))
    return _active


@contextmanager
def using(settings: Settings) -> Iterator[Settings]:
    """Rank with `settings` inside the block (the bench's ablations)."""
    global _active
    before, _active = _active, settings
    try:
        yield settings
    finally:
        _active = before
