"""A claim opening with a label before a colon (round 69, branch frame75,
`qa.claims.label_facts`).

A label of a place or a date ("Varna, May 2029: ...") is a fact of the claim: the support
must give it in its sentence, the sentence next to it, its heading or its title. Before, the
label was one word among many: a sentence about the clause after it supported the claim
with another town's name in the label. A label that names a place the passage gives, read
with the clause, kept a stated claim from being found; the clause is now read alone, its
label given around the support. Labels of common words ("Pier closure:") stay framing.

Invented towns, harbours and dates."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "The harbour board of Varna met in the spring. In May 2029, the board closed the old "
    "fishing pier after two storms damaged its pilings.",
    "Ostvik lies further north along the coast. Its ferry terminal handles most of the island "
    "traffic, and its pilots' office opened in 2027.",
    "Trawler crews in Brenna complained about the new quotas. The town's cooperative later "
    "sold four of its boats to buyers abroad.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("frame75"), "Harbours of the Kestrel Coast", TEXTS)


@pytest.mark.parametrize("claim", [
    # the place of the label is another town of the corpus, never named near the support
    "Ostvik, May 2029: the harbour board closed the old fishing pier after two storms "
    "damaged its pilings.",
    "Brenna, 2029: the harbour board closed the old fishing pier after two storms damaged "
    "its pilings.",
    # a topic label of common words and a town's name: the town is what the claim is about
    "Ostvik trawler crews: the cooperative sold four of its boats to buyers abroad.",
])
def test_a_label_naming_another_place_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    # the label's town in the sentence before the support
    "Varna, May 2029: the harbour board closed the old fishing pier after two storms "
    "damaged its pilings.",
    "Brenna trawler crews: the cooperative sold four of its boats to buyers abroad.",
    # a label of common words frames the claim
    "Pier closure: in May 2029 the board closed the old fishing pier after storms damaged "
    "its pilings.",
])
def test_a_label_given_around_the_support_is_supported(check, claim):
    assert check(claim)["verdict"] == "supported"


def test_the_clause_after_a_given_label_is_read_alone(check):
    # the label's words ("transport hub") weighed with the clause kept it from being found
    claim = "Ostvik transport hub: the ferry terminal handles most of the island traffic."
    assert check(claim)["verdict"] == "supported"


def test_a_label_of_another_place_keeps_the_clause_unsupported(check):
    # the near miss of the one above: the clause alone is stated, of Ostvik, not of Varna
    claim = "Varna transport hub: the ferry terminal handles most of the island traffic."
    assert check(claim)["verdict"] != "supported"


def test_a_wrong_date_in_the_label_is_still_contradicted(check):
    claim = "Varna, May 2031: the harbour board closed the old fishing pier after two storms " \
        "damaged its pilings."
    assert check(claim)["verdict"] == "contradicted"


def test_a_label_is_told_from_a_clause():
    from qa.claims.label_facts import label_facts, label_of
    # a clause before the colon is no label: a verb only ("forgets"), a contraction
    assert label_of("My rival forgets the point: the pier at Varna was closed in May.") is None
    assert label_of("Here's the catch: the pier at Varna was closed in May 2029.") is None
    # "May" is a month here, not an auxiliary
    label, _ = label_of("Varna, May 2029: the board closed the old fishing pier.")
    assert label_facts(label) == ("May", "2029")
    assert label_facts(label, lambda word: word == "Varna") == ("Varna", "May", "2029")
    # a date in digits is read as its month; a name's first word goes with it
    assert label_facts("30/06/2029") == ("30", "June", "2029")
    assert label_facts("Northern Varna") == ("Northern", "Varna")
    assert label_facts("Outlook") == ()
    assert label_facts("Outlook, May 2029") == ("May", "2029")
