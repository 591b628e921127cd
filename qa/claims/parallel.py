"""Facts a sentence gives in two parallel conjuncts, crossed by the claim.

"The mission closed its camp at Velm in August 2023 and its camp at Orsk in October
2023" gives each camp its month; "Norland sent 300 engineers to Kessa and 120 medics to Orm"
each figure its town. A claim that takes one fact from each conjunct ("closed its camp at
Velm in October 2023", "sent 120 medics to Kessa") finds every fact of it in the
sentence, which is all coverage asks; but no conjunct states them together. Read against the
conjunct that states most of the claim's facts, a fact stated only in the other is a conflict
with the fact of its kind the first conjunct gives instead (August 2023 for October 2023), or
unstated where it gives none.

Conjuncts are found where "and", ", while", ", whereas" or ";" opens a run of text with two
facts at least (figures, dates, names), after a run with facts of the same kinds: a list
("450, 200 and 300 troops", "between 2013 and 2023") opens no conjunct, and a sentence that
pairs its lists "respectively" is read by `compare.respective_pairs`. The part of the first
conjunct parallel to the second starts at its first fact of the kind the second opens with:
"Norland sent" is said of both conjuncts, "300 engineers to Kessa" of the first alone.
"""
from __future__ import annotations

import re

from .auxiliaries import DO, HAVE, TENSED_BE
from .dated import datable_past
from .facts import Mention, Parsed, clause_marks, remembered
from .figure_owner import owned_alike

JOINT_RE = re.compile(r"\s+and\s+|,\s*(?:and|while|whereas|but)\s+|;\s*", re.I)
RANGE_RE = re.compile(r"\bbetween\s+\S+$", re.I)  # "between 2013 and 2023": one range
LEAST = 2  # facts a conjunct must hold to be one


def conjuncts(sentence: Parsed) -> list[tuple[int, int]]:
    """The (start, end) of each parallel conjunct of the sentence, the first from its first
    fact of the kind that opens the second; [] for most sentences (one conjunct).
    Remembered on the parse."""
    return remembered(sentence, ("parallel conjuncts",), find_conjuncts, sentence)


def facts_in(sentence: Parsed, start: int, end: int) -> list[Mention]:
    """The facts in the span, a month and the year right after it one fact."""
    found = sorted((m for m in sentence.mentions if start <= m.start < end),
                   key=lambda m: m.start)
    return [m for k, m in enumerate(found) if not (
        m.family == "year" and k and found[k - 1].family == "month"
        and not sentence.text[found[k - 1].end:m.start].strip(" ,"))]


def kinds(facts: list[Mention]) -> set[tuple[str, str]]:
    return {(m.family, m.kind) for m in facts}


def find_conjuncts(sentence: Parsed) -> list[tuple[int, int]]:
    text = sentence.text
    if len(sentence.mentions) < 2 * LEAST or "respectively" in text.lower():
        return []
    cuts = [m for m in JOINT_RE.finditer(text) if not RANGE_RE.search(text, 0, m.start())]
    bounds = [0] + [m.end() for m in cuts] + [len(text)]
    starts = [0] + [m.start() for m in cuts] + [len(text)]
    spans = [(bounds[k], starts[k + 1]) for k in range(len(bounds) - 1)]
    found: list[tuple[int, int]] = []
    for before, after in zip(spans, spans[1:]):
        theirs = facts_in(sentence, *after)
        ours = facts_in(sentence, found[-1][0] if found else before[0], before[1])
        if len(theirs) < LEAST or len(ours) < LEAST or not kinds(theirs) <= kinds(ours) \
                or not any(m.family != "name" for m in theirs):
            continue
        lead = text[after[0]:theirs[0].start].split()
        if lead and verb_like(lead[0]):
            continue  # "and was incorporated into ...": the first conjunct's subject is its too
        if not found:
            if any(verb_like(word) for word in text[after[0]:after[1]].split()):
                found.append(before)  # "while the army shelled Orm": a clause of its own
            else:  # "and 120 medics to Orm": the verb left out, as the subject; the first
                # conjunct starts where its facts parallel the second's
                opening = (theirs[0].family, theirs[0].kind)
                first = next(m for m in ours if (m.family, m.kind) == opening)
                if "," in text[first.start:before[1]]:
                    continue  # "one French, several Estonian troops and two Malian": a list
                found.append((first.start, before[1]))
        found.append(after)
    return found


AUXILIARIES = TENSED_BE | HAVE | DO | frozenset(("will", "would"))


def verb_like(word: str) -> bool:
    """A finite verb or an auxiliary: "shelled", "was", "took"."""
    word = word.lower().strip(",")
    return word in AUXILIARIES or datable_past(word)


def same_fact(mine: Mention, theirs: Mention, sentence: Mention) -> bool:
    """The sentence's mention gives the claim's fact: the mention that stated it, or one of
    the same value (a name by its words: the mention `compare.stated_by` gives a name is any
    of the sentence's)."""
    if mine.family == "name":
        if mine.kind == "country" or sentence.kind == "country":
            return sentence.kind == mine.kind and sentence.value == mine.value
        return sentence.family == "name" and bool(mine.value) and mine.value <= sentence.value
    return sentence is theirs or (sentence.family == theirs.family
                                  and sentence.value == theirs.value
                                  and sentence.day == theirs.day and sentence.kind == theirs.kind)


def crossed(claim: Parsed, sentence: Parsed,
            stated: dict[int, Mention]) -> list[tuple[int, Mention, Mention]]:
    """(the number of the claim's fact, the fact, the rival the conjunct that states most of
    the claim's facts gives in its place) for each fact that conjunct does not state while
    another does; [] when no two facts of the claim lie in two conjuncts. The rival stands
    where the fact stands in its own conjunct (the second fact of each, of one kind): a
    phrase closing the last conjunct may be said of all ("... and two civilians in an
    attack in Mali"), and has no counterpart."""
    if len(stated) < 2:
        return []
    spans = conjuncts(sentence)
    if not spans:
        return []
    where = {}  # claim fact -> the conjuncts stating it (none: said of them all)
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        giving = [s for s in sentence.mentions if same_fact(mine, theirs, s)]
        places = {k for k, (start, end) in enumerate(spans) for s in giving
                  if start <= s.start < end}
        shared = any(not any(start <= s.start < end for start, end in spans) for s in giving)
        if places and not shared:
            where[n] = places
    found = []
    for group in claim_parts(claim, where):
        found += crossed_in(claim, sentence, stated, spans, group)
    return found


def claim_parts(claim: Parsed, where: dict[int, set[int]]) -> list[dict[int, set[int]]]:
    """`where` split by the claim's own conjuncts and clauses (at "and", ", but", ";", a
    comma ...): a claim that restates both conjuncts ("Although X accounted for two-thirds of
    incidents, only 16 percent of troops were there") takes each from its own."""
    cuts = [m.start() for m in JOINT_RE.finditer(claim.text)] + clause_marks(claim)
    parts: dict[int, dict[int, set[int]]] = {}
    for n, places in where.items():
        part = sum(cut <= claim.mentions[n].start for cut in cuts)
        parts.setdefault(part, {})[n] = places
    return list(parts.values())


def crossed_in(claim: Parsed, sentence: Parsed, stated: dict[int, Mention],
               spans: list[tuple[int, int]], where: dict[int, set[int]]
               ) -> list[tuple[int, Mention, Mention]]:
    """`crossed` for the facts of one conjunct of the claim."""
    if len({frozenset(p) for p in where.values()}) < 2:
        return []
    # the conjunct stating most of them; of two alike, the one naming the claim's actor or
    # place: a name says which conjunct is meant, a figure or date what it says of it
    # ("Sweden receives 60 percent" against "Norway receives 60 percent ... and Sweden 40
    # percent": Sweden's is 40)
    best = max(range(len(spans)), key=lambda k: (
        sum(k in p for p in where.values()),
        sum(k in p for n, p in where.items() if claim.mentions[n].family == "name")))
    slots = facts_in(sentence, *spans[best])
    found = []
    for n, places in where.items():
        if best in places or owned_alike(claim, claim.mentions[n], sentence, stated[n]):
            continue  # (a figure its own owner's words place: "lorries 25%" / "..., while
            # lorries carried 25%", whatever the other conjunct states: `figure_owner`)
        mine, k = claim.mentions[n], min(places)
        own = facts_in(sentence, *spans[k])
        giving = next((i for i, s in enumerate(own) if same_fact(mine, stated[n], s)), None)
        rival = slots[giving] if giving is not None and giving < len(slots) else None
        if rival is not None and rival.family == mine.family and rival.kind == mine.kind \
                and not given_beside(claim, mine, rival):
            found.append((n, mine, rival))
    return found


def given_beside(claim: Parsed, mine: Mention, rival: Mention) -> bool:
    """The claim gives the rival too, not in a parallel conjunct of its own apart from
    `mine`'s: "camps at Velm and Orsk" gives both conjuncts' places, and no place is
    crossed; "about 14 °C in May and about 23 °C in June", two conjuncts, trades the two
    figures of "23 °C in May and 14 °C in June", and each of its figures is crossed."""
    spans = conjuncts(claim)
    home = next((k for k, (start, end) in enumerate(spans) if start <= mine.start < end), None)
    return any(same_fact(other, other, rival) and (home is None or not any(
        start <= other.start < end for k, (start, end) in enumerate(spans) if k != home))
        for other in claim.mentions)
