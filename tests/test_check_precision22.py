"""True claims a reading of roles and scopes once contradicted: the conflict came from a word
read in another role than the claim's (a patient read as the agent, a genitive owner or a
country's adjective read as the thing itself, an acronym's own body read as another owner), a
word read in another part of speech ("lasted" against "First"), a denied doubt or the far end
of a range ("little to no") read as a denial. Each test states a true claim against the
sentence that once contradicted it. The sentences are written here."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_written

DOCS = {
    "harbour.md": "# Harbour report\n\n"
                  "In May, the Peruvian fisheries minister angered Chile when he questioned "
                  "the legitimacy of the Chilean harbour master during a speech to the "
                  "assembly.\n\n"
                  "There is no doubt that the port does need additional pilots to guide "
                  "tankers safely, especially in winter.\n\n"
                  "The northern quays have little to no oversight by the harbour council.\n\n"
                  "The Tarsian Coastal Rescue Service (TCRS) has run the lifeboats since 1990. "
                  "Even so, the departure of its volunteers casts serious doubt on the "
                  "decade-old service's future.\n",
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_written(tmp_path_factory, "precision22", DOCS)


@pytest.mark.parametrize("claim", [
    # the subject of an agentless passive is what the verb acts on: "Chile was angered" is
    # "X angered Chile", not a swap of Chile and Peru
    "Chile was angered when the Peruvian fisheries minister questioned the legitimacy of its "
    "harbour master.",
    # an impersonal doubt denied affirms what follows
    "The port needs more pilots to guide tankers safely in winter.",
    # "little to no oversight" says little oversight, as the claim does
    "The northern quays have little oversight by the harbour council.",
    # the service is TCRS, by the head of its long form
    "The departure of volunteers casts doubt on TCRS's future.",
])
def test_a_true_claim_is_not_contradicted(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict != "contradicted", result


def test_a_swap_of_the_agent_still_contradicts(harbour):
    # the active claim with the two countries the other way round stays a swap
    result = check(harbour, "In May, the Chilean fisheries minister angered Peru when he "
                            "questioned the legitimacy of the Peruvian harbour master.")
    assert result.verdict != "supported", result


def test_a_range_to_none_still_denies_the_word_plain(harbour):
    result = check(harbour, "The northern quays have oversight by the harbour council.")
    assert result.verdict != "supported", result


def test_a_denied_doubt_held_by_someone_stays_a_denial():
    from qa.claims.negation_scope import no_denial
    from qa.claims.facts import Token

    def tokens(text):
        return [Token(i, i + 1, w, (w.lower(),), False) for i, w in enumerate(text.split())]
    assert no_denial(tokens("There is no doubt that it works"), 2)
    assert not no_denial(tokens("The board had no doubts that it works"), 3)


@pytest.fixture(scope="module")
def vocab():
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    return vocabulary_for(Analyzer())


def names(text, vocab):
    from qa.claims.facts import parse
    parsed = parse(text, vocab)
    return parsed, {m.text: m for m in parsed.mentions}


@pytest.mark.parametrize("mine, theirs, claim, sentence", [
    # a genitive owner against the thing itself: a verb before both is no shared role
    ("France", "Ecuador", "The forum included France, Chile and the League.",
     "The licence was widened to include support for Ecuador's coastal patrols."),
    # a country's adjective against the country as a noun
    ("French", "Peru", "Raids on smugglers alongside French patrols led to reprisals.",
     "Heightened activity by smugglers has made Peru a hard coast to police."),
])
def test_a_qualifying_name_is_no_rival_of_a_named_one(vocab, mine, theirs, claim, sentence):
    from qa.claims.compare import same_role
    claim, claimed = names(claim, vocab)
    sentence, said = names(sentence, vocab)
    assert not same_role(claim, claimed[mine], sentence, said[theirs], vocab)


def test_the_same_role_is_still_read_for_two_subjects(vocab):
    from qa.claims.compare import same_role
    claim, claimed = names("Chile suspended its patrols in May.", vocab)
    sentence, said = names("Peru suspended its patrols in May.", vocab)
    assert same_role(claim, claimed["Chile"], sentence, said["Peru"], vocab)


def test_a_verb_form_takes_only_verb_opposites():
    from qa.search.wordnet import antonyms
    assert "first" in antonyms("last")  # the adjective
    assert "first" not in antonyms("lasted")  # "the strike lasted a week"
    assert "decrease" in antonyms("increased")
