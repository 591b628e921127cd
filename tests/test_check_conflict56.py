"""`qa check` on a reading of round 56 (contradicted claims called not_found): a figure that
keeps the claim's count in another unit of the same kind ("up to three days" / "up to three
weeks") is the claim's measure with one part changed, placed in the claim's place as an
opposite beside the same word is: its rest needs only as much (`qa.claims.unit_place`); a span
placing an event from another ("three days later") is no length of the claim's event, whatever
its count.

The verdict test runs on a small corpus written here; the guards are claims the change must
leave alone."""
from qa.claims.facts import parse
from qa.claims.unit_place import unit_in_place
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

BARGES = ["The lagoon was crowded with traffic every winter. Barges could take up to three "
          "weeks to cross the lagoon.",
          "Three days later, the Velden guild announced that its boats will leave the lagoon "
          "in the next four months."]


def test_a_measure_with_its_unit_changed_contradicts(tmp_path):
    check_in = checker(tmp_path, "Barges", BARGES + OTHER_TOPICS)
    payload = check_in("Traffic chaos: some barges took up to three days to cross.")
    assert payload["verdict"] == "contradicted", payload
    payload = check_in("Barges could take up to three weeks to cross the lagoon.")
    assert payload["verdict"] == "supported", payload


def unit_in_place_of(claim: str, sentence: str, mine: str, theirs: str) -> bool:
    """`unit_in_place` of the one number conflict between `mine` of the claim and `theirs` of
    the sentence."""
    vocab = vocabulary_for(Analyzer())
    start = sentence.index(theirs)
    conflict = Conflict(mine, theirs, ConflictKind.NUMBER, (start, start + len(theirs)))
    return unit_in_place([conflict], parse(claim, vocab), parse(sentence, vocab))


def test_only_one_measure_with_its_unit_changed_is_in_place():
    assert unit_in_place_of("The barges took up to three days to cross.",
                            "Barges could take up to three weeks to cross.", "up to three",
                            "up to three")
    # a span placing an event from another is no length of the claim's event
    assert not unit_in_place_of("The guild kept its boats there for three months.",
                                "Three days later, the guild left.", "three", "Three")
    # another count: another figure, not the claim's measure with its unit changed
    assert not unit_in_place_of("The barges took up to four days to cross.",
                                "Barges could take up to three weeks to cross.", "up to four",
                                "up to three")
    # a length against a time: no measure of one kind
    assert not unit_in_place_of("The barges sailed for three miles.",
                                "The barges sailed for three hours.", "three", "three")
