"""True claims worded otherwise than their source (round 36): a verb that completes another
word, paraphrased in its place ("went to guarding the depots" / "was devoted to protecting
the depots", "would leave" / "would depart"), while the claim's own predicate, finite or
progressive, is not read that way; a phrasal verb linked to a one-word verb by a sense other
than its first two, weighed by tagged use ("taken off" / "the removal")."""
import pytest

from qa.claims.check import check
from qa.claims.facts import Token
from qa.claims.paraphrase import complement_verb
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Because of the storms, up to 60 percent of the coast guard's capacity was devoted to "
        "protecting its own depots rather than patrolling the fishing grounds.",
        "The pilots' guild said its members would depart from the northern quay in the "
        "spring.",
        "The harbour board barred the inspectors from entering the dry dock.",
        "In May, the fishermen's union demanded the removal of the harbour master as chair "
        "of the safety committee.",
        "The coast guard relies on temporary operating bases (TOBs) near the reefs. Since "
        "March 2019, it has maintained a TOB in Kerrow to watch the reef.",
        "At the same hearing, Mirela Vasko stated that the shortage of dredgers in the north "
        "had made the guild the main operator on the quays.")


@pytest.mark.parametrize("claim, verdict", [
    # an "-ing" verb after a preposition, paraphrased in its place
    ("Up to 60 percent of the coast guard's capacity went to guarding its own depots.",
     "supported"),
    # a base form after "to" or a modal
    ("The pilots' guild said its members would leave the northern quay in the spring.",
     "supported"),
    # the paraphrase must stand in the word's place: another thing guarded is not stated
    ("Up to 60 percent of the coast guard's capacity went to guarding the fishing villages.",
     "not_found"),
])
def test_complement_verbs_paraphrased(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_paraphrase_placed_by_three_words(harbour):
    """"kept" / "maintained": the subject is "it" in the sentence, and the two words after
    each differ ("a temporary base" / "a TOB in"); the third is the same place."""
    result = check(harbour, "The coast guard has kept a temporary base in Kerrow since March "
                            "2019.")
    assert "kept" not in result.unverified


def test_reporting_verb_paraphrases_nothing(harbour):
    """"told" (a verb of communication) is not stated by the sentence's "stated", a plain
    reporting verb, as "said" is stated by no paraphrase: the sentence then has another
    speaker, no contradiction."""
    result = check(harbour, "Tomas Brenner told the assembly that the shortage of dredgers in "
                            "the north had made the guild the main operator on the quays.")
    assert result.verdict == "not_found"
    assert "told" in result.unverified


def test_phrasal_verb_linked_by_use(harbour):
    """"take off" is linked to "remove" by its third sense, the one tagged most often."""
    result = check(harbour, "In May, the fishermen's union asked for the harbour master to be "
                            "taken off as chair of the safety committee.")
    assert result.verdict == "supported"
    assert "taken" not in result.unverified


def tokens(text: str) -> tuple[Token, ...]:
    found, at = [], 0
    for word in text.split():
        at = text.index(word, at)
        found.append(Token(at, at + len(word), word, (word.lower(),), False))
        at += len(word)
    return tuple(found)


@pytest.mark.parametrize("text, i, expected", [
    ("went to guarding the depots", 2, True),  # an "-ing" verb after a preposition
    ("barred them from visiting the dock", 3, True),
    ("would leave the quay", 1, True),  # a base form after a modal
    ("authorized to field a force", 2, True),  # ... or after "to"
    ("sea level rise is decelerating", 4, False),  # a progressive predicate
    ("while letting the inspectors work", 1, False),  # a clause opened by "while"
    ("the board stays open", 2, False),  # a finite present
    ("would say it", 1, False),  # a verb that reports
    ("would have left", 1, False),  # an auxiliary
    ("went to the depots", 2, False),  # no verb
])
def test_complement_verb(text, i, expected):
    assert complement_verb(tokens(text), i) is expected
