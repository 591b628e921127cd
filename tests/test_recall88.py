"""A name's aside (`clause_parts.NamedAside`): a relative clause set between commas after a
name, or an apposition beside it, says what the name is or did, a standing fact a report
tells where it first names it, often paragraphs away from the event the claim is about. The
clause reading takes its sentence from anywhere in the same document; the claim's other parts
must still be neighbours, and the aside is checked whole like any clause. The claims are
about small corpora written here."""
import json

import pytest

from qa.claims.clause_parts import NamedAside, added_split, proper_name
from tests.test_check import OTHER_TOPICS, run

ROUTE = "On 3 March 2019, the Norvik Line took over the Kora ferry route from the Velm Company."
FLEET = "By 2030, the Norvik Line ran fourteen ferries between Tarsa and the outer islands."
FILLER = ["The harbour of Tarsa was dredged again after the winter storms.",
          "Fish auctions on the east quay draw buyers from three provinces."]
CLAIM = ("The Norvik Line, which took over the Kora ferry route on 3 March 2019, ran fourteen "
         "ferries between Tarsa and the outer islands by 2030.")


def corpus_checker(tmp_path, documents: dict[str, list[str]]):
    """`qa check --json` against documents of a paragraph per text."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for title, texts in documents.items():
        (folder / f"{title.lower()}.txt").write_text(
            title + "\n\n" + "\n\n".join(texts) + "\n", encoding="utf-8")
    return lambda claim: json.loads(run("check", claim, "--json", "--corpus", folder,
                                        "--index", tmp_path / "index").stdout)


def test_an_aside_told_paragraphs_away_in_the_same_document_supports(tmp_path):
    check = corpus_checker(tmp_path, {"Ferries": [ROUTE] + FILLER + [FLEET],
                                      "Other": OTHER_TOPICS})
    payload = check(CLAIM)
    assert payload["verdict"] == "supported", payload
    cited = {e["sentence"] for e in payload["evidence"]}
    assert {ROUTE, FLEET} <= cited


def test_a_name_with_an_elided_particle_has_its_aside_read(tmp_path):
    route = ROUTE.replace("the Norvik Line", "Port d'Arvel")
    fleet = FLEET.replace("the Norvik Line", "Port d'Arvel")
    check = corpus_checker(tmp_path, {"Ferries": [route] + FILLER + [fleet],
                                      "Other": OTHER_TOPICS})
    claim = CLAIM.replace("The Norvik Line", "Port d'Arvel")
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    CLAIM.replace("3 March 2019", "3 March 2018"),  # the aside's date is another
    CLAIM.replace("Kora", "Lisse"),  # another route: the aside is stated nowhere
    CLAIM.replace("fourteen", "twenty"),  # the main clause is another fleet
])
def test_an_aside_or_main_clause_the_document_does_not_state_is_no_support(tmp_path, claim):
    check = corpus_checker(tmp_path, {"Ferries": [ROUTE] + FILLER + [FLEET],
                                      "Other": OTHER_TOPICS})
    assert check(claim)["verdict"] != "supported"


def test_an_aside_told_only_by_another_document_is_no_support(tmp_path):
    check = corpus_checker(tmp_path, {"Ferries": FILLER + [FLEET],
                                      "Routes": [ROUTE] + OTHER_TOPICS})
    assert check(CLAIM)["verdict"] == "not_found"


def test_only_a_name_s_clause_is_an_aside():
    named = added_split(CLAIM)
    assert named is not None and isinstance(named[0][1], NamedAside)
    common = added_split(CLAIM.replace("The Norvik Line", "The ferry company"))
    assert common is not None and not isinstance(common[0][1], NamedAside)
    assert proper_name("Val d'Orsk") and proper_name("the Norvik Line")
    assert not proper_name("many island ferries")
