"""A name written with dotted initials is the corpus's setting as its closed-up form is (round
74, branch recall80).

"the UN base" in reports about a UN mission is the corpus's setting: a sentence's "MINUSMA
base" names the same body, and support lets the setting go unsaid. Written "the U.N. base",
the name was looked up by the analyzer's terms of "U.N.", two single letters that no passage
has as a word, so it was no setting, and the sentence's name after the same word and
preposition read as another actor in the claim's place: a true claim was contradicted, or left
unsupported. `check.setting` now closes the initials up first (`facts.undotted`), as a name's
mention already did. Near misses: another fact changed stays unsupported, and a dotted name
that is no setting of the corpus is still another actor than the sentence's.

Invented sentences."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "Several fishermen of Tarn moved away from the streets close to the CPSR depot, for fear "
    "of raids by smuggling gangs.",
    "The United Harbours Coastal Patrol Service in Ruvala (CPSR) was set up by the UH in 2029 "
    "to guard the Ruvala coast.",
    "UH officials said the CPSR fleet of twelve cutters patrols the coast from Tarn to Vell.",
    "The UH council extended the charter of the CPSR in 2031 for two more years.",
    "Smuggling gangs raided warehouses in Vell twice in 2030, UH inspectors reported.",
    "The UH budget for coastal patrols grew by a fifth in 2031.",
    "The harbour of Tarn handles grain and timber for the inland towns.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("recall80"), "Ruvala patrols", TEXTS)


@pytest.mark.parametrize("claim", [
    "Some fishermen of Tarn moved away from the streets close to the U.H. depot, fearing raids "
    "by smuggling gangs.",
    "Fearing raids by smuggling gangs, several fishermen of Tarn moved away from the streets "
    "close to the U.H. depot.",
])
def test_a_dotted_setting_name_is_the_setting(check, claim):
    result = check(claim)
    assert result["verdict"] == "supported"
    assert "U.H." not in result["unverified"]


def test_another_fact_changed_stays_unsupported(check):
    result = check("Some fishermen of Tarn moved away from the streets close to the U.H. depot, "
                   "fearing storms from the north.")
    assert result["verdict"] != "supported"


def test_a_dotted_name_no_setting_is_still_another_actor(check):
    result = check("Some fishermen of Tarn moved away from the streets close to the N.R. depot, "
                   "fearing raids by smuggling gangs.")
    assert result["verdict"] != "supported"
