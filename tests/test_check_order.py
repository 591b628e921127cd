"""`qa check` reads the order of two events from the sides of an order word ("after",
"followed", "before"): the claim's own word with its two events on the other sides states the
reverse order; a paraphrase that turns the sides with the word (a passive, the reverse word,
a fronted "following") states the same order. Each test writes a small corpus of its own."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = ["The port authority's closure of the northern dock followed a petition from the "
         "fishermen's union three weeks earlier asking for repairs.",
         "The harbour master later reopened the dock for ferries."] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdicts", [
    # the claim's order: the petition after the closure; the sentence's: the other way
    ("The fishermen's union petition asking for repairs came three weeks after the port "
     "authority's closure of the northern dock.", {"contradicted"}),
    ("The petition from the fishermen's union followed the port authority's closure of the "
     "northern dock.", {"contradicted"}),
    # the same order, told with the same word or the reverse word with the sides crossed
    ("The port authority's closure of the northern dock came after a petition from the "
     "fishermen's union asking for repairs.", {"supported"}),
    ("The fishermen's union petition asking for repairs came before the port authority's "
     "closure of the northern dock.", {"supported", "not_found"}),
])
def test_the_order_word_with_its_events_on_the_other_sides_is_reversed(tmp_path, claim,
                                                                        verdicts):
    payload = checker(tmp_path, "Harbour", TEXTS)(claim)
    assert payload["verdict"] in verdicts, payload


def test_a_passive_order_word_turns_the_sides_itself(tmp_path):
    # "was followed by": the sentence's subject is the earlier event, as the claim has it
    texts = ["The fishermen's union petition for repairs was followed by the port authority's "
             "closure of the northern dock."] + OTHER_TOPICS
    payload = checker(tmp_path, "Harbour", texts)(
        "The port authority's closure of the northern dock came after the fishermen's union "
        "petition for repairs.")
    assert payload["verdict"] != "contradicted", payload


def test_a_fronted_following_keeps_the_order(tmp_path):
    texts = ["Following the fishermen's union petition for repairs, the port authority closed "
             "the northern dock."] + OTHER_TOPICS
    payload = checker(tmp_path, "Harbour", texts)(
        "The port authority closed the northern dock after the fishermen's union petition for "
        "repairs.")
    assert payload["verdict"] == "supported", payload


ORDERED = ["With the board's imposition of new harbour tariffs in January 2022, the ferry "
           "talks slipped down the list of regional priorities.",
           "The floods of the spring session hit the harbour."] + OTHER_TOPICS


def test_an_order_of_two_events_needs_a_word_of_each(tmp_path):
    # the sentence states the tariffs, not the spring floods they are said to precede
    check_in = checker(tmp_path, "Tariffs", ORDERED)
    payload = check_in("The board imposed new harbour tariffs in January 2022, before the spring "
                       "floods.")
    assert payload["verdict"] != "supported", payload
    # no order word, the same sentence states the claim
    payload = check_in("The board imposed new harbour tariffs in January 2022.")
    assert payload["verdict"] == "supported", payload


def test_an_order_with_both_events_stated_stays_supported(tmp_path):
    texts = ["The board lifted the new harbour tariffs in March 2022, two weeks before the "
             "regional assembly closed the ferry talks."] + OTHER_TOPICS
    payload = checker(tmp_path, "Tariffs", texts)(
        "The board lifted the new harbour tariffs before the regional assembly closed the ferry "
        "talks.")
    assert payload["verdict"] == "supported", payload


def test_an_order_told_by_a_verb_is_reversed_by_the_claim(tmp_path):
    # "followed ... two weeks prior": the closure is the later event, whatever "prior" says
    texts = ["The port authority's closure of the northern dock followed a petition from the "
             "fishermen's union two weeks prior asking for repairs."] + OTHER_TOPICS
    check = checker(tmp_path, "Harbour", texts)
    payload = check("The port authority closed the northern dock two weeks before the "
                    "fishermen's union petitioned for repairs.")
    assert payload["verdict"] == "contradicted", payload
    payload = check("The port authority closed the northern dock two weeks after the "
                    "fishermen's union petitioned for repairs.")
    assert payload["verdict"] != "contradicted", payload
