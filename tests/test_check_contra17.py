"""False claims called not_found (issue 14, round 37): a change against no change
(`compare.change_against_none`) reads the words before a verb's adverb ("levels have since
remained", `qa.claims.verb_phrase`), tries every verb of change of the claim, not only its
first, and knows the verbs that grow or shrink in a later sense ("rise": go up,
`tools/wordnet_stasis.py`); a fact a veto on support found replaced in its place (another
name in the same slot, another actor in the same office, another owner, another means) is a
conflict judged as any other (`check.replaced_in_place`); two changes the opposite way ("lowered" / "increasing") are
opposites in place (`placement.opposite_words`). The corpus is invented: a coastal lighthouse
service, its keepers and its lamps."""
import pytest

from qa.claims.placement import opposite_words as opposites
from qa.claims.compare import change_against_none, verb_used
from qa.claims.facts import parse
from qa.claims.verb_phrase import verb_span
from qa.claims.vocabulary import vocabulary_for
from qa.search.wordnet import hypernym_antonyms
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

TEXTS = [
    "In 2016 the coastal board added the northern cape as a second priority of the "
    "lighthouse service. Despite the wide extension of its coastline, the service's keeper "
    "and mechanic levels have since remained unchanged.",
    "The lamp of the Vardo lighthouse was replaced in 2018 by a brighter lamp made in "
    "Bergen.",
    "Many of the keepers of the northern cape, who had initially transferred from the Ostra "
    "Guild, arrived with worn-out lamps. The lack of cargo boats has forced the service to "
    "move much of its lamps and fuel by road. The service's interim director opened the "
    "Vardo lamp museum in 2019. The lamp director was dismissed after the selection of a "
    "keeper who inspected the Bergen lamp.",
    "The harbour authorities' neglect of some of the rules of the 2012 pier agreement "
    "delayed the repairs between the service and the Vardo port.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # another subject noun ("numbers" / "levels") after the same modifier, read past "since"
    ("Since the coastal board added the northern cape as a second priority in 2016, the "
     "service's keeper and mechanic numbers have grown.", "contradicted"),
    # "rose": a kind of growing in its second sense
    ("After the coastal board added the northern cape as a second priority in 2016, the "
     "service's keeper and mechanic levels rose.", "contradicted"),
    # the second verb of change is the one set against "remained" ("became ... have risen")
    ("Since the northern cape became a second priority of the lighthouse service in 2016, "
     "its keeper and mechanic numbers have risen.", "contradicted"),
    # a veto's replaced fact, one fact changed: another name after the same word and
    # preposition, another means after the same "by", another actor noun after the same
    # modifier in the claim's subject, another owner of the same thing
    ("Many of the keepers of the northern cape had initially transferred from the Vale "
     "Company.", "contradicted"),
    ("The lack of cargo boats forced the lighthouse service to move much of its lamps and "
     "fuel by rail.", "contradicted"),
    ("The service's interim treasurer opened the Vardo lamp museum in 2019.", "contradicted"),
    ("The keepers' neglect of some of the rules of the 2012 pier agreement delayed the "
     "repairs between the service and the Vardo port.", "contradicted"),
    # an actor noun past the claim's subject says what it is: no conflict with another
    # person named by the same modifier
    ("The keeper who inspected the Bergen lamp is a lamp historian.", "not_found"),
    # the claim's own stasis: support
    # a change and a stasis of its own ("its coastline expanded", "have not changed"): the
    # sentence's stasis states the claim's, it does not oppose its change
    ("Despite the wide extension of its coastline, the service's keeper and mechanic levels "
     "have not changed, though its coastline expanded.", "supported"),
    ("Since the coastal board added the northern cape as a second priority in 2016, the "
     "service's keeper and mechanic levels have remained unchanged.", "supported"),
])
def test_verdicts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Lighthouse", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload


@pytest.mark.parametrize("text, word, span", [
    ("The keeper levels have since remained unchanged.", "remained", "since remained"),
    ("The keeper levels have not yet grown.", "grown", "not yet grown"),
    ("The keeper levels remained unchanged.", "remained", "remained"),
    # a clause mark between the auxiliary and the verb: the verb alone
    ("What they have, however, remained the same.", "remained", "remained"),
    # more than two words between: not an adverb of the verb
    ("They have a lamp and the levels remained.", "remained", "remained"),
])
def test_verb_span(text, word, span):
    parsed = parse(text, VOCAB)
    token = next(t for t in parsed.tokens if t.word == word)
    assert verb_span(parsed, token).text == span


@pytest.mark.parametrize("claim, sentence, conflict", [
    ("The keeper numbers have grown.", "The keeper levels have since remained unchanged.",
     ("grown", "remained")),
    ("The lamp levels rose.", "The lamp levels remained the same.", ("rose", "remained")),
    # nothing before or after both in common: no conflict
    ("The keeper numbers have grown.", "The lamp budget has since remained small.", None),
])
def test_change_against_none(claim, sentence, conflict):
    found = change_against_none(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert (found[0].claim, found[0].source) == conflict if conflict else not found


@pytest.mark.parametrize("word, opposed", [
    ("rise", True), ("rose", True), ("risen", True), ("dwindle", True), ("widen", True),
    # an adjective too ("is full") and a rare growing sense ("gather") are left out
    ("full", False), ("gather", False),
])
def test_growing_verbs_oppose_stasis(word, opposed):
    assert ("remain" in hypernym_antonyms(word)[0]) == opposed


def test_irregular_past_with_a_word_of_its_own_is_a_verb():
    tokens = parse("The lamp levels rose.", VOCAB).tokens
    assert verb_used(tokens, [t.word for t in tokens].index("rose"))


@pytest.mark.parametrize("word, other, expected", [
    ("lowered", "increasing", True), ("shrank", "widened", True), ("reduced", "enlarged", True),
    ("lowered", "reduced", False),  # the same way
    ("lowered", "risk", False),  # no change
])
def test_changes_the_opposite_way_are_opposites(word, other, expected):
    token = parse(f"It was {other}.", VOCAB).tokens[-1]
    assert opposites(word, token, VOCAB) == expected
