"""Clipped and contracted words a log or situation report writes without their full stop
("Tarnish tps", "full dply", "foreign mil pers"), read by `qa.claims.shorthand` as the one
corpus word beside their neighbour that begins with their first letter and holds their letters
in order; with the near misses that must stay as written: a word general English knows, one
the corpus writes, two corpus words beside the neighbour, a part of a hyphenated word.
Also a reduced passive with its particle ("the burning carried out by Vell militia",
`opposition.reduced_passive`): its agent is the name after "by", not the name before it.
Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.shorthand import spelled_shorthand
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2031 Tarnish troops crossed the Orel river near Kessan.",
        "The Tarnish troops were relieved in June by coastal troops from Vell.",
        "The Varn Council sent 300 military personnel and 40 civilian personnel to the "
        "outer islands in 2032.",
        "The harbour mission reached full deployment in August 2033, two years late.",
        "Its deployment was slowed by the storms; foreign military personnel left in 2034.",
        "The coastal trips of the ferry were cancelled in the winter of 2033.",
        "In 2035 a Varn Council inquiry found that the burning of the Kessan granary was "
        "carried out by Vell militia.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "Foreign mil pers left in 2034.",  # "mil" by "foreign", then "pers" by "military"
    "In 2032 the Varn Council sent 40 civilian pers.",  # the claim's last word
    "Tarnish tps crossed the Orel river near Kessan in May 2031.",
    "The harbour mission reached full dply in August 2033.",
])
def test_unstopped_shorthand_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    "Foreign mil pers left in 2036.",
    "Tarnish tps crossed the Orel river near Kessan in May 2030.",
])
def test_unstopped_shorthand_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


def test_unstopped_shorthand_states_the_words(harbour):
    # the expansion states the words: none left unverified
    assert check(harbour, "The harbour mission reached full dply in August 2033.").unverified \
        == ()


@pytest.mark.parametrize("written, spelled", [
    ("the Tarnish tps crossed", "the Tarnish troops crossed"),
    ("foreign mil pers left", "foreign military personnel left"),  # "pers" by its neighbour
    ("the Varn msn's crews", "the Varn msn's crews"),  # no corpus word beside "Varn"
    ("the coastal tps", "the coastal tps"),  # coastal troops or coastal trips: unknown
    ("the pol met them", "the pol met them"),  # general English's "pol"
    ("the Orel river", "the Orel river"),  # a corpus word
    ("the tps-led crossing", "the tps-led crossing"),  # part of a hyphenated word
])
def test_spelled_unstopped_shorthand(harbour, written, spelled):
    assert spelled_shorthand(harbour, written) == spelled


@pytest.mark.parametrize("claim, expected", [
    ("Varn Council inquiry, 2035: burning of the Kessan granary carried out by Vell militia.",
     "supported"),
    ("Varn Council inquiry: Kessan granary burning carried out by Vell militia in 2035.",
     "supported"),
    ("Varn Council inquiry, 2035: burning of the Kessan granary carried out by Tarnish "
     "militia.", "contradicted"),
])
def test_reduced_passive_with_particle(harbour, claim, expected):
    assert verdict(harbour, claim) == expected
