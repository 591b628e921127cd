"""Who owns a word, read where the owner is no actor of the claim's deed
(`opposition.owner_swapped`). Invented sentences.

- "Ida Brun heads the Port Authority" against "Port Authority chief Ida Brun said ...": a
  person named by the deed ("chief" for "heads") is owned by what the deed is done to; read
  as "the Port Authority's chief" against "Ida Brun's heading", the true claim was
  contradicted (0.9)."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Port Authority chief Ida Brun said the new quay would open in 2026.")


def test_a_person_named_by_the_deed_is_owned_by_what_it_is_done_to(harbour):
    assert check(harbour, "Ida Brun heads the Port Authority.").verdict != "contradicted"


def test_an_owner_of_the_deed_is_still_read(harbour):
    assert check(harbour, "Sudland's chief Ida Brun said the new quay would open in "
                          "2026.").verdict != "supported"
