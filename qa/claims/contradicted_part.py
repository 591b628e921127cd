"""A claim of clauses one of which the sources contradict, read alone, is contradicted.

A claim that joins two facts ("The council first approved the quay in March 2019, with a
budget for two cranes") asserts both: one false makes the claim false. Read whole, the
conflicting sentence tells only the clause it conflicts with ("The council approved the quay
in May 2019"), so the rest of the claim, the other clause's words, stays unstated and the
conflict falls below the share of the rest a contradiction needs (`check.CONTRADICT`): the
claim is left not_found. Read alone, the clause has no such words to miss.

`clause_parts.read_by_clauses` already reads such a claim clause by clause when the whole is
not_found (to find each clause supported); this takes the verdict of a clause it read and
found contradicted, with that clause's evidence. Every gate of a contradiction holds for the
clause as for any claim (the same event, the same role, one kind of fact). No clause is read
again here: the cost is nothing beyond what `read_by_clauses` spends.

Only the claim's main clause asserts: "After the review moved the depot north, ..." and
"..., since February over doubts that ..." tell a clause the main one leans on (a time, a
cause), read alone a fragment whose conflicts are with other events as often as with the
claim's; a noun's apposition or relative clause (", a village that had suffered ...") is a
description, not the claim. So the clause contradicted must be the main one: the one after a
leading "Because / When / After A,", the first of "A, so / because / since B" and of what
`added_split` parts ("A; B", "A, where B", "A, with B"), or a sentence of the claim's own.

And the conflict must be one the whole claim's reading found too, in the same sentence,
refused there by the rest the other clauses add, and the sentence must write one of the
clause's names: read alone, a short clause has little rest to state, and a conflict of its
words with an unrelated sentence ("about 1940" / "about 0.8", a clause of a claim of three,
no name in it) is then met as easily as the claim's own; a name the sentence shares places
the conflict in the clause's event, as a name among a claim's facts places a value
(`qa.claims.anchored`).
"""
from __future__ import annotations

from dataclasses import replace

from ..types import CheckResult, Stance, Verdict
from .clause_parts import MAX_DEPTH, added_split, joined_split, leading_split, sentence_split
from .facts import parse
from .participle_part import participle_main
from .vocabulary import Vocabulary

# the share of the main clause's words the sentence contradicting its leading clause must
# state (`told_around`): as much as a conflict in its place needs of the rest
# (`check.REVERSED_REST`)
TOLD = 0.5


class PartReader:
    """`check_one` for `read_by_clauses`, remembering the first clause found contradicted."""

    def __init__(self, check_one):
        self.check_one = check_one
        self.contradicted: CheckResult | None = None
        self.part = ""  # the clause it was read from

    def __call__(self, part: str) -> CheckResult:
        result = self.check_one(part)
        if result.verdict == Verdict.CONTRADICTED and self.contradicted is None:
            self.contradicted, self.part = result, part
        return result


def contradicted_by_part(result: CheckResult, reader: PartReader, vocab: Vocabulary
                         ) -> CheckResult:
    """`result` (the claim's verdict after its clauses were read), or, when it is still
    not_found and a clause was contradicted, the claim contradicted by that clause's
    evidence."""
    part = reader.contradicted
    if result.verdict != Verdict.NOT_FOUND or part is None \
            or not found_whole(part, result, names_in(reader.part, vocab)):
        return result
    if plain(reader.part) not in main_clauses(result.claim) \
            and not told_around(result.claim, reader, part, vocab):
        return result
    return replace(result, verdict=Verdict.CONTRADICTED, confidence=part.confidence,
                   disagreement=part.disagreement, evidence=part.evidence,
                   unverified=part.unverified)


def contradicted_before_participle(result: CheckResult, reader: PartReader,
                                   vocab: Vocabulary) -> CheckResult:
    """`result`, or, when it is still not_found, no clause was found contradicted and the
    claim closes on a participle's clause ("A, stranding B"), the claim contradicted by A
    read alone (`participle_part`), when a sentence contradicting A is one the whole claim
    was aligned with and writes one of A's names (`aligned_whole`)."""
    if result.verdict != Verdict.NOT_FOUND or reader.contradicted is not None:
        return result
    main = participle_main(result.claim)
    if main is None:
        return result
    names = names_in(main, vocab)
    # no sentence of the whole claim's evidence writes a name of the clause: `aligned_whole`
    # cannot hold, so the clause is not read (exact: the verdict is the same)
    if not any(name in e.sentence for e in result.evidence for name in names):
        return result
    part = reader.check_one(main)
    if part.verdict != Verdict.CONTRADICTED or not aligned_whole(part, result, names):
        return result
    return replace(result, verdict=Verdict.CONTRADICTED, confidence=part.confidence,
                   disagreement=part.disagreement, evidence=part.evidence,
                   unverified=part.unverified)


def aligned_whole(part: CheckResult, whole: CheckResult, names) -> bool:
    """A sentence contradicting the main clause before a participle is evidence of the whole
    claim's reading and writes one of the clause's `names`. `found_whole` asks more of a
    clause of a claim of clauses (the same conflict found by the whole reading), since such
    a clause is often short and placed by little; the words before a closing participle are
    the claim's own main clause, its subject and deed, and the whole reading often records
    no conflict at all there: a reversed deed ("lifted" / "imposed", "closer" / "away")
    conflicts only where the rest of the claim is stated, and the participle's words, never
    stated, keep the rest short. The whole reading's alignment with the sentence and a name
    the sentence shares with the clause still place the conflict in the claim's event."""
    aligned = {e.sentence for e in whole.evidence}
    return any(e.stance == Stance.CONTRADICTS and e.sentence in aligned
               and any(name in e.states and name in e.sentence for name in names)
               for e in part.evidence)


def told_around(claim: str, reader: PartReader, part: CheckResult, vocab: Vocabulary) -> bool:
    """The contradicted clause is the claim's leading "When / After / Once / Because A," and
    the sentence that sets A otherwise states at least half the words of the clause after it
    (TOLD; round 65, contrarec68). A leading clause is no assertion of its own, so alone its
    conflict may be another event's (`main_clauses`: "After the council approved the quay in
    March, the traders moved their stalls" / "The council approved the quay in May" tells
    nothing of the traders); but a sentence that also tells the claim's main clause ("When the
    council approved the quay in May, it set aside funds for two cranes" / "When the council
    approved the quay in March, it set aside money for two cranes") tells the claim's event,
    and the fact the claim takes for granted in it is then given otherwise in that same event:
    what the claim presupposes is false, and so is the claim. `found_whole` has already asked
    that the whole claim's reading found the same conflict in the same sentence."""
    leading = leading_split(claim.strip().rstrip(".!"))
    if leading is None or "," in leading[0][0] or plain(leading[0][0]) != plain(reader.part):
        return False
    main = set(vocab.analyzer.terms(leading[0][-1]))
    if not main:
        return False
    return any(e.stance == Stance.CONTRADICTS
               and len(main & set(vocab.analyzer.terms(e.sentence))) >= TOLD * len(main)
               for e in part.evidence)


def names_in(text: str, vocab: Vocabulary) -> list[str]:
    """The names the text holds ("the Wagner Group", "Gao")."""
    return [m.text for m in parse(text, vocab).mentions if m.family == "name"]


def plain(text: str) -> str:
    return text.strip().rstrip(".!").lower()


def main_clauses(claim: str, depth: int = 0) -> set[str]:
    """The claim and, part by part, the clauses that carry its assertion (as `plain` text):
    each sentence of the claim; after a leading subordinate clause, the clause after it;
    of "A, so B" ("because", "since", "which led to") and of an added part ("; B", ", where
    B", an apposition, ", with B"), A."""
    text = claim.strip().rstrip(".!")
    main = {plain(text)}
    before_participle = participle_main(text)  # "A, stranding B": A (`participle_part`)
    if before_participle is not None:
        main.add(plain(before_participle))
    if depth >= MAX_DEPTH:
        return main
    sentences = sentence_split(text) if depth == 0 else None
    if sentences:
        return main.union(*(main_clauses(s, depth + 1) for s in sentences[0]))
    leading = leading_split(text)
    if leading:
        # the opening clause ends at its first comma; one read past it ("Since May
        # 2030, the guild has run a depot at X, a hamlet that ...") took an opening
        # phrase for a clause, and what follows its last comma is no main clause
        if "," in leading[0][0]:
            return main
        return main | main_clauses(leading[0][-1], depth + 1)
    split = joined_split(text) or added_split(text)
    if split:
        return main | main_clauses(split[0][0], depth + 1)
    return main


def found_whole(part: CheckResult, whole: CheckResult, names) -> bool:
    """A sentence contradicting the clause is evidence of the whole claim's reading, where
    the same conflict was found in it, and it writes one of the clause's `names` as the
    clause does: read alone, the clause has lost the other clauses' words that placed the
    conflict in the claim's event (the rest), and a name both write places it there instead,
    as a name among the claim's facts places a value (`qa.claims.anchored`); a clause with no
    name ("temperatures cooled from about 1940 to 1975") is placed by nothing ("has
    increased by about 0.8")."""
    conflicts_of = {}
    for e in whole.evidence:
        conflicts_of.setdefault(e.sentence, set()).update(e.conflicts)
    return any(e.stance == Stance.CONTRADICTS
               and conflicts_of.get(e.sentence, set()) & set(e.conflicts)
               and any(name in e.states and name in e.sentence for name in names)
               for e in part.evidence)
