"""A part of the claim's actor, named in the genitive, is that actor; a place glued to an
acronym in a body's name is the claim's place (round 79, branch parts86). Invented texts.

"The Dunmore Harbour Board's Safety Committee fined the firm" gives the deed to a part of the
board: the claim "The Dunmore Harbour Board fined the firm" was left unsupported, and
"Norvik's initiative planted reeds" contradicted by "the Norvik Foundation's Clean Rivers and
Wetland Care initiative" (`qa.claims.owned_part`). Read so, the part is also the board's side
of the verb, and a claim with the roles swapped is contradicted (it was supported). A rival of
the claim's kind, a list without the claim's actor and a plain role swap stay conflicts.
"""
import pytest

from qa.claims.check import check
from qa.claims.facts import Mention


@pytest.fixture(scope="module")
def coast(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("coast")
    docs = root / "docs"
    docs.mkdir()
    (docs / "coast.txt").write_text("\n\n".join([
        "Coast Notes",
        "In April 2032 the Dunmore Harbour Board's Safety Committee fined the Kessel towing "
        "firm for blocking the north quay.",
        "In May 2032 the Ruvala Coast Guard's Northern Command seized a trawler flagged in "
        "Ostmark.",
        "In August 2029, Osterland, Vestrand and Pellmark ratified the Grey Shoals treaty at "
        "Korvik.",
        "The Norvik Foundation's Clean Rivers and Wetland Care initiative planted reeds along "
        "the Amsel delta.",
        "In March 2031 the Velden harbour board fined the Orsk ferry company for overloading "
        "its vessels.",
        "From April 1983 through May 2016, the bay's surface water has warmed at a "
        "mean rate near 0.27 C each decade, according to the UAMarlow buoy record.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(coast, claim):
    return check(coast, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The Dunmore Harbour Board fined the Kessel towing firm for blocking the north quay.",
    "The Ruvala Coast Guard seized a trawler flagged in Ostmark in May 2032.",
    "The Norvik Foundation's initiative planted reeds along the Amsel delta.",
])
def test_a_part_owned_by_the_claims_actor_supports(coast, claim):
    assert verdict(coast, claim) == "supported"


@pytest.mark.parametrize("claim", [
    "Norvik's initiative planted reeds along the Amsel delta.",
    "According to that Marlow buoy record, from April '83 through May 2016 the bay's "
    "surface water warmed at a mean rate near 0.27 of a degree each decade.",
])
def test_a_part_or_a_seat_is_no_rival(coast, claim):
    assert verdict(coast, claim) != "contradicted"


def test_roles_swapped_around_a_part_are_contradicted(coast):
    assert verdict(coast, "The Kessel towing firm fined the Dunmore Harbour Board for "
                          "blocking the north quay.") == "contradicted"


@pytest.mark.parametrize("claim", [
    # a rival of the same kind in the owner's place
    "The Brask Harbour Board fined the Kessel towing firm for blocking the north quay.",
    "The Sorna Coast Guard seized a trawler flagged in Ostmark in May 2032.",
    "The Brenmark Foundation's initiative planted reeds along the Amsel delta.",
    # a list that lacks the claim's actor
    "In August 2029, Vestrand and Tarmark ratified the Grey Shoals treaty at Korvik.",
    # roles swapped, no part
    "The Orsk ferry company fined the Velden harbour board for overloading its vessels.",
])
def test_rivals_lists_without_the_actor_and_swaps_stay_conflicts(coast, claim):
    assert verdict(coast, claim) == "contradicted"


def test_a_list_member_is_supported(coast):
    assert verdict(coast, "In August 2029, Vestrand ratified the Grey Shoals treaty at "
                          "Korvik.") == "supported"


def name(text):
    return Mention("name", frozenset(), text, 0, len(text), kind="name")


@pytest.mark.parametrize("mine, theirs, seat", [
    ("Marlow", "UAMarlow", True),
    ("Marlow", "NOAAMarlow", True),
    ("Marlow", "NewMarlow", False),  # another place
    ("Montval", "ÉTSMontval", True),  # capitals of any cased script, as in names
    ("Ørsholm", "NTNUØrsholm", True),
    ("Ørsholm", "NyØrsholm", False),
    ("Marlow", "Marlow", False),
    ("Marlow", "Dunmore", False),
])
def test_glued_seat(mine, theirs, seat):
    from qa.claims.glued_names import glued_seat  # (here: the start code has no such module)
    assert glued_seat(name(mine), name(theirs)) is seat
