"""`qa check` on a reading of round 57 (contradicted claims called not_found, their conflict
found but the rest of the claim short of the bar): a conflict inside a phrase the claim and the
sentence share, two content words or more right beside it in the same order, is the claim's
fact replaced in its own place, and its rest needs only as much as an opposite beside the same
word (`qa.claims.phrase_place`). One word in common beside it is not a phrase.

The verdict tests run on small corpora written here; the guards are claims the change must
leave alone."""
from qa.claims.facts import parse
from qa.claims.phrase_place import value_in_phrase
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

HOSPITAL = ["The ferry service across the lagoon had struggled for years. The imminent arrival "
            "of a Norwegian field hospital at the harbour camp should remove one serious "
            "obstacle to recruiting pilots for the eastern sector."]

FAMILIES = ["A storm sank two barges near the northern pier in March. The harbour board "
            "subsequently blocked guild inspectors from visiting the wreck.",
            "Several families of the lagoon moved away from houses close to the harbour depot, "
            "for fear of further storms."]


def test_a_name_replaced_inside_a_shared_phrase_contradicts(tmp_path):
    check_in = checker(tmp_path, "Ferries", HOSPITAL + OTHER_TOPICS)
    payload = check_in("A Danish field hospital at the harbour camp was expected to remove a "
                       "serious barrier to getting pilots.")
    assert payload["verdict"] == "contradicted", payload
    # the same words with the sentence's name: too little of the rest stated to support
    payload = check_in("A Norwegian field hospital at the harbour camp was expected to remove "
                       "a serious barrier to getting pilots.")
    assert payload["verdict"] == "not_found", payload


def test_a_relation_reversed_inside_a_shared_phrase_contradicts(tmp_path):
    check_in = checker(tmp_path, "Ferries", FAMILIES + OTHER_TOPICS)
    payload = check_in("Some families of the lagoon moved closer to the harbour depot because "
                       "they felt safer there.")
    assert payload["verdict"] == "contradicted", payload
    # one word beside the conflict in common ("moved"): no shared phrase, the bar stays
    payload = check_in("Some lagoon families moved closer to the harbour depot because they "
                       "felt safer there.")
    assert payload["verdict"] == "not_found", payload


def in_phrase(claim: str, sentence: str, mine: str, theirs: str) -> bool:
    """`value_in_phrase` of the one conflict between `mine` of the claim and `theirs` of the
    sentence."""
    vocab = vocabulary_for(Analyzer())
    start = sentence.index(theirs)
    conflict = Conflict(mine, theirs, ConflictKind.NUMBER, (start, start + len(theirs)))
    return value_in_phrase([conflict], parse(claim, vocab), parse(sentence, vocab))


def test_only_a_phrase_shared_beside_the_conflict_places_it():
    assert in_phrase("The guild sold 40 fishing boats to the lagoon towns.",
                     "In May the guild sold 25 fishing boats at auction.", "40", "25")
    # after the conflict as well as before it, articles aside
    assert in_phrase("The guild raised the ceiling of the harbour fees to 40 crowns.",
                     "The board cut the ceiling of harbour fees to 40 crowns.", "raised", "cut")
    # the small words must be alike: a target is not an increment
    assert not in_phrase("The board wants to raise the fee ceiling to 40 crowns.",
                         "The board voted to raise the fee ceiling by 25 crowns.", "40", "25")
    # one content word in common is no phrase
    assert not in_phrase("The guild sold 40 boats in spring.",
                         "The guild bought 25 boats from the towns.", "40", "25")
    # a clause break ends the phrase
    assert not in_phrase("Velden sold 40 boats, fishing nets and sails.",
                         "The guild sold 25 boats fishing for eels.", "40", "25")
