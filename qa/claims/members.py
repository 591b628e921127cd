"""A group the sentence describes by its members is the claim's group with those members,
whatever it calls it. "Some European and NATO contributors—including Germany, Sweden, the
Netherlands, Canada ...—deployed with advanced capabilities" is about the claim's "contributors
such as Sweden, the Netherlands and Canada", not about its "African troop contributors" who
deployed otherwise: the claim names the group's members itself, in another role, so "European"
is no rival of its "African" (two groups, two events)."""
from __future__ import annotations

import re

from .facts import Mention, Parsed, remembered

# what introduces a group's members, a few words after the group's name: "contributors—
# including", "groups such as", "states, among them"
MEMBERS_RE = re.compile(r"\s*(?:[^\W\d_][\w-]*\s*){0,4}?[—–(,]?\s*(?:including|such as|"
                        r"among them|notably)\s+", re.IGNORECASE)
LIST_END_RE = re.compile(r"[;.)—–]")


def members_of(text: Parsed, group: Mention) -> list[Mention]:
    """The names the text lists as members of the group named at `group`, remembered on the
    text's parse (a sentence's groups are asked again for every claim)."""
    return remembered(text, ("members", group.end), listed_members, text, group)


def listed_members(text: Parsed, group: Mention) -> list[Mention]:
    found = MEMBERS_RE.match(text.text, group.end)
    if not found:
        return []
    end = LIST_END_RE.search(text.text, found.end())
    stop = end.start() if end else len(text.text)
    return [m for m in text.mentions if m.family == "name" and found.end() <= m.start < stop]


def members_named_elsewhere(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                            named) -> bool:
    """The sentence's group `theirs` has members the claim names, none of them as members of
    the claim's `mine`: the claim's other group (`named(name, text)`: the name is in it)."""
    members = members_of(sentence, theirs)
    if not members:
        return False
    own = members_of(claim, mine)
    return any(named(m, claim) for m in members) \
        and not any(m.value == o.value for m in members for o in own)
