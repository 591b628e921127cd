"""True claims called contradicted by a denial read too far or a want told another way
(round 73, branch sc80), and the near misses that must stay contradicted. Invented texts.

- a verb an adverb of scarcity follows ("trained poorly") agrees with "inadequate training"
  (`scarcity.scarce_manner`);
- the object of a verb of decrease or damage ("eroded their resolve") agrees with "a lack
  of resolve" (`scarcity.lowered_object`);
- "barely" / "hardly" say the thing is scant, as "a low tilt" does (`scarcity.DEFICIENCY_CUES`).
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Most disputes on the Velmar docks arose from a lack of contact with the crews and "
        "the sense that the port board cared only about shipowners.",
        "Pilots also reported a lack of backing from the harbour board's chair during the "
        "winter strike.",
        "Inspectors found that the Ostrian port authority's inadequate cooperation slowed the "
        "cargo checks at the customs office throughout 2031.",
        "Seasonal contracts for dock workers brought either a lack of loyalty or open "
        "quarrels, as people competed to get their contracts extended.",
        "Norvik's low axial tilt means that its poles constantly receive less daylight than "
        "its equatorial belt.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "cooperated poorly" / "inadequate cooperation"
    "Inspectors found that the Ostrian port authority cooperated poorly, which slowed cargo "
    "checks at the customs office.",
    # "eroded their loyalty" / "a lack of loyalty"
    "Seasonal contracts for dock workers either eroded their loyalty or caused open quarrels.",
    # "barely tilts" / "low axial tilt"
    "Norvik barely tilts on its axis, so its poles always get less daylight than its "
    "equatorial belt.",
])
def test_a_want_told_another_way_is_no_conflict(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim", [
    # a verb of increase still meets the denial as its opposite
    "Seasonal contracts for dock workers strengthened their loyalty.",
    # the noun the denial opens with stays denied
    "Inspectors found that the Ostrian port authority's full cooperation sped up cargo "
    "checks at the customs office throughout 2031.",
    # an outright denial still meets "a low tilt" as its opposite
    "Norvik does not tilt on its axis, so its poles always get less daylight than its "
    "equatorial belt.",
])
def test_a_near_miss_stays_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


def test_a_near_miss_stays_unsupported(harbour):
    # the crews' contact with another party is not told
    assert verdict(harbour, "Most disputes on the Velmar docks arose from poor contact "
                            "between the crews and the lighthouse keepers.") != "supported"


def test_an_owner_the_sentence_leaves_unsaid_is_no_rival(harbour):
    """A claim's name that only says whose a thing is ("the NPA internal audit") against a
    sentence telling the audit with no owner and naming another body as the addressee of
    another thing: no conflict of names (`owner_unsaid`); a sentence that gives the audit
    another owner still conflicts."""
    from qa.claims.facts import parse
    from qa.claims.owner_unsaid import owner_unsaid
    from qa.claims.vocabulary import vocabulary_for
    from qa.types import Conflict, ConflictKind
    vocab = vocabulary_for(harbour.analyzer)
    sentence = parse("The fare rises come amid an internal audit of the ferry line, due in May "
                     "(separate to the monthly report to the Port Council on the line).", vocab)
    claim = parse("The NPA internal audit of the ferry line was separate from the monthly "
                  "report.", vocab)
    at = sentence.text.find("Port Council")
    conflict = Conflict("NPA", "Port Council", ConflictKind.ACTOR, (at, at + 12))
    assert owner_unsaid(claim, sentence, [conflict])
    owned = parse("The Port Council's internal audit of the ferry line was due in May.", vocab)
    conflict = Conflict("NPA", "Port Council", ConflictKind.ACTOR, (4, 16))
    assert not owner_unsaid(claim, owned, [conflict])
    by = parse("An internal audit by the Port Council of the ferry line was due in May.", vocab)
    at = by.text.find("Port Council")
    assert not owner_unsaid(claim, by, [Conflict("NPA", "Port Council", ConflictKind.ACTOR,
                                                 (at, at + 12))])


@pytest.fixture(scope="module")
def cycles(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The tilt of Norvik's spin axis varies between about 21.1 and 24.5 degrees with a "
        "cycle of about 41,000 years, corresponding to a winter length varying between 88 and "
        "93 days.")


def test_the_same_range_is_not_another_clauses_figure(cycles):
    # both ends of the range stated as one: not the first clause's "about 21.1" given to
    # another owner (`compare.owners_swapped`)
    assert verdict(cycles, "Norvik's winter length varies between 88 and 93 days.") \
        == "supported"
    # another range is still no support
    assert verdict(cycles, "Norvik's winter length varies between 21 and 25 days.") \
        != "supported"
