"""A record a script writes ("Event: withdrawal notice; Date: 2031-04-17; Country: Norvik"),
read as the facts its values state.

A record is two or more "field: value" pairs, one after the other, parted by a semicolon, a
bar, a tab, a line break, a bullet, or a comma before the next field's name, in any order.
Read as a sentence, its field names are words no report writes ("Event", "Date", "Note":
each left unverified, so a stated record was not found), capitals that open a field read as
names (an actor "Motion" in conflict), and a value after its colon read as what the colon
introduces ("Motion: not carried" as a denied party, "The mayor, not the board"). A field's
name says what kind of thing its value is, or it is the value's subject:
- before a date alone ("Date: 2031-04", "Signed: 4 Feb 2031") or a noun phrase or name
  under a one-word name ("Event: withdrawal notice", "Country: Norvik"), the name only
  says what kind of fact follows, and is left out;
- before a figure ("Crews: 40", "Share of the budget: 23%") the name is what the figure
  counts, and before a predicate ("Motion: not carried", "Status: closed") it is what the
  value is said of: it stays, before its value, without the colon (as written: a
  capital that opens a part is read as a sentence's first word, "Share of the budget 23%").
The fields are joined by semicolons, as a report's list of facts is.
"""
from __future__ import annotations

import re

from ..search.wordnet import adjectives
from ..text.analyze import load_stopwords
from .facts import written_numbers

# a field's name: a word and a few more (a bracket, a hyphen or a figure among
# them: "Share of incidents (prior year)", "Option 3"), before a colon and a space
NAME = r"[^\W\d_][\w'’()+/.-]*(?: [\w'’()+/.-]+){0,7}"
FIELD_RE = re.compile(rf"({NAME}):\s+(?=\S)")
# what parts two fields: a semicolon, a bar, a tab, a line break or a bullet; a comma only
# before the next field's name (a comma inside a value lists things: "China, Russia")
PARTS_RE = re.compile(rf"\s*[;|\t\n•·]\s*|,\s+(?={NAME}:\s)")
MIN_FIELDS = 2
FIGURE_FIRST_RE = re.compile(r"^(?:[~≈<>+]|up to |over |about |around |at least |some )?[$€£]?\d",
                             re.IGNORECASE)
PREDICATE_WORDS = frozenset("not no none yes never".split())
PREPOSITIONS = frozenset("about against by for from in of on than to with within".split())
# what a date alone may have beside its figures and month: marks, brackets, a preposition
DATE_REST_RE = re.compile(r"[\W\d_]+|\b(?:since|in|on|by|from|until)\b", re.IGNORECASE)


def record_read(claim: str) -> str:
    """The claim as its fields' facts when it is a record (above), else the claim."""
    fields = record_fields(claim)
    if fields is None:
        return claim
    return "; ".join(field_read(name, value) for name, value in fields)


def record_fields(claim: str) -> list[tuple[str, str]] | None:
    """The (name, value) pairs of a record, in order; None for a claim that is none: fewer
    than two fields, or a first part that is no field. A part without a name of its own
    continues the value before it ("Hosts: Velm Institute | Norvik Council")."""
    if claim.count(":") < MIN_FIELDS:
        return None  # most claims: no two colons
    fields: list[tuple[str, str]] = []
    for part in PARTS_RE.split(claim.strip().rstrip(".")):
        if not part:
            continue
        field = FIELD_RE.match(part)
        if field and not re.search(r"\d:\d", part[:field.end() + 1]) \
                and field.group(1).split()[0].lower() not in load_stopwords():
            # a field's name names; an article, a pronoun or a conjunction opens a clause
            # ("The plan had two parts: ...", "and a rise: ...")
            fields.append((field.group(1), part[field.end():].strip()))
        elif fields:
            name, value = fields[-1]
            fields[-1] = (name, f"{value}, {part}")
        else:
            return None
    return fields if len(fields) >= MIN_FIELDS else None


def field_read(name: str, value: str) -> str:
    """A field as the fact it states: its value alone where its name says what kind of fact
    the value is; the name before the value where it is the value's subject."""
    return value if name_frames(name, value) else f"{name} {value}"


def name_frames(name: str, value: str) -> bool:
    """The field's name only says what kind of fact its value is: a date's name, or a
    one-word name before a noun phrase or a name."""
    return date_alone(value) or not (FIGURE_FIRST_RE.match(value) or predicate(value)) \
        and " " not in name


def date_alone(value: str) -> bool:
    """The value is a date and nothing more ("2031-04", "since 4 February 2031")."""
    dates = [m for m in written_numbers(value) if m.family in ("month", "year")]
    rest = "".join(c for n, c in enumerate(value)
                   if not any(m.start <= n < m.end for m in dates))
    return bool(dates) and not DATE_REST_RE.sub("", rest)


def predicate(value: str) -> bool:
    """The value says something of its field's name: it opens on a word of negation or
    assent ("not carried", "none"), or is an adjective or a participle, alone or with its
    preposition ("minimal", "opposed", "consistent with the accord"), not one that only
    qualifies a noun ("presidential election": a noun phrase)."""
    words = value.lower().split()
    first = words[0].strip("()[]")
    if first in PREDICATE_WORDS:
        return True
    said_of = first in adjectives() or first.endswith("ed") and not value[:1].isupper()
    return said_of and (len(words) == 1 or words[1] in PREPOSITIONS)

