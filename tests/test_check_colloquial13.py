"""A claim written as a post is written ("the govt", "13k+ troops", "Dec 2021", "got
expanded", "literally moved") is read as a report would write it (`qa.claims.informal`); an
acronym names the body its long form names with a parent's acronym in it or without the
parent ("UN Security Council", "Security Council" for UNSC, `short_forms.names_acronym`). Sentences
invented here."""
import pytest

from qa.claims.short_forms import names_acronym
from qa.claims.informal import written_out
from tests.test_check import OTHER_TOPICS, checker


@pytest.mark.parametrize("informal, formal", [
    ("The harbour govt's new levy hit approx 300 boats.",
     "The harbour government's new levy hit approximately 300 boats."),
    ("The union met w/ the dept reps b/c of the strike.",
     "The union met with the department representatives because of the strike."),
    ("Intl orgs left w/o warning.", "International organizations left without warning."),
    ("The mayor met w/the guild w/in a week.", "The mayor met with the guild within a week."),
    # figures: thousands, a lower bound, a multiple, "about"
    ("The port moved 12k+ crates, 3x the usual, ~400 a day, 60%+ of them fish.",
     "The port moved over 12,000 crates, 3 times the usual, about 400 a day, over 60% of them fish."),
    ("Boats & barges + ferries docked.", "Boats and barges and ferries docked."),
    # months: clipped, with or without a dot; "Mar" only beside a figure
    ("The ferry stopped on 3 Sept. and resumed in Feb 2019.",
     "The ferry stopped on 3 September and resumed in February 2019."),
    ("Storms mar the coast every Mar 2019 and 4 Mar.",
     "Storms mar the coast every March 2019 and 4 March."),
    # an abbreviation read only before a figure
    ("The council adopted Res 88; the res was long.",
     "The council adopted Resolution 88; the res was long."),
    # the get-passive, not "got" before an object or an adjective
    ("The pier got closed after the inspector got the report and it got worse.",
     "The pier was closed after the inspector got the report and it got worse."),
    # emphasis before the word stressed goes; a manner adverb before a preposition stays
    ("The guild really did sign, and the mayor literally walked out.",
     "The guild did sign, and the mayor walked out."),
    ("The mayor spoke frankly about the levy.", "The mayor spoke frankly about the levy."),
    # a post's label, closing comment and cleft
    ("Fun stat: the pier closed in May. Huge.", "The pier closed in May."),
    ("Westhaven: the pier closed. Huge win.", "Westhaven: the pier closed. Huge win."),
    ("It was the mayor who closed the pier.", "The mayor closed the pier."),
    ("It was clear that the pier closed.", "It was clear that the pier closed."),
    # words that only begin like an abbreviation stay
    ("The reporters saw the repairs; the governor approved them.",
     "The reporters saw the repairs; the governor approved them."),
    # a clipped word's dot is not the claim's last
    ("The levy rose approx. 4% in Sept.", "The levy rose approximately 4% in September."),
])
def test_informal_writing_is_spelled_out(informal, formal):
    assert written_out(informal) == formal


@pytest.mark.parametrize("name, acronym, named", [
    ("United Nations Security Council", "UNSC", True),
    ("UN Security Council", "UNSC", True),
    ("Security Council", "UNSC", True),  # the parent body left out
    ("EU Fisheries Board", "EUFB", True),
    ("Fisheries Board", "EUFB", True),
    ("Board", "EUFB", False),  # one word: no long form
    ("Harbour Security Council", "UNSC", False),
    ("Council", "AUPSC", False),
    ("Security Council", "AUPSC", False),  # three letters left unsaid
])
def test_an_acronym_spelled_by_a_name(name, acronym, named):
    assert names_acronym(name, acronym) == named


PIER = ("On 14 December 2019, the Westhaven port authority closed the northern pier after "
        "inspectors found cracks in its pilings.")
PLAN = ("In May 2021, the fishermen's union opposed a plan by the port authority to raise the "
        "mooring fee, arguing that the fee was already the highest on the coast.")


@pytest.mark.parametrize("texts, claim, verdict", [
    ([PIER], "The Westhaven port authority literally closed the northern pier on 14 Dec 2019.",
     "supported"),
    ([PIER], "The northern pier got closed by the Westhaven port authority on 14 Dec 2019.",
     "supported"),
    # the day changed: still a conflict once the month is read
    ([PIER], "The Westhaven port authority closed the northern pier on 17 Dec 2019.",
     "contradicted"),
    ([PIER], "The Westhaven port authority closed the southern pier on 14 Dec 2019.",
     "contradicted"),
    # a cleft is emphasis: its focus is the claim's subject, checked as one
    ([PIER], "It was the Westhaven port authority who closed the northern pier on 14 Dec 2019.",
     "supported"),
    # a phrasal verb's particle that is no stopword: "pushed back on" is "opposed", not "backed"
    ([PLAN], "In May 2021, the fishermen's union pushed back on a plan by the port authority "
             "to raise the mooring fee.", "supported"),
    ([PLAN], "In May 2021, the fishermen's union backed a plan by the port authority "
             "to raise the mooring fee.", "contradicted"),
])
def test_informal_claims_on_a_one_document_corpus(tmp_path, texts, claim, verdict):
    assert checker(tmp_path, "Westhaven pier", texts + OTHER_TOPICS)(claim)["verdict"] == verdict
