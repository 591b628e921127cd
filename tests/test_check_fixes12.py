"""Faults a user meets on plain claims, each fixed at its mechanism. A negation noun with a
complement of its own denies the complement, not the name attached to it ("the inability of
the coast guard to patrol" denies the patrolling; `qa.claims.facts.complement_start`). Imperial
lengths are units of their own ("40 feet" is no statement of "40 metres"). "Against" between
two parts of a title is the title's ("the Committee against Torture"), and a verb's particle
"down" relates it to its object as "against" does ("voted down" / "voted for"). An ordinal that
counts a span of time ("the 20th century") is stated however it is written. A name inside a
sentence's opening phrase ("Based on Resolution 2100, the mission ...") does not act, nor does
one in a text with no verb (a reference). A figure joined to a word by a hyphen ("a level-2
hospital") is a label. The claims are about small corpora written here."""
import pytest

from qa.claims.facts import parse, relation_tokens
from qa.claims.identifiers import identifier
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def first_conflicts(result: dict) -> list[tuple[str, str]]:
    """The conflicts of the first evidence: (the claim's words, the source's)."""
    return [(c["claim"], c["source"]) for e in result["evidence"][:1] for c in e["conflicts"]]


def denied(text: str) -> set[str]:
    """The words a text denies, as written."""
    parsed = parse(text, VOCAB)
    return {t.word for t in parsed.tokens if set(t.terms) & set(parsed.negated)}


@pytest.mark.parametrize("text, words", [
    # the infinitive is denied; the "of" phrase names who did not do it
    ("The board cited the inability of the Coast Guard to patrol the bay.", {"patrol"}),
    ("They blamed the failure of the Ferry Authority to repair the ramps.", {"repair"}),
    ("They blamed the inability of the mission in the north to respond.", {"respond"}),
    # a possessive: the noun it qualifies is denied
    # (the clause's verb after it is not denied: `qa.claims.denial_verb_end`)
    ("The lack of the ministry's support ended the reform.", {"support"}),
    # unchanged: a noun of absence denies its noun phrase (an infinitive after it qualifies
    # the noun), an adjective its infinitive, a failure without "to" nothing
    ("The lack of peace troubled the talks.", {"peace"}),
    ("They noted the lack of peace to keep in the north.", {"peace", "keep"}),
    ("The absence of Red Cross clinics in the valley was noted.", {"Red", "Cross"}),
    ("The absence of the Red Cross in the valley was noted.", {"Red", "Cross"}),
    ("The union was unable to stop the closure.", {"stop"}),
    ("The failure of the talks surprised nobody.", set()),
])
def test_a_negation_noun_denies_its_complement(text, words):
    assert denied(text) == words


NEGATED = [
    "In May 2021 the harbour board closed the eastern pier, citing the inability of the Coast "
    "Guard to patrol the bay at night.",
    "The council blamed the failure of the Ferry Authority to repair the ramps for the delays "
    "of 2019.",
    "The lack of the ministry's support ended the school reform in 2016.",
    "The Rail Union was unable to stop the closure of the northern line in 2012.",
]


@pytest.mark.parametrize("claim, verdict, conflict", [
    # the name owning the complement is not denied (main: contradicted, "inability of the
    # Coast Guard" / "Coast Guard")
    ("The Coast Guard failed to patrol the bay at night.", "supported", None),
    ("The council blamed the Ferry Authority for the delays of 2019.", "supported", None),
    ("The harbour board closed the eastern pier in 2021.", "supported", None),
    # the complement is: a claim that affirms it is contradicted on it
    ("The Coast Guard patrolled the bay at night.", "contradicted",
     ("patrolled", "inability of the Coast Guard to patrol")),
    ("The Ferry Authority repaired the ramps.", "contradicted",
     ("repaired", "failure of the Ferry Authority to repair")),
    ("The ministry supported the school reform.", "contradicted",
     ("supported", "lack of the ministry's support")),
    ("The Rail Union stopped the closure of the northern line.", "contradicted",
     ("stopped", "unable to stop")),
])
def test_the_name_of_a_negation_nouns_complement(tmp_path, claim, verdict, conflict):
    result = checker(tmp_path, "Harbour", NEGATED + OTHER_TOPICS)(claim)
    assert result["verdict"] == verdict and not result["disagreement"]
    assert first_conflicts(result) == ([conflict] if conflict else [])


LENGTHS = [
    "The northern glacier above the lagoon lost 40 metres of ice after 1980.",
    "The old sea wall of the harbour is 12 feet high.",
    "The ferry ramp was lengthened by 30 inches in 2015.",
    "The pilgrims walked 20 miles from the coast to the shrine.",
]


@pytest.mark.parametrize("claim, verdict, conflict", [
    # the same figure in a unit of the other system: a conflict of units (main: supported)
    ("The northern glacier above the lagoon lost 40 feet of ice after 1980.", "contradicted",
     ("40 feet", "40 metres")),
    ("The old sea wall of the harbour is 12 metres high.", "contradicted",
     ("12 metres", "12 feet")),
    ("The ferry ramp was lengthened by 30 centimetres in 2015.", "contradicted",
     ("30 centimetres", "30 inches")),
    # the same length converted, rounded as a writer rounds it
    ("The northern glacier above the lagoon lost 131 feet of ice after 1980.", "supported", None),
    ("The old sea wall of the harbour is 144 inches high.", "supported", None),
    ("The old sea wall of the harbour is 3.66 metres high.", "supported", None),
    ("The old sea wall of the harbour is 12 ft high.", "supported", None),
    ("The pilgrims walked 32 km from the coast to the shrine.", "supported", None),
])
def test_imperial_lengths(tmp_path, claim, verdict, conflict):
    result = checker(tmp_path, "Harbour", LENGTHS + OTHER_TOPICS)(claim)
    assert (result["verdict"], result["unverified"]) == (verdict, [])
    assert first_conflicts(result) == ([conflict] if conflict else [])


@pytest.mark.parametrize("text, words", [
    ("The Committee against Torture met.", []),
    ("The UN Committee against Torture approved it.", []),
    # a clause's relation: after a sentence's first word, between countries, after a verb
    ("Protests against MINUSMA grew.", ["against"]),
    ("Mali voted against France in 2020.", ["against"]),
])
def test_against_inside_a_title(text, words):
    kept = [t.word.lower() for t in relation_tokens(parse(text, VOCAB))]
    assert [w for w in kept if w == "against"] == words


TITLED = ["The Committee against Torture backed the prison reform in 2018.",
          "The Alliance against Poverty sent 40 volunteers to the flooded valley in 2014."]


@pytest.mark.parametrize("claim", [
    "The committee argued for the prison reform in 2018.",  # main: contradicted, for / against
    "Volunteers were sent for the flooded valley in 2014.",
])
def test_against_in_a_title_reverses_no_for(tmp_path, claim):
    result = checker(tmp_path, "Titles", TITLED + OTHER_TOPICS)(claim)
    assert result["verdict"] == "supported"


VOTES = ["The regional council voted down the border law in March.",
         "The harbour board voted for the new tariff in 2019.",
         "The assembly scaled down the ferry subsidy in 2016."]


@pytest.mark.parametrize("claim, verdict, conflict", [
    # main: supported 1.0 both
    ("The regional council voted for the border law in March.", "contradicted", ("for", "down")),
    ("The harbour board voted down the new tariff in 2019.", "contradicted", ("down", "for")),
    ("The regional council voted against the border law in March.", "supported", None),
    ("The harbour board voted for the new tariff in 2019.", "supported", None),
    # "down" keeps its own opposite
    ("The assembly scaled up the ferry subsidy in 2016.", "contradicted", ("up", "down")),
])
def test_voted_down_is_voted_against(tmp_path, claim, verdict, conflict):
    result = checker(tmp_path, "Votes", VOTES + OTHER_TOPICS)(claim)
    assert result["verdict"] == verdict
    assert first_conflicts(result) == ([conflict] if conflict else [])


def test_an_ordinal_century_is_stated_however_written(tmp_path):
    """"20th" / "twentieth": the verdict counts it stated, as `unverified` does (main:
    not_found 0.48 with nothing unverified)."""
    result = checker(tmp_path, "Bridges", [
        "The stone bridge over the river was built in the twentieth century by the guild."]
        + OTHER_TOPICS)("The bridge was built in the 20th century.")
    assert (result["verdict"], result["unverified"]) == ("supported", [])


OPENERS = [
    "Based on the Harbour Charter of 2004, the coast guard was to patrol the northern bay.",
    "Harbour Charter 2004 (March 3, 2004), Port Gazette No. 12.",
    "The coast guard opened a station on the northern bay in 2004.",
]


@pytest.mark.parametrize("claim", [
    # main: contradicted, coast guard / "Harbour Charter" (the opener's name read as acting)
    "The coast guard patrolled the northern bay.",
    # main: contradicted, coast guard / "Port Gazette" (a reference read as acting)
    "The Harbour Charter created the coast guard.",
])
def test_no_actor_in_an_opening_phrase_or_a_reference(tmp_path, claim):
    result = checker(tmp_path, "Charter", OPENERS + OTHER_TOPICS)(claim)
    assert result["verdict"] != "contradicted"
    assert not [c for e in result["evidence"] for c in e["conflicts"] if c["kind"] == "actor"]


@pytest.mark.parametrize("text, label", [
    ("the deployment of the level-2 hospital helped", True),
    ("the spread of COVID-19 slowed", True),
    ("a 30-day period", False),
    ("the post-2015 period", False),
])
def test_a_hyphenated_label_is_an_identifier(text, label):
    parsed = parse(text, VOCAB)
    assert identifier(parsed, parsed.mentions[0]) == label
