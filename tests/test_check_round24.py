"""Round 24 (branch `support`): what a supported claim may leave to its passage or its
corpus, and the common-noun actor a supporting sentence must not replace. The claims are
about small corpora written here."""
import json

from tests.helpers.cli import run

OTHER_TOPICS = ["Fishing quotas for the northern fleet were cut in the spring session.",
                "Grain prices at the harbour rose after the floods."]


def checker(tmp_path, title: str, texts: list[str]):
    """`qa check --json` of a claim against one document: a title, then a paragraph per text."""
    folder = tmp_path / title.lower()
    folder.mkdir()
    (folder / "doc.txt").write_text(title + "\n\n" + "\n\n".join(texts) + "\n", encoding="utf-8")
    return lambda claim: json.loads(run("check", claim, "--json", "--corpus", folder,
                                        "--index", tmp_path / "index").stdout)


def test_a_pair_of_sentences_may_leave_the_corpus_setting_unsaid(tmp_path):
    # UNOLA is the setting (named in most passages): "the mission's" stands for it, in a
    # pair of sentences as in one
    texts = ["UNOLA patrols the coast of Lodwar.", "UNOLA was created in 2010.",
             "UNOLA reports to the council every spring.",
             "Meanwhile, Ghana, the mission's largest contributor of divers, is undecided. In "
             "May, it suspended the harbour patrols of its 300-strong unit, citing the storms."]
    check_in = checker(tmp_path, "Divers", texts + OTHER_TOPICS)
    payload = check_in("Ghana, UNOLA's largest contributor of divers, suspended the harbour "
                       "patrols of its 300-strong unit in May.")
    assert payload["verdict"] == "supported", payload
    top = payload["evidence"][0]
    assert "Ghana" in top["sentence"] and "suspended" in top["sentence"]
    # a word of the claim neither sentence states is still missing from the pair
    assert check_in("Ghana, UNOLA's largest contributor of divers, cheaply suspended the "
                    "harbour patrols of its 300-strong unit in May.")["verdict"] == "not_found"
