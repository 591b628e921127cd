"""Who says what (`qa.claims.sayings`): one finder of a named speaker and the words it says,
read by a cited claim's evidence (`citing.spoken_otherwise`) and by a claim giving one
speaker's words to another (`speaker_elsewhere`). Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.sayings import sayings
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


@pytest.mark.parametrize("text, speaker, said", [
    ("Kessport says the wall was built without a licence.", "Kessport", "wall built licence"),
    ("Varnholm has also argued that the repairs were late.", "Varnholm", "repairs late"),
    ("The Harrow Centre found that the fleet was uninsured.", "Harrow Centre", "fleet uninsured"),
    ("According to Kessport, the delays were caused by the floods.", "Kessport",
     "delays caused floods"),
    ("The delays were caused by the floods, according to Kessport.", "Kessport",
     "delays caused floods"),
    # the first name of the phrase after "according to", up to its clause's end
    ("According to fishers interviewed by the Coastal Watch Network, most boats were lost.",
     "Coastal Watch Network", "most boats lost"),
    # an auxiliary between the name and the verb, and inside what was said: "will" is no verb
    # of saying, though WordNet has it as one ("to bequeath")
    ("Dunmere would argue that the port will close in May.", "Dunmere", "port close May"),
])
def test_a_saying_is_a_named_speaker_and_its_words(vocab, text, speaker, said):
    found = sayings(parse(text, vocab))
    assert [s.speaker.text for s in found] == [speaker]
    assert set(vocab.analyzer.terms(said)) <= found[0].words


@pytest.mark.parametrize("text", [
    "The council will likely delay the repairs.",  # an auxiliary, not a verb of saying
    "Officials say the wall was built without a licence.",  # a common noun, no name
])
def test_no_saying_without_a_named_speaker_and_its_verb(vocab, text):
    assert sayings(parse(text, vocab)) == ()


LARKMOOR = """Harbour Works on the Tarrow

Larkmoor Institute | Brief | 2022

The new pier doubled the number of ferry berths at the quay in March, though Kessport says the \
harbour fees were raised unfairly.

Kessport says the harbour fees were raised unfairly; the new ferry terminal, opened in June, \
doubled the number of buses to the quay.

Last month, the U.N. High Commissioner for Refugees said that the camp at Dunmere had \
tripled in size over the winter.
"""


@pytest.fixture(scope="module")
def larkmoor(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("sayings")
    (root / "docs").mkdir()
    (root / "docs" / "larkmoor.txt").write_text(LARKMOOR, encoding="utf-8")
    return open_corpus(root / "docs", root / "index")


@pytest.mark.parametrize("claim, verdict", [
    # the speaker says other words: the pier's berths and the buses are the document's own
    # account, told before the speaker's words or after them
    ("According to the Larkmoor Institute, the new pier doubled the number of ferry berths at "
     "the quay in March.", "supported"),
    ("According to the Larkmoor Institute, the new ferry terminal doubled the number of buses "
     "to the quay.", "supported"),
    # what the speaker says is the speaker's
    ("According to the Larkmoor Institute, the harbour fees were raised unfairly.",
     "not_found"),
    # the source under another spelling of its name ("U.N." / "UN")
    ("According to the UN High Commissioner for Refugees, the camp at Dunmere tripled in size "
     "over the winter.", "supported"),
])
def test_a_cited_claim_is_another_speakers_only_where_that_speaker_says_it(larkmoor, claim,
                                                                          verdict):
    assert check(larkmoor, claim).verdict == verdict
