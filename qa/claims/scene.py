"""The parts of a claim a sentence that reverses its main statement may leave unsaid: the scene
a fronted adverbial clause sets ("Although it worked amid terrorist violence, MINUSMA was given
a counterterrorism mandate") and the consequence a closing clause draws (", which helped keep
institutional knowledge within the mission", `qa.claims.consequence`).

The claim states its main clause as what happened; the scene and the consequence come with it.
A sentence that states the main clause with its relation reversed in place, or the word the
claim affirms denied ("did not have a counterterrorism mandate"), contradicts the claim
whatever it says of the scene: a claim that says two things is false when one is. Counted
against the rest and the event, the scene's unsaid words only made the claim longer, and
a short main clause reversed read as another event (bench/README, round 45).

The reading is narrow, as the reasons the rest and the event guard still hold elsewhere:
- only a conflict that the rest already reads as the claim's event named by its own words
  (`check.rest_needed` at REVERSED_REST: a reversal in place, a denial of the affirmed word);
  a differing figure, date or name is what another event most often has, and the scene may
  be what tells them apart;
- not a conflict inside the scene or the consequence (it still needs the whole claim);
- not when the part holds a fact of its own (a name, a figure, a date, other than the
  corpus's setting): "When you read Phil Jones' words, ..." and "Since the mid 1970s, ..."
  name whose words and which years; the sentence must then state them as any other fact;
- not a reversed function word, one the index does not keep ("with" / "without", "after" /
  "before", "more" / "less"): it names no event of its own, its event is the phrase it
  governs ("with the provision of armoured vehicles" / "without the provision of additional
  resources"), which the rest must then find as for any conflict;
- the share without the part is read beside the share with it, never instead: a sentence
  that states the scene too keeps what it states.
"""
from __future__ import annotations

from .facts import Parsed, remembered
from .unsaid import main_clause


def scene_terms(claim: Parsed) -> frozenset[str]:
    """The terms of the claim's fronted adverbial clause that its main clause lacks
    (`unsaid.main_clause`); empty without one. Remembered on the claim's parse."""
    return remembered(claim, ("scene",), find_scene_terms, claim)


def find_scene_terms(claim: Parsed) -> frozenset[str]:
    main = main_clause(claim)
    if not main:
        return frozenset()
    return frozenset({term for token in claim.tokens for term in token.terms} - main)


def aside_terms(part: frozenset[str], claim: Parsed, conflicts, background: set[str],
                vocab) -> frozenset[str]:
    """`part` (a scene, a consequence, or both), as terms a sentence with `conflicts` may leave
    unsaid, or nothing when one of the conditions above fails (all but the rest's reading,
    which the caller asks last: it is the dearest)."""
    if not part or not conflicts:
        return frozenset()
    if any(not (terms := set(vocab.analyzer.terms(c.claim))) or terms & part
           for c in conflicts):
        return frozenset()
    if any(m.text not in background and set(vocab.analyzer.terms(m.text)) & part
           for m in claim.mentions):
        return frozenset()
    return part
