"""True claims called contradicted by an exclusive pair whose words fill different roles
(round 77, branch precision84). Invented texts.

An exclusive pair (military / civilians, improve / deteriorate, support / resist) opposes two
words said of one thing. "Most victims were civilians" was contradicted by "were killed in a
military expedition", where "military" only says what kind the expedition was: the claim never
names the expedition, and the pair is no conflict (`qualifier_role`). Where both words say
something of the same thing, or both qualify a noun, or the qualified noun and the other word
are both people, the pair still contradicts.
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Over 40 people were killed in May 2031 in a military expedition to Harlow, a "
        "fishing town on the Velm coast.",
        "Given a deteriorating security climate in Tessmark, it is vital to build relationships "
        "founded on trust with the Orrin guild and the dock crews.",
        "Several Tarvik crews arrived with armour-plated lorries, heavy cranes and two "
        "barges.",
        "The Velden board sent civilian engineers to Orrin in June 2030.",
        "Military personnel died during the storm in Kessel in April 2029.",
        "Brine from the Orrin wells has a density about 20% higher than that of sea water.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "civilians", the head, against "military", which qualifies the operation
    "Over 40 people were killed in Harlow in May 2031; most were civilians.",
    "Of the over 40 people killed in Harlow in May 2031, most were civilians.",
    # "improving" with its object against "a deteriorating security climate"
    "Building relationships founded on trust with the Orrin guild and the dock crews is vital "
    "to improving relations in Tessmark.",
])
def test_pair_in_other_roles_contradicts_nothing(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim", [
    # both qualify the same noun
    "Over 40 people were killed in May 2031 in a civilian expedition to Harlow.",
    "The Velden board sent military engineers to Orrin in June 2030.",
    # the qualified noun and the other word are both people, in one role
    "Civilians died during the storm in Kessel in April 2029.",
    # the other word states the qualified noun beside it
    "The security climate in Tessmark is improving.",
    # "less" qualifies an adjective, no noun
    "Brine from the Orrin wells is less dense than sea water.",
])
def test_pair_in_one_role_still_contradicts(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


def test_a_qualified_noun_is_a_noun(harbour):
    from qa.claims.facts import parse
    from qa.claims.qualifier_role import qualified_noun
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(harbour.analyzer)

    def head(text, word):
        parsed = parse(text, vocab)
        return [t.word for t in qualified_noun(
            parsed, next(t for t in parsed.tokens if t.word == word))]
    assert head("a military expedition to Harlow", "military") == ["expedition"]
    assert head("a deteriorating security climate", "deteriorating") == ["security",
                                                                          "climate"]
    assert head("to shelter civilians within its harbour walls", "civilians") == []
    assert head("essential to improving relations", "improving") == []
    assert head("it is less dense than sea water", "less") == []


def test_a_participle_and_a_past_verb_are_one_role(harbour):
    from qa.claims.facts import parse
    from qa.claims.qualifier_role import predicate_both
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(harbour.analyzer)
    sentence = parse("The deteriorating relationship with Norland hurt the harbour.", vocab)
    claim = parse("The wardens strengthened their cooperation with Norland.", vocab)
    participle, verb = sentence.tokens[1], claim.tokens[2]
    assert predicate_both(participle, verb)
    assert not predicate_both(parse("a military expedition", vocab).tokens[1], verb)
