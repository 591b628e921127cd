"""`qa check` on a rival's factive frame (round 64, branch recall67).

A debater or letter-writer wraps a fact in what a rival of the writer left out: "My opponent
forgets that P", "Our critics overlook that P", "My learned colleague ignores the record: P".
The rival is named by the writer's own "my"/"our" and a noun of persons; a factive verb
presupposes its clause, so the writer asserts P and the frame's words ("opponent",
"forgets") are no fact a source states. `writer_frames.opponent_frame` reads P alone, so a
stated P is supported and a P given otherwise is contradicted.

Guards: a party of the text as the subject ("The harbour board ignored that P") did something
a source must state, and so does a past tense after "our" ("Our pilots overlooked that
P", a port's own voice telling an event: the frame stays); a verb that does not presuppose
its clause ("claims", "believes") leaves the claim as written; an unstated P stays not found.

Each test asserts the verdict on a small corpus written here."""
from tests.test_check import OTHER_TOPICS, checker

from qa.claims.writer_frames import writer_frame_removed

DOCKS = ["The Velden dockyard's dry berth at Kessa is already full; more trawlers "
         "would depend on the port council releasing more quay land.",
         "In March 2027 the ferry union rejected a proposal by the harbour board to raise the "
         "evening fare by around 40 cents.",
         "As much as 55 percent of the pilots' working time was devoted to towing barges rather "
         "than guiding liners.",
         "The harbour board met in the autumn to discuss the new pier."]


def test_the_frame_is_read_off():
    assert writer_frame_removed(
        "My challenger forgets that the dry berth at Kessa is already full.") \
        == "The dry berth at Kessa is already full."
    assert writer_frame_removed(
        "Our critics conveniently overlook the figures: the pilots spent most of their time "
        "towing barges.") == "The pilots spent most of their time towing barges."
    assert writer_frame_removed(
        "My learned colleague ignores that in March 2027 the ferry union rejected a fare "
        "rise.") == "In March 2027 the ferry union rejected a fare rise."
    for framed in ("Our pilots overlooked that the dry berth at Kessa was full.",
                   "The harbour board ignores that the dry berth at Kessa is full.",
                   "My opponent claims that the dry berth at Kessa is full."):
        assert writer_frame_removed(framed) == framed


def test_a_stated_clause_under_a_rivals_frame_is_supported(tmp_path):
    check_in = checker(tmp_path, "Docks", DOCKS + OTHER_TOPICS)
    for claim in ("My challenger forgets that the Velden dockyard's dry berth at Kessa is "
                  "already full.",
                  "Our critics ignore that in March 2027 the ferry union rejected a proposal by "
                  "the harbour board to raise the evening fare by around 40 cents.",
                  "My esteemed colleague overlooks the numbers: as much as 55 percent of the "
                  "pilots' working time was devoted to towing barges."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload


def test_a_clause_given_otherwise_under_a_rivals_frame_is_contradicted(tmp_path):
    check_in = checker(tmp_path, "Docks", DOCKS + OTHER_TOPICS)
    for claim in ("My opponent ignores that up to 20 percent of the pilots' working time "
                  "was devoted to towing barges.",
                  "Our critics forget the date: in May 2027 the ferry union rejected a proposal "
                  "by the harbour board to raise the evening fare by around 40 cents."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload


def test_near_misses_stay_not_found(tmp_path):
    check_in = checker(tmp_path, "Docks", DOCKS + OTHER_TOPICS)
    for claim in (
            # a party of the text as the subject: its ignoring is a fact of its own
            "The harbour board ignored that the Velden dockyard's dry berth at Kessa was "
            "already full.",
            # a verb that does not presuppose its clause
            "My opponent claims that the Velden dockyard's dry berth at Kessa is already full.",
            "My colleague believes that the Velden dockyard's dry berth at Kessa is already "
            "full.",
            # the frame read off, the clause is still unstated
            "My challenger forgets that the Velden dockyard's dry berth at Kessa was built on "
            "land given by Orm."):
        payload = check_in(claim)
        assert payload["verdict"] == "not_found", payload
