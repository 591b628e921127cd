"""A claim word of any part of speech stated, for support, by its WordNet kin in its own place
(`qa.claims.reworded`): a verb after a modal ("will not grant" / "will not allow"), an
adjective beside no name ("complete" / "full"). Guarded: no conflict, no typed fact of the
claim left to another passage, the kin in the word's slot, a noun not read through its verb,
no verb of saying reworded ("states" / "says" stays unverified). The claims are about small
corpora written here."""
import json
from types import SimpleNamespace

import pytest

from qa.claims.reworded import kin_of, nominal
from tests.test_check import OTHER_TOPICS, run

ACCESS = ("The Tarsa council says it will not allow the guild full access to the east docks "
          "until 2035.")
# three words reworded: "states" / "says" (a verb of saying: left), "grant" / "allow",
# "complete" / "full"
CLAIM = ("The Tarsa council states it will not grant the guild complete access to the east docks "
         "until 2035.")
FILLER = ["The harbour of Tarsa was dredged again after the winter storms.",
          "Fish auctions on the east quay draw buyers from three provinces."]


def corpus_checker(tmp_path, texts: list[str]):
    """`qa check --json` against one document of a paragraph per text, beside another."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for title, paragraphs in {"Harbour": texts, "Other": OTHER_TOPICS}.items():
        (folder / f"{title.lower()}.txt").write_text(
            title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return lambda claim: json.loads(run("check", claim, "--json", "--corpus", folder,
                                        "--index", tmp_path / "index").stdout)


def test_words_reworded_in_their_places_support(tmp_path):
    check = corpus_checker(tmp_path, [ACCESS] + FILLER)
    payload = check(CLAIM)
    assert payload["verdict"] == "supported", payload
    assert payload["unverified"] == ["states"]


@pytest.mark.parametrize("claim", [
    CLAIM.replace("2035", "2036"),  # a year changed
    CLAIM.replace("grant", "deny"),  # the opposite deed
    CLAIM.replace("east", "west"),  # another place
])
def test_a_rewording_lends_no_support_to_a_changed_claim(tmp_path, claim):
    check = corpus_checker(tmp_path, [ACCESS] + FILLER)
    assert check(claim)["verdict"] != "supported"


def test_a_noun_is_not_read_through_its_verb():
    assert "provide" in kin_of("funding")  # the verb "fund": provide, supply
    assert "provide" not in kin_of("funding", True)  # "their funding": a noun
    words = tuple(SimpleNamespace(word=w) for w in "for their funding".split())
    assert nominal(words, 2) and not nominal(words, 1)
