"""`qa check` on a reading of round 57 (contradicted claims called not_found, their conflict
found but the rest of the claim short of the bar): a conflict inside a phrase the claim and the
sentence share, two content words or more right beside it in the same order, is the claim's
fact replaced in its own place, and its rest needs only as much as an opposite beside the same
word (`qa.claims.phrase_place`). One word in common beside it is not a phrase.

The verdict tests run on small corpora written here; the guards are claims the change must
leave alone."""
from qa.claims.facts import parse
from qa.claims.phrase_place import replaced_in_phrase
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


def in_phrase(claim: str, sentence: str, mine: str, theirs: str,
              kind: ConflictKind = ConflictKind.RELATION) -> bool:
    """`replaced_in_phrase` of the one conflict between `mine` of the claim and `theirs` of
    the sentence."""
    vocab = vocabulary_for(Analyzer())
    start = sentence.index(theirs)
    conflict = Conflict(mine, theirs, kind, (start, start + len(theirs)))
    return replaced_in_phrase([conflict], parse(claim, vocab), parse(sentence, vocab))


def test_only_a_phrase_shared_beside_the_conflict_places_it():
    assert in_phrase("A Danish field hospital opened at the camp.",
                     "In May a Norwegian field hospital opened.", "Danish", "Norwegian",
                     ConflictKind.ACTOR)
    # after the conflict as before it, articles aside
    assert in_phrase("The guild raised the ceiling of the harbour fees in May.",
                     "The board cut the ceiling of harbour fees.", "raised", "cut")
    # one content word in common is no phrase
    assert not in_phrase("The guild sold boats in spring.",
                         "The guild bought boats from the towns.", "sold", "bought")
    # a clause break ends the phrase
    assert not in_phrase("Velden sold boats, fishing nets and sails.",
                         "The guild bought boats fishing for eels.", "sold", "bought")
    # a phrase that begins with a small word: another deed at the same place
    assert not in_phrase("The crews who died at the quay were pilots.",
                         "The crews who joined at the quay were pilots.", "died", "joined")
    # another figure beside the same words: another event's as often as the claim's
    assert not in_phrase("The guild sold 40 fishing boats to the towns.",
                         "The guild sold 25 fishing boats at auction.", "40", "25",
                         ConflictKind.NUMBER)
