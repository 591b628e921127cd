"""A state denied by denying that it was reached ("had not yet reached full operation"): the
sentence supports no claim affirming that state. Sentences written here."""
import pytest

from qa.claims.attainment import attainment_denied
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text: str):
    return parse(text, VOCAB)


@pytest.mark.parametrize("claim, sentence, denied", [
    ("By May the ferry service was fully operational.",
     "By May the ferry service had not yet reached full operation.", True),
    ("The harbour board withdrew from the scheme.",
     "The harbour board never completed its withdrawal from the scheme.", True),
    ("The two guilds agreed on the tariff.",
     "The two guilds did not reach an agreement on the tariff.", True),
    ("The dredging of the channel was finished in June.",
     "The contractor has not finished the dredging of the channel.", True),
    # the object affirmed elsewhere too: still denied where the verb of attaining stands
    ("The fleet was fully deployed.",
     "The fleet had not reached full deployment, with only 40 boats deployed.", True),
    # the claim denies it too, or the denied verb is no verb of attaining
    ("By May the ferry service was not fully operational.",
     "By May the ferry service had not yet reached full operation.", False),
    ("The two guilds agreed on the tariff.",
     "The two guilds did not publish their agreement on the tariff.", False),
    # the object is another thing than the claim's word
    ("The ferry service was fully operational in May.",
     "The ferry service had not reached the northern islands in May.", False),
    ("The guilds agreed on the tariff.", "The guilds reached an agreement on the tariff.", False),
])
def test_a_denied_attainment_denies_its_object(claim, sentence, denied):
    assert attainment_denied(parsed(claim), parsed(sentence), VOCAB) == denied


def test_a_denied_attainment_supports_no_affirmed_state(tmp_path):
    check = checker(tmp_path, "Ferries", [
        "On 3 May 2019 the island ferry service had not yet reached full operation, with only"
        " four of its seven boats in service.", *OTHER_TOPICS])
    assert check("On 3 May 2019 the island ferry service was in full operation.")["verdict"] \
        != "supported"
    assert check("On 3 May 2019 the island ferry service had not yet reached full operation."
                 )["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    "By May the ferry service was still short of full operation.",
    "By May the ferry service was close to full operation.",
    "By May the ferry service had put four boats into operation.",  # "full" unsaid
])
def test_a_claim_that_tells_the_shortfall_itself(claim):
    sentence = "By May the ferry service had not yet reached full operation, with four boats."
    assert not attainment_denied(parsed(claim), parsed(sentence), VOCAB)
