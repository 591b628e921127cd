"""Confidence (`qa.claims.calibration`): what a user relies on when reading it. It stays in
[0, 1]; it never falls as the evidence grows stronger; 0.8 is reached at each kind's knee; a
contradiction is never surer than DOUBT, nor a less trusted kind of conflict surer than a more
trusted one at the same strength; a not_found never surer than an absence allows; and the
table moves the confidence only, never the verdict."""
import pytest

from qa.claims.calibration import (CONFLICT_KNEES, DOUBT, SUPPORT_KNEE, SURE,
                                   contradiction_confidence, support_confidence, through_knee)
from qa.claims.check import ABSENCE, Alignment, check, decide
from qa.types import Conflict, ConflictKind, Stance, Verdict

from cli import open_corpus

STRENGTHS = [i / 100 for i in range(101)]
KINDS = list(ConflictKind)


def aligned(stance: Stance, coverage: float, rest: float = 0.0, kinds=()) -> Alignment:
    """An aligned sentence with only what `decide` reads (shares, stance, conflicts)."""
    conflicts = tuple(Conflict("claim's", "source's", kind) for kind in kinds)
    return Alignment(passage_id=0, score=1.0, sentence="",
                     coverage=coverage, rest=rest, stance=stance, conflicts=conflicts,
                     values=(), parsed=None, found=None, named=frozenset(), said=frozenset())


@pytest.mark.parametrize("knee,ceiling", [(0.5, 0.9), (0.65, 1.0), (0.75, 0.9), (1.0, 1.0)])
def test_the_table_is_monotone_bounded_and_sure_at_its_knee(knee, ceiling):
    values = [through_knee(s, knee, ceiling) for s in STRENGTHS]
    assert values == sorted(values)
    assert all(0.0 <= v <= ceiling for v in values)
    assert through_knee(knee, knee, ceiling) == pytest.approx(SURE)
    assert through_knee(0.0, knee, ceiling) == 0.0
    assert through_knee(-0.2, knee, ceiling) == 0.0 and through_knee(1.3, knee, ceiling) <= 1.0


def test_a_support_is_sure_from_its_knee_and_whole_when_it_states_everything():
    assert support_confidence(SUPPORT_KNEE - 0.01) < SURE <= support_confidence(SUPPORT_KNEE)
    assert support_confidence(1.0) == 1.0
    values = [support_confidence(s) for s in STRENGTHS]
    assert values == sorted(values)


@pytest.mark.parametrize("kind", KINDS)
def test_a_contradiction_grows_with_the_rest_stated_and_stays_in_doubt(kind):
    values = [contradiction_confidence(s, [kind]) for s in STRENGTHS]
    assert values == sorted(values)
    assert all(0.0 <= v <= DOUBT for v in values) and values[-1] == pytest.approx(DOUBT)


def test_a_less_trusted_conflict_is_never_surer():
    for trusted in KINDS:
        for other in KINDS:
            if CONFLICT_KNEES[trusted] <= CONFLICT_KNEES[other]:
                assert all(contradiction_confidence(s, [trusted])
                           >= contradiction_confidence(s, [other]) for s in STRENGTHS)
    # another actor in the claim's role is the least trusted: more often another event
    assert contradiction_confidence(0.7, [ConflictKind.ACTOR]) < SURE \
        <= contradiction_confidence(0.7, [ConflictKind.POLARITY])


def test_several_conflicts_are_as_sure_as_the_least_trusted():
    mixed = [ConflictKind.DATE, ConflictKind.PLACE]
    assert contradiction_confidence(0.7, mixed) == contradiction_confidence(
        0.7, [ConflictKind.PLACE])
    assert contradiction_confidence(0.7, []) <= min(
        contradiction_confidence(0.7, [kind]) for kind in KINDS)


def test_the_verdict_follows_the_raw_shares_not_the_confidences():
    # a contradiction by a denied word is surer at 0.58 of the rest than a support stating
    # 0.60 of the claim, yet the verdict weighs the shares: the support wins
    support = aligned(Stance.SUPPORTS, 0.60)
    against = aligned(Stance.CONTRADICTS, 0.5, rest=0.58, kinds=[ConflictKind.POLARITY])
    assert contradiction_confidence(0.58, [ConflictKind.POLARITY]) > support_confidence(0.60)
    verdict, confidence, disagreement = decide([support, against], [support, against])
    assert verdict == Verdict.SUPPORTED and disagreement
    # as sure as the share of the decisive evidence that agrees
    assert confidence == pytest.approx(support_confidence(0.60) / 2, abs=1e-3)


def test_a_contradiction_reads_its_surest_sentence():
    by_actor = aligned(Stance.CONTRADICTS, 0.6, rest=0.72, kinds=[ConflictKind.ACTOR])
    by_figure = aligned(Stance.CONTRADICTS, 0.6, rest=0.70, kinds=[ConflictKind.NUMBER])
    verdict, confidence, _ = decide([by_actor, by_figure], [by_actor, by_figure])
    assert verdict == Verdict.CONTRADICTED
    assert confidence == pytest.approx(contradiction_confidence(0.70, [ConflictKind.NUMBER]),
                                       abs=1e-3)


@pytest.mark.parametrize("best", [0.0, 0.2, 0.45, 0.7, 0.95])
def test_not_found_is_never_surer_than_an_absence_allows(best):
    related = aligned(Stance.RELATED, best)
    verdict, confidence, _ = decide([related], [related])
    assert verdict == Verdict.NOT_FOUND
    assert confidence == pytest.approx(min(1 - best, ABSENCE)) and confidence < SURE


DOCS = {"harbour.txt": ("The Harbour\n\n"
                        "The port authority opened the eastern pier in May 2011.\n\n"
                        "Fishing boats do not use the eastern pier in winter.\n"),
        "weather.txt": ("Weather\n\nFog closes the harbour mouth on many autumn mornings.\n")}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    folder = tmp_path_factory.mktemp("harbour")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return open_corpus(folder, tmp_path_factory.mktemp("harbour-index") / "index")


@pytest.mark.parametrize("claim,verdict", [
    ("The port authority opened the eastern pier in May 2011.", "supported"),
    ("The port authority opened the eastern pier in May 2014.", "contradicted"),
    ("The port authority closed the western railway station last year.", "not_found"),
    ("It is not true that the port authority opened the eastern pier in 2014.", "not_found"),
    ("It is not true that the port authority opened the eastern pier in May 2011.",
     "contradicted"),
])
def test_a_checked_claim_has_a_confidence_its_verdict_allows(harbour, claim, verdict):
    result = check(harbour, claim)
    assert result.verdict == verdict and 0.0 <= result.confidence <= 1.0
    if verdict == "contradicted":
        assert result.confidence <= DOUBT
    if verdict == "not_found":
        assert result.confidence <= ABSENCE
