"""Wrong contradictions and supports of real-world claims, each fixed at its mechanism: a
word affirmed only inside an "as though" clause (`qa.claims.counterfactual`), a sentence that
states only the claim's names (`qa.claims.names_alone`), a person's name against a group's
(`qa.claims.name_kinds`), a count of the claim's subject stated otherwise by a sentence
without the claim's verb (`qa.claims.main_verb`), a verbless fragment (a caption) against a
claim with a verb. The claims are about small corpora written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.main_verb import main_verb
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

ARCHIVE = [
    "The memo referred to the staffing problem of the harbour office, but critics read it "
    "as though it referred to the harbour budget, even though it was written in May.",
    "The Great Salt Marsh Drought was a period of cooling that occurred after the floods.",
    "Later, Hume embraced what he called a mitigated scepticism, while rejecting an "
    "excessive one.",
    "Carnot wrote his notes on the caloric theory before the discovery of the first law of "
    "thermodynamics.",
    "The second survey of the valley counted 300 herders.",
    "Roughly 100 watts per square metre in the northern valley.",
]


@pytest.mark.parametrize("claim, verdicts", [
    # what the "as though" clause says is not affirmed, so not denied by the claim either
    ("The memo refers to the staffing problem, not the harbour budget.",
     {"supported", "not_found"}),
    # the names alone, none of what the claim says of them; with it, support
    ("We are coming out of the Great Salt Marsh Drought.", {"not_found"}),
    ("The Great Salt Marsh Drought was a period of cooling.", {"supported"}),
    # a group against a person: another actor, no rival
    ("The Royal Academy embraces scepticism.", {"not_found"}),
    # another ordinal of a law the sentence only names, the claim's verb unstated
    ("The second law of thermodynamics contradicts the caloric theory.", {"not_found"}),
    # another count with the claim's verb stated: a conflict
    ("The second survey of the valley counted 400 herders.", {"contradicted"}),
    # a caption's figure states no deed of the claim's
    ("Clouds reflect about 75 watts per square metre in the northern valley.",
     {"not_found"}),
])
def test_real_world_mechanisms(tmp_path, claim, verdicts):
    check_in = checker(tmp_path, "Archive", ARCHIVE + OTHER_TOPICS)
    assert check_in(claim)["verdict"] in verdicts


@pytest.mark.parametrize("claim, verb", [
    ("The second law of thermodynamics contradicts the caloric theory.", "contradicts"),
    ("Yet clouds reflect about seventy watts per square metre.", "reflect"),
    ("Sea level rise could reach six feet by 2100.", "reach"),
    ("The level has increased 40 percent so far.", "increased"),
    ("Herder numbers are increasing.", "increasing"),
    ("Officials said 300 herders were killed.", "killed"),  # what was said
    ("The old period was warmer than today.", None),  # a predicate, no verb
    ("The tax is partly to blame for the closure.", None),
])
def test_main_verb(claim, verb):
    found = main_verb(parse(claim, VOCAB))
    assert (found.word if found else None) == verb


CLIMATES = [
    "During the late 20th century, a consensus formed among hydrologists that storms cause "
    "floods in the valley.",
    "Three days later, the Harbour Board announced that its boats would leave the bay "
    "earlier than planned.",
    "Mara Olsen is a Senior Fellow and Director of the Tidal Survey Program at the Harbour "
    "Institute.",
]


@pytest.mark.parametrize("claim, verdicts", [
    # "early" / "late" of a century: two spans of time, dates of two events, no reversal
    ("Early 20th century floods in the valley were caused by several storms.",
     {"not_found"}),
    # a comparison of manner leaves the deed's actor a rival
    ("Three days later, the Fishing Guild announced that its boats would leave the bay "
     "earlier than planned.", {"contradicted"}),
    # the claim's own word stated by a word begun alike, beside its names: support
    ("Mara Olsen directs the Tidal Survey Program at the Harbour Institute.", {"supported"}),
])
def test_spans_and_manner(tmp_path, claim, verdicts):
    check_in = checker(tmp_path, "Climates", CLIMATES + OTHER_TOPICS)
    assert check_in(claim)["verdict"] in verdicts
