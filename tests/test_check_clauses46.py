"""A claim of one clause said by a sentence across two of its clauses, each with its own
subject (round 46): "Witnesses said all the dead were smugglers" against "The coastguard said
all the dead were smugglers, but according to witnesses most were fishermen". The sentences
are written here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.straddled import clause_of, straddled
from tests.helpers.corpora import open_written

DOCS = {
    "coast.md": "# Events on the Selva coast\n\n"
                "In April a boat sank near the port of Marno and nine people drowned. The "
                "coastguard said all the dead were smugglers, but according to witnesses most "
                "were fishermen.\n\n"
                "The harbour master blamed the storm for the sinking, while the fishermen's "
                "guild blamed the coastguard.\n\n"
                "While most patrol boats were moored in the northern harbours, the smugglers "
                "landed their cargo on the southern beaches.\n\n"
                "The mayor of Marno welcomed the new patrols; the traders' council opposed "
                "them.\n\n"
                "The town of Vessa built a new lifeboat station in 2021 (the village of Corra "
                "still relies on volunteer crews).\n\n"
                "According to the ministry, the patrols cut smuggling by half, whereas the "
                "guild said they only scared away the tourists.\n",
    "other.md": "# Other notes\n\n"
                "The lighthouse at Cape Orin was repainted in 2019. The ferry company added a "
                "second boat to the island route in 2020.\n",
}


@pytest.fixture(scope="module")
def coast(tmp_path_factory):
    return open_written(tmp_path_factory, "clauses46", DOCS)


@pytest.mark.parametrize("claim", [
    # the speaker of one clause, what was said in the other
    "Witnesses said all the dead near Marno were smugglers.",
    "The coastguard said most of the dead were fishermen.",
    # one clause's subject, the other's object
    "The fishermen's guild blamed the storm for the sinking.",
    "The harbour master blamed the coastguard for the sinking.",
    # one clause's subject, the other's place ("While ..., ...")
    "Most patrol boats were moored in the southern beaches.",
    # clauses parted by a semicolon
    "The traders' council welcomed the new patrols.",
    # a speaker given by "according to"
    "The guild said the patrols cut smuggling by half.",
])
def test_a_claim_said_across_two_clauses_is_not_supported(coast, claim):
    result = check(coast, claim)
    assert result.verdict != "supported", result


@pytest.mark.parametrize("claim", [
    "The coastguard said all the dead were smugglers.",
    # the clause leaves out what it speaks of ("most were fishermen"), or calls it "them"
    "According to witnesses, most of the dead were fishermen.",
    "The traders' council opposed the new patrols.",
    "The guild said the patrols only scared away the tourists.",
    "The fishermen's guild blamed the coastguard.",
    "Most patrol boats were moored in the northern harbours.",
    "The town of Vessa built a new lifeboat station in 2021.",
    "According to the ministry, the patrols cut smuggling by half.",
])
def test_a_claim_said_by_one_clause_is_still_supported(coast, claim):
    result = check(coast, claim)
    assert result.verdict == "supported", result


@pytest.fixture(scope="module")
def vocab(coast):
    from qa.claims.vocabulary import vocabulary_for
    return vocabulary_for(coast.analyzer)


def clauses(text, vocab):
    parsed = parse(text, vocab)
    found = {}
    for token, n in zip(parsed.tokens, clause_of(parsed)):
        found.setdefault(n, []).append(token.word)
    return [" ".join(words) for words in found.values()]


def test_a_list_ended_by_and_is_no_clause(vocab):
    # ", and" ends the list of the subject: one clause
    assert len(clauses("When groups such as the Reef Guild, the Net Union, and the Coast Watch "
                       "marched on the pier, the board closed it.", vocab)) == 1


def test_the_clauses_of_a_contrast_and_of_a_semicolon(vocab):
    assert clauses("The mayor welcomed the patrols; the traders' council opposed them.",
                   vocab) == ["The mayor welcomed the patrols",
                              "the traders council opposed them"]
    assert len(clauses("The army said all were militants, but according to witnesses most "
                       "were civilians.", vocab)) == 2
    # "while" before a participle opens no clause of its own
    assert len(clauses("The mission left the town while still attempting to protect "
                       "civilians.", vocab)) == 1


def test_a_clause_that_goes_on_about_the_same_subject(vocab):
    # "but said": no subject of its own; the claim's words may come from both clauses
    claim = parse("The minister said carbon was the main driver of the change.", vocab)
    sentence = parse("The minister acknowledged the change, but said that he did not think "
                     "carbon was the main driver.", vocab)
    assert not straddled(claim, sentence, vocab)


def test_a_bracketed_clause_aside_has_its_own_subject(vocab):
    sentence = parse("The town of Vessa built a new lifeboat station in 2021 (the village of "
                     "Corra still relies on volunteer crews).", vocab)
    assert straddled(parse("The village of Corra built a new lifeboat station in 2021.", vocab),
                     sentence, vocab)
    assert not straddled(parse("The town of Vessa built a new lifeboat station.", vocab),
                         sentence, vocab)


def test_two_subjects_of_one_deed_joined_by_and(vocab):
    sentence = parse("The Blue Cross ran three clinics in Marno, and the Red Lantern ran two "
                     "field hospitals in Vessa.", vocab)
    assert straddled(parse("The Blue Cross ran two field hospitals in Vessa.", vocab),
                     sentence, vocab)
    assert not straddled(parse("The Red Lantern ran two field hospitals in Vessa.", vocab),
                         sentence, vocab)
    # another deed after ", and": the second clause may go on about the first's topic
    other = parse("The Blue Cross ran three clinics in Marno, and the Red Lantern trained "
                  "their nurses.", vocab)
    assert len(clauses(other.text, vocab)) == 1
