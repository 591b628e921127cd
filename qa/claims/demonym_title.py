"""A country's adjective before a title and a name is that person's description: "by Danish
chemist Ole Brandt" names one agent, Ole Brandt, not Denmark.

`opposition.agents_of` lists the names right after a passive's "by", joined by commas and
"and". It stopped at the title's common noun after the adjective, so "was first isolated by
Danish chemist Ole Brandt" had one agent, "Danish", and a claim "was first isolated by Ole
Brandt" was read as the deed given to another agent (`passive_agent_replaced`): a true claim
called contradicted. A country written as its adjective, or a one-word name WordNet derives
from a proper noun ("Scottish", `adjective_names.proper_adjective`), then up to TITLE_WORDS
lower-case words, then a name, is one agent's phrase: the name is listed with it.
"""
from __future__ import annotations

import re

from .adjective_names import proper_adjective
from .facts import Mention

TITLE_WORDS = 3  # "Danish chemist", "the Danish marine chemist", "French-born research chemist"
TITLE_GAP_RE = re.compile(rf"\s+(?:[a-z][a-z-]*\s+){{1,{TITLE_WORDS}}}")


def titled_name(text: str, adjective: Mention, after: Mention) -> bool:
    """`after` is the name a country's adjective (`adjective`) describes through a title
    between them ("Danish chemist Ole Brandt")."""
    if after.family != "name" or after.kind == "country" \
            or not TITLE_GAP_RE.fullmatch(text, adjective.end, after.start):
        return False
    if adjective.kind == "country":
        return text[adjective.start:adjective.end].lower() != str(adjective.value).lower()
    return proper_adjective(adjective)
