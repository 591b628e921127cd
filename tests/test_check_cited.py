"""Claims that say where they were read (`qa.claims.cited`, `qa.claims.citing`): the content is
checked without the frame, the cited source and year are facts of the evidence's document,
and a sentence that gives the content to another named speaker does not support it. An
invented corpus of three reports, two with their publisher in the header."""
import pytest

from qa.claims.check import check
from qa.claims.cited import cited

TIDELINE = """Harbours Under Strain: The Coastal Fisheries Crisis in Velmora

Tideline Policy Institute | Briefing | March 2021

The fishing towns of Velmora's northern coast are facing their worst season in a generation. \
On 4 February, the port authority of Karsund announced that it would close the northern \
breakwater for repairs. Two weeks later, the fishermen's union said the closure had cost its \
members 300 jobs. Pellamar says the Velmoran government has ignored the union's warnings; it \
also thinks the repairs were badly planned.

In January, the coastal ministry suspended the licences of its 1,200-strong trawler fleet, \
citing the loss of four vessels in the preceding months. The ministry is reportedly \
discussing with lenders whether the fleet can be refinanced.

What could come next? The breakwater is expected to reopen in the autumn, but many crews \
have already moved south to the harbour of Denholt, where berths are scarce.

Subscribe to Tideline's weekly updates on coastal policy.
"""

HARROW = """Rebuilding the Velmoran Fleet

By Ilse Varga, Senior Fellow, Harrow Centre for Maritime Studies

Published 12 June 2022

The Velmoran fleet lost eleven vessels in the storms of the past two winters. According to \
fishers interviewed by the Coastal Watch Network, most of the lost vessels were uninsured. \
The Harrow Centre has argued that the fleet needs a new deep-water harbour at Denholt.

Insurance premiums for trawlers rose by 40 percent between 2019 and 2021, and many owners \
sold their boats to foreign buyers. A public guarantee scheme launched in May covers only \
vessels built after 2005.

For the breakwater closure at Karsund, see Tideline Policy Institute, Harbours Under Strain, \
March 2021.
"""

LEDGER = """Annual Review of Velmoran Fisheries

Catches of herring fell by a third in the last season, while cod landings were stable. The \
number of registered fishers declined from 9,400 to 8,100 over five years. The southern \
harbour of Denholt handled twice as many landings as the year before.
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("cited")
    docs = root / "docs"
    docs.mkdir()
    for name, text in (("tideline.txt", TIDELINE), ("harrow.txt", HARROW),
                       ("ledger.txt", LEDGER)):
        (docs / name).write_text(text, encoding="utf-8")
    return open_corpus(docs, root / "index")


BREAKWATER = ("the port authority of Karsund announced on 4 February that it would close the "
              "northern breakwater")
LICENCES = "the coastal ministry suspended the licences of its 1,200-strong trawler fleet in January"


@pytest.mark.parametrize("claim, source, year, content", [
    ("According to Crisis Group, Mali left the force.", ("Crisis Group",), "", "Mali left the force."),
    ("Crisis Group notes that Mali left the force.", ("Crisis Group",), "", "Mali left the force."),
    ("As one analysis observes, Mali left the force.", (), "", "Mali left the force."),
    ("As noted by the Harrow Centre, Mali left the force.", ("Harrow Centre",), "",
     "Mali left the force."),
    ("Mali left the force, the Harrow Centre reports.", ("Harrow Centre",), "",
     "Mali left the force."),
    ("Mali left the force (Crisis Group, 2022).", ("Crisis Group",), "2022", "Mali left the force."),
    ("Mali left the force (Crisis Group 2022).", ("Crisis Group",), "2022", "Mali left the force."),
    ("Crisis Group (2022) found that Mali left the force.", ("Crisis Group",), "2022",
     "Mali left the force."),
    ("According to a 2022 Crisis Group briefing, Mali left the force.", ("Crisis Group",), "2022",
     "Mali left the force."),
    ("Researchers at the Stimson Center found that Mali left the force.", ("Stimson Center",), "",
     "Mali left the force."),
    ("Researchers note that Mali left the force.", (), "", "Mali left the force."),
    ("Crisis Group's analysis shows that Mali left the force.", ("Crisis Group",), "",
     "Mali left the force."),
    ("Mali left the force, according to Crisis Group.", ("Crisis Group",), "",
     "Mali left the force."),
    ("Per Crisis Group, Mali left the force.", ("Crisis Group",), "", "Mali left the force."),
    ("Crisis Group's 2022 report found that Mali left the force.", ("Crisis Group",), "2022",
     "Mali left the force."),
    ("Mali left the force, as noted by Crisis Group (2022).", ("Crisis Group",), "2022",
     "Mali left the force."),
    ("Mali left the force (see Crisis Group, 2022, p. 4).", ("Crisis Group",), "2022",
     "Mali left the force."),
])
def test_a_citation_frame_is_told_apart_from_its_content(claim, source, year, content):
    citation = cited(claim)
    assert citation is not None
    assert (citation.sources, citation.year, citation.content) == (source, year, content)


@pytest.mark.parametrize("claim", [
    "Mali left the force in 2022.",
    "A UN report published in May 2023 found that Mali left the force.",
    "The mission reported that Mali left the force.",
    "It says that Mali left the force.",
    "Mali left the force (MINUSMA).",
    # a name doing something, not citing: a verb with an object, a clause, a noun
    "The Port Council added a second pier to the harbour in 2019.",
    "When the Council added a second pier, it also hired more staff.",
    "The EU report that came out in May found that the pier had closed.",
    "Ilse Varga wrote her analysis of the fleet after a visit to the port.",
    "We note that the pier had closed in May.",
])
def test_no_citation_where_none_is_given(claim):
    assert cited(claim) is None


@pytest.mark.parametrize("claim", [
    "Witnesses said the pier had closed in May.",
    "Scientists say the pier had closed in May.",
])
def test_a_capitalised_common_noun_opening_the_claim_is_no_name(claim):
    # a speaker without a name at most (`cited.anonymous`, round 57), never the source "Witnesses"
    citation = cited(claim)
    assert citation is None or not citation.named


@pytest.mark.parametrize("claim, verdict", [
    # the content stated by a document that names the source (its header) and the year
    (f"According to the Tideline Policy Institute, {BREAKWATER}.", "supported"),
    (f"The Tideline Policy Institute notes that {BREAKWATER}.", "supported"),
    (f"{BREAKWATER[0].upper()}{BREAKWATER[1:]} (Tideline Policy Institute, 2021).", "supported"),
    (f"{BREAKWATER[0].upper()}{BREAKWATER[1:]} (Tideline Policy Institute 2021).", "supported"),
    (f"Tideline Policy Institute (2021) found that {BREAKWATER}.", "supported"),
    (f"As Tideline observes, {LICENCES}.", "supported"),
    (f"{LICENCES[0].upper()}{LICENCES[1:]}, the Tideline Policy Institute reports.", "supported"),
    (f"As one analysis observes, {LICENCES}.", "supported"),
    (f"According to a 2021 Tideline briefing, {LICENCES}.", "supported"),
    # a source the sentence names as its speaker; a name the byline gives in full
    ("The Harrow Centre argues that the fleet needs a new deep-water harbour at Denholt.",
     "supported"),
    ("Insurance premiums for trawlers rose by 40 percent between 2019 and 2021 (Harrow Centre "
     "for Maritime Studies, 2022).", "supported"),
    ("Pellamar says the Velmoran government has ignored the union's warnings.", "supported"),
    ("According to the Coastal Watch Network, most of the lost vessels were uninsured.",
     "supported"),
    # a year the document never names but may be dated in: none later is named
    ("Insurance premiums for trawlers rose by 40 percent between 2019 and 2021 (Harrow Centre, "
     "2023).", "supported"),
    ("Per the Harrow Centre, insurance premiums for trawlers rose by 40 percent between 2019 "
     "and 2021.", "supported"),
    # the content contradicted, whatever the frame
    (f"The port authority of Karsund announced on 14 February that it would close the northern "
     f"breakwater (Tideline Policy Institute, 2021).", "contradicted"),
    ("Tideline notes that the coastal ministry suspended the licences of its 1,500-strong "
     "trawler fleet in January.", "contradicted"),
    # a source or year the document names nowhere: a false attribution
    (f"According to the Harrow Centre, {BREAKWATER}.", "not_found"),
    (f"The Harrow Centre notes that {BREAKWATER}.", "not_found"),
    (f"{BREAKWATER[0].upper()}{BREAKWATER[1:]} (Harrow Centre, 2022).", "not_found"),
    (f"{BREAKWATER[0].upper()}{BREAKWATER[1:]} (Tideline Policy Institute, 2019).", "not_found"),
    ("According to the Tideline Policy Institute, catches of herring fell by a third in the "
     "last season.", "not_found"),
    ("Catches of herring fell by a third in the last season (Tideline Policy Institute, 2021).",
     "not_found"),
    # a year before one the document names, and never named by it, is not its date
    ("Insurance premiums for trawlers rose by 40 percent between 2019 and 2021 (Harrow Centre, "
     "2020).", "not_found"),
    # who said what, swapped inside the story
    ("Karsund says the Velmoran government has ignored the union's warnings.", "not_found"),
    ("According to Karsund, the Velmoran government has ignored the union's warnings.",
     "not_found"),
    ("According to the Harrow Centre, most of the lost vessels were uninsured.", "not_found"),
])
def test_a_cited_claim_is_its_content_and_its_documents_source(reports, claim, verdict):
    result = check(reports, claim)
    assert result.verdict == verdict
    assert result.claim == claim


def test_a_swapped_publisher_is_not_supported(reports):
    result = check(reports, "The Tideline Policy Institute argues that the fleet needs a new "
                            "deep-water harbour at Denholt.")
    assert result.verdict != "supported"
    assert result.attribution.other_speaker == "Harrow Centre"


def test_the_result_shows_the_citation_and_where_the_document_names_it(reports):
    result = check(reports, f"{BREAKWATER[0].upper()}{BREAKWATER[1:]} "
                            f"(Tideline Policy Institute, 2021).")
    shown = result.to_dict()["attribution"]
    assert shown["sources"] == ["Tideline Policy Institute"] and shown["year"] == "2021"
    assert shown["reading"] == "document" and shown["named"] is True
    assert shown["year_named"] is True and shown["named_in"].startswith("tideline.txt")
    missing = check(reports, f"{BREAKWATER[0].upper()}{BREAKWATER[1:]} (Harrow Centre, 2019).")
    assert missing.attribution.named is False and missing.attribution.year_named is False
    assert "Harrow Centre" in missing.unverified and "2019" in missing.unverified


def test_the_two_readings_share_one_retrieval(reports, monkeypatch):
    """A cited claim read whole and as its content alone retrieves its passages once (the
    claim's as written), and asks once per document whether it names the source."""
    import qa.claims.check as checking
    import qa.claims.citing as citing
    ranked, named, readings = [], [], []
    rank, naming, read = checking.rank, citing.first_naming, checking.read_claim
    monkeypatch.setattr(checking, "rank", lambda *a, **k: ranked.append(a[1]) or rank(*a, **k))
    monkeypatch.setattr(checking, "read_claim",
                        lambda *a, **k: readings.append(a[1]) or read(*a, **k))
    monkeypatch.setattr(citing, "first_naming",
                        lambda *a: named.append(a[1:3]) or naming(*a))
    reports.__dict__.pop("_citing_documents", None)  # what earlier checks remembered
    result = check(reports, "According to the Harrow Centre, the coastal ministry suspended the "
                            "licences of its 1,200-strong trawler fleet in January.")
    assert len(readings) == 2 and result.verdict == "not_found"  # both readings were made
    assert len(ranked) == 1
    assert named and len(named) == len({(reports.document_of(p), s) for p, s in named})
