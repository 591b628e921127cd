"""Whether a sentence that gives another value of one of the claim's facts is anchored to the
claim's event by the claim's other facts.

A differing figure or date is what another event of the same passage most often has, so such a
conflict needs most of the claim's other words (`check.CONTRADICT`). But when it is the only
conflict and the sentence itself states two or more of the claim's other typed facts, one of
them a name that is not the corpus's setting ("Egypt ... seven ... in 2021" / "Egypt ... seven
of its personnel in 2022"; each counted once, by the sentence's fact that states it, and not
a fact of the differing value's own family, which is of its series: "2015" beside "2016"),
those facts place the differing value in the claim's event, whose
verbs may be reworded ("stopped" / "suspended", "losing" / "the deaths of"): the rest needs
only as much as a relation reversed in its place (`check.REVERSED_REST`). Measured on the
read sets and CLIMATE-FEVER dev (bench/README, round 34, contra14): with a name in conflict, or
with figures alone as anchors, it turned true claims into contradictions. The same facts place
it in the claim's event however few of the predicate's words the sentence keeps: the event
needs only one of them, and what the claim's verb acts on (`event_anchored`; the same actors
on the same day doing something to another thing are another deed).
"""
from __future__ import annotations

from ..types import VALUE_KINDS
from .acted_on import object_head
from .compare import name_found
from ..search.wordnet import can_be_verb
from .facts import Parsed, Token, groups_of, inside_name, token_index
from .main_verb import after_opener, main_verb
from .past_forms import past_shaped
from .value_event import another_actors_value
from .vocabulary import Vocabulary

# other typed facts of the claim the sentence must itself state, one of them a name
ANCHORS = 2
# the share of the claim's predicate an anchored sentence must still state (`event_anchored`):
# some word of it, not the claim's event (`check.EVENT`), which its facts already place
ANCHORED_EVENT = 0.1


def anchored(found, claim: Parsed, background: set[str]) -> bool:
    """One value differs and the sentence states ANCHORS of the claim's other typed
    facts, among them a name: the claim's actor, not only figures of a series ("from about
    1940 to 1975"); the corpus's setting, which every passage names, anchors nothing."""
    conflicts = found.conflicts  # each, not one per place: "0.3 to 1.1" / "0.6" is two
    # a value only: a name in conflict is too often a name read in another role ("the UN
    # secretary-general" / "SG", "the UN Security Council terminated the mandate" / "MINUSMA's
    # mandate") to be placed by the other facts
    if len(conflicts) != 1 or conflicts[0].kind not in VALUE_KINDS:
        return False  # two values against one are a range or a series, not one value
    return anchors_value(found, claim, background, conflicts[0].claim)


def event_anchored(found, claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                   background: set[str], event: float) -> bool:
    """The sentence is the claim's event though it states less of the claim's predicate than
    `check.EVENT`: its one differing value is `anchored` by the claim's other facts, a name
    among them, which place it in the claim's event as they place it for the rest; the
    predicate is then often reworded beyond a synonym ("handed over to" / "was replaced by",
    "covering a country" / "operating in a country"), and needs only some word of it stated
    (ANCHORED_EVENT), so long as what the claim's verb acts on is stated (`object_stated`)
    and the differing value is not another actor's event the same sentence tells
    (`value_event.another_actors_value`: "When the Ardal Front advanced in January, this led
    to the deployment of the guild" does not date the guild's replacement)."""
    return event >= ANCHORED_EVENT and anchored(found, claim, background) \
        and not name_absent(found, background) and object_stated(claim, sentence, vocab) \
        and not another_actors_value(found.conflicts[0], claim, sentence, vocab,
                                     lambda name, text: name_found(name, text, vocab))


def name_absent(found, background: set[str]) -> bool:
    """A name of the claim (not in conflict, not the corpus's setting) that the sentence's
    passage does not state: the anchors may be another actor's event ("The Pilots' Guild
    released its report about the collisions off Ostvik in May" / "They rejected the report
    ... off Ostvik in June"), which a predicate stated in full would tell apart."""
    conflicting = {c.claim for c in found.conflicts}
    return any(m.family == "name" and m.text not in conflicting and m.text not in background
               for m in found.absent)


def object_stated(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The head of the claim's main verb's direct object (`acted_on.object_head`) is stated
    by the sentence (a synonym counts), or the verb has none ("handed over to", "covering"
    after "talking about"): the same actors on the same day doing something to another thing
    are another deed ("signed a dredging contract" / "held a meeting to review the
    dredging mandate"), however many of the claim's facts anchor it."""
    verb = main_verb(claim) or first_past(claim)
    head = None if verb is None else object_head(claim, token_index(claim, verb))
    if head is None:
        return True
    groups = groups_of(sentence, vocab)
    return any(vocab.matches(t, sentence.terms, groups) for t in head.terms)


def anchors_value(found, claim: Parsed, background: set[str], mine: str) -> bool:
    """The sentence states ANCHORS of the claim's typed facts besides the value `mine` (the
    claim's text of it), among them a name (`anchored`)."""
    # a fact of the conflicting value's own family (another year beside "2016" in "2015 and
    # 2016") is of its series, the value's neighbour, not the event's actor or measure; a
    # country in conflict has no series: the claim's other names are its event's
    series = {m.family for m in claim.mentions if m.text == mine and m.family != "name"}
    # the sentence's facts that state them, each once: "Ivorian" and "Abidjan" both stated by
    # one "Côte d'Ivoire" are one fact of the sentence, not two
    others = {(theirs.start, theirs.end): claim.mentions[n]
              for n, theirs in found.stated.items()
              if claim.mentions[n].text != mine and claim.mentions[n].text not in background
              and claim.mentions[n].family not in series}
    return len(others) >= ANCHORS and any(m.family == "name" for m in others.values())


def first_past(claim: Parsed) -> Token | None:
    """The claim's first verb in the past, outside names and noun phrases, where `main_verb`
    reads none: it leaves out verbs that may be of saying ("signed", "told"), whose object
    is the deed's all the same here ("signed a contract")."""
    return next((t for n, t in enumerate(claim.tokens)
                 if n > 0 and t.word.isalpha() and t.word.islower() and past_shaped(t.word)
                 and can_be_verb(t.word) and not inside_name(claim, t)
                 and not after_opener(claim, t)), None)


# what may stand between two parts of one date: "June 13, 2023", "13 June 2023", "July of 2013"
DATE_GLUE = frozenset({"", "of"})


def date_part_stated(found, claim: Parsed, mine) -> bool:
    """Another part of the date the claim's `mine` is part of (its day and month beside a
    year: "June 13" of "June 13, 2023") is stated by the sentence: the sentence gives the
    claim's date with one part otherwise, not a date of another event, which differs in every
    part ("June 30, 2023" / "25 June 2014")."""
    for n, theirs in found.stated.items():
        other = claim.mentions[n]
        if other is mine or other.family not in ("month", "year"):
            continue
        first, second = sorted((other, mine), key=lambda m: m.start)
        if claim.text[first.end:second.start].strip(" ,").lower() in DATE_GLUE:
            return True
    return False
