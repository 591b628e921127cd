"""A relation found reversed by one finder and placed by another: "welcomed" / "criticized" is
an exclusive pair of predicates (`compare.exclusive_predicates`), and the two verbs act on
the same thing ("the dredging report"), the pair `reversals.same_head` finds. Such a sentence
names the claim's event by its own words, reversed, and needs less of the rest of the claim
to contradict it (`check.REVERSED_REST`), however the conflict was first found
(`qa.claims.placement`). The corpus is invented: a river council and its canal works."""
import qa.claims.check as check_module
from qa.claims.check import CONTRADICT
from tests.test_check import OTHER_TOPICS, checker

TEXTS = ["The river council met in March to review the canal works. In March the river council "
         "criticized the dredging report. Its authors were thanked for their survey of the "
         "silt."] + OTHER_TOPICS


def test_a_verb_reversed_on_the_same_object_contradicts_with_less_of_the_rest(
        tmp_path, monkeypatch):
    check = checker(tmp_path, "Canal", TEXTS)
    # "praised its bold authors" unsaid: the reversal on the same object is enough
    claim = "The river council welcomed the dredging report in March and praised its bold authors."
    payload = check(claim)
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"] == [
        {"claim": "welcomed", "source": "criticized", "kind": "relation"}]
    # as much of the rest as another figure needs: not enough
    monkeypatch.setattr(check_module, "REVERSED_REST", CONTRADICT)
    assert check(claim)["verdict"] == "not_found"
