"""Who did what to whom, for participants named by common nouns (`qa.claims.roles`).
Invented sentences.

A claim that gives the sentence's participants each other's roles around the same verb was
`supported` (1.0) when the participants were common nouns ("the government", "the harbour
council", "the port authorities"): the checks of swapped roles read names only. The roles
read here: the subject of an active verb or the agent after a passive's "by"; the object or
the passive's subject; the owner in the genitive of the thing acted on ("the ferry company's
use of the quay"); and the one at whose word it was done ("at the request of X", "at X's
request", "on behalf of X", "by a decision of X"). Crossed both ways, the claim is
contradicted; a restatement of the same roles in other words (a passive, the genitive for
"of", a fronted phrase, an apposition, a relative clause) still supports. Half a swap (the
claim's agent acted on there, a third party acting) withholds support."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In March 2020 the government terminated the fishing agreement at the request of the "
        "harbour council.",
        "The port authorities obstructed the ferry company's use of the northern quay for most "
        "of the summer.",
        "By a decision of the council, the coast guard withdrew from the outer islands in 2021.",
        "The fishermen's union blamed the harbour board for the collapse of the herring market.",
        "On behalf of the town council, the harbour master signed the lease with the shipping "
        "line.",
        "The regional court, acting at the request of the prosecutors, froze the dockers' "
        "union's accounts.",
        "It was the transport ministry that cancelled the dredging contract at the request of "
        "the auditors.",
        "The ferry operator was fined by the maritime regulator and later sued the regulator "
        "over the fine.",
        "The dispute with the government led the host authorities to restrict the fishing "
        "cooperative's access to the slipway.",
        "The Norland government decided to close the old ferry terminal after the port "
        "authority requested it.",
        "The inspectors were sent by the fisheries ministry to audit the harbour hospital.")


@pytest.mark.parametrize("claim", [
    "The harbour council terminated the fishing agreement at the government's request.",
    "The fishing agreement was terminated by the harbour council at the government's request.",
    "The ferry company obstructed the port authorities' use of the northern quay.",
    "The port authorities' use of the northern quay was obstructed by the ferry company.",
    "By a decision of the coast guard, the council withdrew from the outer islands.",
    "The harbour board blamed the fishermen's union for the collapse of the herring market.",
    "The fishermen's union was blamed by the harbour board for the collapse of the herring "
    "market.",
    "On behalf of the harbour master, the town council signed the lease with the shipping line.",
    "The town council signed the lease with the shipping line on the harbour master's behalf.",
    "The prosecutors froze the dockers' union's accounts at the regional court's request.",
    "The auditors cancelled the dredging contract at the transport ministry's request.",
    "The maritime regulator sued the ferry operator over the fine.",
    # a deed's noun read as its verb, its agent in the genitive
    "The harbour council's termination of the fishing agreement came at the government's "
    "request.",
    # places at two verbs crossed
    "The port authority decided to close the old ferry terminal after the Norland government "
    "requested it.",
    "The harbour hospital sent inspectors to audit the fisheries ministry.",
])
def test_participants_in_each_others_roles_contradict(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "The government ended the fishing agreement at the harbour council's request.",
    "The fishing agreement was terminated by the government at the request of the harbour "
    "council.",
    "At the request of the harbour council, the government terminated the fishing agreement.",
    "The port authorities hindered the ferry company's use of the northern quay.",
    "The ferry company's use of the northern quay was obstructed by the port authorities.",
    "By a decision of the council, the coast guard withdrew from the outer islands.",
    "The harbour board was blamed by the fishermen's union for the collapse of the herring "
    "market.",
    "The fishermen's union blamed the harbour board for the collapse of the herring market.",
    "The harbour master signed the lease with the shipping line on the town council's behalf.",
    "At the prosecutors' request, the regional court froze the dockers' union's accounts.",
    "The dockers' union's accounts were frozen by the regional court at the request of the "
    "prosecutors.",
    "The transport ministry cancelled the dredging contract at the request of the auditors.",
    "At the auditors' request, the dredging contract was cancelled by the transport ministry.",
    "The ferry operator sued the maritime regulator over the fine.",
    "The host authorities restricted the fishing cooperative's access to the slipway.",
    "The government's termination of the fishing agreement came at the harbour council's "
    "request.",
    "The Norland government's decision to close the old ferry terminal came after the port "
    "authority requested it.",
    "The fisheries ministry sent inspectors to audit the harbour hospital.",
])
def test_the_same_roles_in_other_words_support(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


def test_a_participant_acted_on_where_the_claim_has_it_act_is_not_supported(harbour):
    """Half a swap: the claim's agent owns what is acted on in the sentence, and a third
    acts ("the host authorities", who may be the claim's owner under another name): no
    support, and no conflict drawn."""
    claim = "The fishing cooperative restricted the government's access to the slipway."
    assert check(harbour, claim).verdict != "supported"
