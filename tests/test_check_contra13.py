"""True claims the checker called contradicted by a fact of another event, or of the same
actor written otherwise. A name's short form is the same actor: an acronym with all its
letters or its last words' ("the ORWC" / "the River Works Commission", "Works Commission"), a
clipped word ("Reg 41" / "Regulation 41") (`qa.claims.short_forms`). A word that is its own
denial both texts write ("unchanged") is no flip of the claim's affirmed word elsewhere
(`compare.denial_shared`). A name's role is told by the words of its own clause: "along with
Varo, these tolls" does not make Varo the owner of the tolls (`compare.neighbours`). A date is no rival of another's when it dates a named thing
("Regulation 41 of 3 May 2019", `qa.claims.dated.dates_another_thing`) or another verb the
claim does not state ("asked ... on 4 June" / "closed the dam on June 20th",
`dated.dates_another_event`). A figure added ("an additional 300") and a ceiling ("an
authorized fleet of 40") count other things than a total and a count of what there was
(`qa.claims.tallies.other_increment`, `other_ceiling`). The claims are about a small corpus
written here."""
import pytest

from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.short_forms import short_form
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("mine, theirs, same", [
    ("The ORWC closed the dam.", "The Ostland River Works Commission", True),
    ("The ORWC closed the dam.", "The Works Commission", True),
    ("The ORWC closed the dam.", "The Ostland Works Commission", False),
    ("Under Reg 41 the dam closed.", "Under Regulation 41", True),
    ("Under Regis 41 the dam closed.", "Under Regulation 41", False),  # not its start
])
def test_short_forms_of_a_name(mine, theirs, same):
    first = next(m for m in parse(mine, VOCAB).mentions if m.family == "name")
    second = next(m for m in parse(theirs, VOCAB).mentions if m.family == "name")
    assert short_form(first, second) == same


RIVER = [
    "In May 2019 the Ostland River Works Commission (ORWC) renewed and amended the licence by "
    "unanimously adopting Regulation 41.",
    "The dam keeper was dismissed after the selection of a fisherman who addressed the Works "
    "Commission.",
    "Despite the vast growth of the harbour, the ferry fleet and pilot numbers have since "
    "remained unchanged.",
    "Because many of the pilots came from towns along the river, along with Varo, these tolls "
    "hurt the morale of the harbour.",
]


@pytest.mark.parametrize("claim, verdicts", [
    ("In May 2019 the ORWC renewed and amended the licence, unanimously adopting Reg 41.",
     {"supported"}),
    ("The dam keeper was dismissed after a fisherman was picked to address the ORWC.",
     {"supported", "not_found"}),
    ("Despite the vast growth of the harbour after the 2015 tariff change, the ferry fleet and "
     "pilot numbers have remained unchanged.", {"supported", "not_found"}),
    ("Ostland's tolls hurt the morale of the harbour because many pilots came from towns "
     "along the river.", {"supported", "not_found"}),
    # the fact changed: still contradicted
    ("In May 2019 the ORWC renewed and amended the licence, unanimously adopting Reg 52.",
     {"contradicted", "not_found"}),
    ("In May 2019 the Ostland Harbour Board renewed and amended the licence by unanimously "
     "adopting Regulation 41.", {"contradicted"}),
    ("Despite the vast growth of the harbour, the ferry fleet and pilot numbers have since "
     "changed.", {"contradicted"}),
])
def test_the_same_actor_and_word_are_no_conflict(tmp_path, claim, verdicts):
    result = checker(tmp_path, "River", RIVER + OTHER_TOPICS)(claim)
    assert result["verdict"] in verdicts
    if result["verdict"] == "supported":
        assert not result["disagreement"]


@pytest.mark.parametrize("claim, sentence, conflicts", [
    # a date of another verb, or of a named thing
    ("The guild asked for the ferry's immediate suspension on 4 June 2019.",
     "Following the guild's request, the commission closed the dam on June 20th and decided "
     "that the works would end by May 2020.", []),
    ("On 2 May 2019, the commission replaced the old board in Ostland.",
     "Based on Regulation 41 of 25 April 2019, the commission was to support the old board "
     "in Ostland.", []),
    # the same verb on another day, the same thing dated by another verb: a conflict
    ("The commission closed the dam on 4 June.", "The commission closed the dam on June 20th.",
     ["4 June"]),
    ("The guild has been idle since the army took power in August 2019.",
     "The guild has been idle since the military seized power in May 2019.", ["August"]),
    # an end set for the thing against the date of a request for it: two events
    ("The guild called for the dam's closure on 4 June 2019.",
     "The commission decided that the dam's closure would be completed by December 2019.", []),
    # an end set, the same verb: a conflict
    ("The closure of the dam was completed in December 2020.",
     "The commission decided that the closure of the dam would be completed by December 2019.",
     ["2020"]),
    # an increment, a ceiling and a count of what there was: three quantities
    ("The harbour's authorized fleet of 40 boats is made up of 30 trawlers and 10 tugs.",
     "The board discussed a plan to buy an additional 12 boats (8 trawlers, 4 tugs) for the "
     "harbour.", []),
    ("The harbour's authorized fleet of 40 boats is made up of 30 trawlers and 10 tugs.",
     "In March the harbour had only 22 trawlers and 6 tugs in service.", []),
    # two increments, two ceilings, two spans of one measure: conflicts
    ("The plan would have added 14 boats to the harbour.",
     "The board discussed a plan to buy an additional 12 boats for the harbour.", ["14"]),
    ("Initially authorized at a fleet of 50, the harbour was tasked with dredging the channel.",
     "The harbour, initially authorized to maintain a fleet of 40, was tasked with dredging "
     "the channel.", ["50"]),
    ("A fleet of about 50 was authorised for the harbour.",
     "The harbour, initially authorized to maintain a fleet of 40, was tasked with dredging "
     "the channel.", ["about 50"]),
    ("A strike lasting more than a year was endured by the dockers of Velra.",
     "The dockers of Velra endured a nine-month strike.", ["more than a"]),
    ("The harbour's authorized fleet of 50 boats is made up of 40 trawlers and 10 tugs.",
     "The harbour has an authorized fleet of 40 boats, of which 30 trawlers and 10 tugs.",
     ["50", "40 trawlers"]),
])
def test_figures_of_other_events_and_quantities(claim, sentence, conflicts):
    found = compare(parse(claim, VOCAB), parse(sentence, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert [c.claim for c in found.conflicts] == conflicts


@pytest.mark.parametrize("claim, sentence, conflicts", [
    # a list's last name, after a serial comma: its role is its list's
    ("The fair was organized by the Harbour Guild, the Ferry Board and the Pilot Union.",
     "In May, the Harbour Guild, the Ferry Board, and the Fisher League organized the fair.",
     ["Pilot Union"]),
    # a name before an apposition keeps the words after it
    ("Norway, a large contributor, suspended its patrols.",
     "Chile, a large contributor, suspended its patrols.", ["Norway"]),
    # the words after a name's clause are not its role
    ("Ostland's tolls hurt the morale of the pilots.",
     "Many pilots came from towns along the river, along with Varo, these tolls hurt the "
     "morale of the pilots.", []),
])
def test_a_names_role_in_its_clause(claim, sentence, conflicts):
    found = compare(parse(claim, VOCAB), parse(sentence, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert [c.claim for c in found.conflicts] == conflicts
